import { toEventRef } from "../data/format/collection";
import { periodEndMs, periodStartMs } from "../data/format/historicalDate";
import type { Episode, EpisodeEvent, EventKind } from "../data/format/schema";
import { CERTAINTY_LEVELS } from "../data/format/vocabulary";

/** One event as a row of the table of events. */
export interface EventRow {
  readonly ref: string;
  readonly episode: Episode;
  readonly event: EpisodeEvent;
  /** The episode's place in the reader's order, which the episode column sorts by. */
  readonly episodeRank: number;
  /** Where its date's period starts and ends, computed once for sorting. */
  readonly startMs: number;
  readonly endMs: number;
  /** Its title, summary, place, actors and sources, lower-cased once: what a query is looked for in. */
  readonly searchText: string;
}

export const SORT_KEYS = ["episode", "date", "title", "kind", "certainty"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortOrder {
  readonly key: SortKey;
  readonly descending: boolean;
}

export interface RowFilter {
  readonly hiddenKinds: readonly EventKind[];
  readonly hiddenEpisodes: readonly string[];
  /** Words that must all occur in the event's title, summary, place, actors or sources. */
  readonly query: string;
}

/** The words of a query, lower-cased, so that "prague tanks" finds events that speak of both. */
function queryWords(query: string, locale: string): string[] {
  return query.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
}

function searchableText(episode: Episode, event: EpisodeEvent, locale: string): string {
  return [
    episode.label,
    event.title,
    event.summary,
    event.place ?? "",
    ...(event.actors ?? []),
    ...event.sources.map((source) => `${source.title} ${source.publisher}`),
  ]
    .join(" ")
    .toLocaleLowerCase(locale);
}

/**
 * Every event of the episodes as a row, in the reader's order of episodes, each
 * with its text for search made once, so that a keystroke only compares strings.
 * That text is made when first asked for, not with the rows: the table opens
 * without it, and makes it while the reader reads (warmSearch).
 */
export function toEventRows(episodes: readonly Episode[], locale: string): EventRow[] {
  return episodes.flatMap((episode, episodeRank) =>
    episode.events.map((event) => {
      let searchText: string | undefined;
      return {
        ref: toEventRef(episode.id, event.id),
        episode,
        event,
        episodeRank,
        startMs: periodStartMs(event.date),
        endMs: periodEndMs(event.date),
        get searchText() {
          searchText ??= searchableText(episode, event, locale);
          return searchText;
        },
      };
    }),
  );
}

/** Makes every row's text for search now, so that the first keystroke costs what the others do. */
export function warmSearch(rows: readonly EventRow[]): void {
  for (const row of rows) void row.searchText;
}

/** compareHistoricalDates' order: by start, and at the same start the coarser date first. */
const byDate = (a: EventRow, b: EventRow) => a.startMs - b.startMs || b.endMs - a.endMs;

/** The rows sorted by the chosen column, date order breaking ties; a new array. */
export function sortEventRows(
  rows: readonly EventRow[],
  order: SortOrder,
  kindLabel: (kind: EventKind) => string,
  locale: string,
): EventRow[] {
  const collator = new Intl.Collator(locale);
  // Each kind's place among the labels, found once rather than at every comparison.
  const kindRank = new Map(
    [...new Set(rows.map((row) => row.event.kind))]
      .sort((a, b) => collator.compare(kindLabel(a), kindLabel(b)))
      .map((kind, rank) => [kind, rank]),
  );
  const compare: Record<SortKey, (a: EventRow, b: EventRow) => number> = {
    episode: (a, b) => a.episodeRank - b.episodeRank,
    date: byDate,
    title: (a, b) => collator.compare(a.event.title, b.event.title),
    kind: (a, b) => (kindRank.get(a.event.kind) ?? 0) - (kindRank.get(b.event.kind) ?? 0),
    certainty: (a, b) =>
      CERTAINTY_LEVELS.indexOf(a.event.certainty.level) -
      CERTAINTY_LEVELS.indexOf(b.event.certainty.level),
  };
  const sign = order.descending ? -1 : 1;
  return [...rows].sort(
    (a, b) => sign * compare[order.key](a, b) || byDate(a, b) || collator.compare(a.ref, b.ref),
  );
}

/**
 * The rows to show, in the order given: less the kinds and episodes hidden on
 * the timeline and those the query misses. Filtering keeps a sorted list
 * sorted, so a keystroke costs one pass over the rows and no sort.
 */
export function filterEventRows(
  rows: readonly EventRow[],
  filter: RowFilter,
  locale: string,
): EventRow[] {
  const words = queryWords(filter.query, locale);
  const hiddenKinds = new Set(filter.hiddenKinds);
  const hiddenEpisodes = new Set(filter.hiddenEpisodes);
  return rows.filter(
    (row) =>
      !hiddenKinds.has(row.event.kind) &&
      !hiddenEpisodes.has(row.episode.id) &&
      words.every((word) => row.searchText.includes(word)),
  );
}
