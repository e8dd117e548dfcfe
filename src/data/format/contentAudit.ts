import { toEventRef } from "./collection";
import type { Episode, EpisodeEvent, Source } from "./schema";

/** Hosts whose pages list search results: a reader cannot check a fact against one. */
const SEARCH_HOSTS = /(^|\.)(google|bing|duckduckgo|yahoo|yandex|baidu|ecosia|startpage)\.[a-z.]+$/;
const SEARCH_PATH = /\/(search|results)\/?$/i;
const SEARCH_PARAMS = ["q", "query", "search", "search_query", "text", "p"];

/** Whether a source's address is a page of search results rather than the work it names. */
export function isSearchPage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (SEARCH_PATH.test(parsed.pathname)) return true;
  return (
    SEARCH_HOSTS.test(parsed.hostname) &&
    SEARCH_PARAMS.some((name) => parsed.searchParams.has(name))
  );
}

/** The words inside each pair of quotation marks, curly or straight. */
export function quotedSpans(text: string): string[] {
  const spans: string[] = [];
  // A single quote opens only at the start of a word, so apostrophes (Nagy’s) are not quotes.
  for (const match of text.matchAll(
    /“([^”]+)”|"([^"]+)"|(?<![\p{L}\p{N}])[‘']([^’']+)[’'](?![\p{L}\p{N}])/gu,
  )) {
    const span = match[1] ?? match[2] ?? match[3];
    if (span) spans.push(span.trim());
  }
  return spans;
}

/** Words that say whose words a quotation is, in the sentence that quotes it. */
const ATTRIBUTION =
  /\b(said|says|saying|called|calls|calling|wrote|writes|declared|declaring|announced|proclaimed|proclaiming|told|tells|described|describing|broadcast|titled|entitled|named|headlined|promised|demanded|ordered|blamed|claimed|termed|dubbed|urged|asked|branded|labelled|according to|in the words of|translat\w*|quot\w*)\b/i;

export type QuoteStatus = "in-source-title" | "attributed" | "review";

/**
 * Whether a quotation in an event's summary can be traced: its words are in
 * the title of one of the event's sources, or its sentence says whose words
 * they are. Anything else is flagged for a person to check against the sources.
 */
export function quoteStatus(event: EpisodeEvent, span: string): QuoteStatus {
  const words = normalise(span);
  const titles = [...event.sources, ...(event.figures ?? []).flatMap((figure) => figure.sources)];
  if (titles.some((source: Source) => normalise(source.title).includes(words))) {
    return "in-source-title";
  }
  const sentence = sentenceAround(event.summary, span);
  if (ATTRIBUTION.test(sentence) || ATTRIBUTION.test(event.certainty.note ?? "")) {
    return "attributed";
  }
  return "review";
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();
}

function sentenceAround(text: string, span: string): string {
  const at = text.indexOf(span);
  if (at < 0) return text;
  const start = Math.max(text.lastIndexOf(". ", at) + 1, 0);
  const end = text.indexOf(". ", at + span.length);
  return text.slice(start, end < 0 ? text.length : end);
}

export interface QuoteFinding {
  readonly ref: string;
  readonly quote: string;
  readonly status: QuoteStatus;
}

/** Every quotation in the events' summaries, with whether it can be traced. */
export function auditQuotes(episodes: readonly Episode[]): QuoteFinding[] {
  return episodes.flatMap((episode) =>
    episode.events.flatMap((event) =>
      quotedSpans(event.summary).map((quote) => ({
        ref: toEventRef(episode.id, event.id),
        quote,
        status: quoteStatus(event, quote),
      })),
    ),
  );
}
