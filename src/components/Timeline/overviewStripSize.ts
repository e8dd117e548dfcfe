// The overview strip's size, apart from the strip, which loads once the chart is drawn: the chart
// keeps its room from the first drawing.

/** Room above the first lane's row. */
export const TOP = 3;
/** One lane's row: its band of density and a pixel of rule under it. */
export const ROW_HEIGHT = 13;
/** The dates under the rows, in aligned and sequence modes; calendar rows share it out among themselves. */
export const AXIS_HEIGHT = 17;
/** A compact strip's row, and the room under its last one. */
export const COMPACT_ROW_HEIGHT = 7;
export const COMPACT_FOOT = 3;
/**
 * The strip's height for a number of lanes, which a chart fitted to its box
 * leaves room for; the same in every mode. Compact: thin rows and no dates.
 */
export function overviewStripHeight(laneCount: number, compact = false): number {
  return compact
    ? TOP + laneCount * COMPACT_ROW_HEIGHT + COMPACT_FOOT
    : TOP + laneCount * ROW_HEIGHT + AXIS_HEIGHT;
}
