import type { Excerpt } from "../data/format/schema";

export interface Segment {
  readonly text: string;
  /** The excerpt this stretch of text belongs to: the innermost where excerpts overlap. */
  readonly excerpt: Excerpt | undefined;
}

/**
 * Splits a paragraph into plain stretches and excerpt stretches, in order.
 * Each excerpt marks the first place its quote occurs; where excerpts
 * overlap, the shorter (inner) one owns the shared text.
 */
export function segmentParagraph(text: string, excerpts: readonly Excerpt[]): Segment[] {
  const spans = excerpts
    .map((excerpt) => {
      const start = text.indexOf(excerpt.quote);
      return { excerpt, start, end: start + excerpt.quote.length };
    })
    .filter((span) => span.start >= 0 && span.end > span.start);
  const cuts = [
    ...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])]),
  ].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < cuts.length - 1; index += 1) {
    const from = cuts[index] ?? 0;
    const to = cuts[index + 1] ?? 0;
    const owner = spans
      .filter((span) => span.start <= from && span.end >= to)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0]?.excerpt;
    const previous = segments.at(-1);
    const piece = text.slice(from, to);
    if (previous && previous.excerpt === owner) {
      segments[segments.length - 1] = { text: previous.text + piece, excerpt: owner };
    } else {
      segments.push({ text: piece, excerpt: owner });
    }
  }
  return segments;
}
