/** A stretch of a line, from one coordinate to another along it. */
export type Stretch = readonly [number, number];

/**
 * Day 0's rule from `from` to `to` across the lanes, as the stretches left
 * once the lanes whose day 0 is a band are cut out: there a line would claim
 * the first day of a month or year that the band says day 0 falls somewhere in.
 */
export function cutRule(from: number, to: number, gaps: readonly Stretch[]): Stretch[] {
  const stretches: Stretch[] = [];
  let start = from;
  for (const [gapStart, gapEnd] of [...gaps].sort((a, b) => a[0] - b[0])) {
    if (gapStart > start) stretches.push([start, Math.min(gapStart, to)]);
    start = Math.max(start, gapEnd);
    if (start >= to) return stretches;
  }
  if (start < to) stretches.push([start, to]);
  return stretches;
}
