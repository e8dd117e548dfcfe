import { toEventRef } from "../data/format/collection";
import { compareHistoricalDates } from "../data/format/historicalDate";
import type { Episode, EpisodeEvent, EventKind } from "../data/format/schema";
import { CERTAINTY_LEVELS } from "../data/format/vocabulary";

/** One event as a row of the table of events. */
export interface EventRow {
  readonly ref: string;
  readonly episode: Episode;
  readonly event: EpisodeEvent;
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

function searchableText({ episode, event }: EventRow, locale: string): string {
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
 * The rows to show: every event of the episodes in the reader's order, less
 * the kinds and episodes hidden on the timeline and those the query misses,
 * sorted by the chosen column with date order breaking ties.
 */
export function eventRows(
  episodes: readonly Episode[],
  filter: RowFilter,
  order: SortOrder,
  kindLabel: (kind: EventKind) => string,
  locale: string,
): EventRow[] {
  const words = queryWords(filter.query, locale);
  const episodeRank = new Map(episodes.map((episode, index) => [episode.id, index]));
  const rows = episodes
    .filter((episode) => !filter.hiddenEpisodes.includes(episode.id))
    .flatMap((episode) =>
      episode.events.map((event) => ({ ref: toEventRef(episode.id, event.id), episode, event })),
    )
    .filter((row) => !filter.hiddenKinds.includes(row.event.kind))
    .filter((row) => {
      if (words.length === 0) return true;
      const text = searchableText(row, locale);
      return words.every((word) => text.includes(word));
    });
  const collator = new Intl.Collator(locale);
  const byDate = (a: EventRow, b: EventRow) => compareHistoricalDates(a.event.date, b.event.date);
  const compare: Record<SortKey, (a: EventRow, b: EventRow) => number> = {
    episode: (a, b) => (episodeRank.get(a.episode.id) ?? 0) - (episodeRank.get(b.episode.id) ?? 0),
    date: byDate,
    title: (a, b) => collator.compare(a.event.title, b.event.title),
    kind: (a, b) => collator.compare(kindLabel(a.event.kind), kindLabel(b.event.kind)),
    certainty: (a, b) =>
      CERTAINTY_LEVELS.indexOf(a.event.certainty.level) -
      CERTAINTY_LEVELS.indexOf(b.event.certainty.level),
  };
  const sign = order.descending ? -1 : 1;
  return rows.sort(
    (a, b) => sign * compare[order.key](a, b) || byDate(a, b) || a.ref.localeCompare(b.ref),
  );
}
