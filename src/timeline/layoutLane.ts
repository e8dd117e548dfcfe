import { RowOccupancy } from "./rowOccupancy";
import { estimateTextWidth, fitLabel, type TextMeasure } from "./textWidth";

/** A mark to place in a lane, in pixels. */
export interface MarkInput {
  readonly ref: string;
  readonly x0: number;
  readonly x1: number;
  /** The event's full title. */
  readonly label: string;
  /** Higher ranks get rows and labels first when a lane is crowded (see significance.ts). */
  readonly rank: number;
}

/** Which side of its symbol a label reads: the right as a rule, the left near the chart's right edge. */
export type LabelSide = "right" | "left";

export interface PlacedMark {
  /** Position of the mark in the input. */
  readonly index: number;
  readonly ref: string;
  readonly x0: number;
  readonly x1: number;
  readonly row: number;
  /** The label as drawn: whole, or cut on a word to the room there is; empty for a mark drawn without one. */
  readonly label: string;
  readonly labelSide: LabelSide;
}

/** Marks that found no room even for their symbol, drawn as one "+N" that lists them. */
export interface MarkCluster {
  readonly x: number;
  readonly refs: readonly string[];
}

export interface LaneLayout {
  readonly marks: readonly PlacedMark[];
  readonly clusters: readonly MarkCluster[];
  /** Rows in use, not counting the row of clusters. */
  readonly rows: number;
}

export interface LayoutOptions {
  readonly maxRows: number;
  /** Width of a mark's symbol, centred on its date. */
  readonly markWidth: number;
  /** From a mark's date to where its label starts (or, on the left, ends). */
  readonly labelOffset: number;
  /** Free space kept between neighbours in a row. */
  readonly gap: number;
  /** The least room a label is given when it cannot have all it asks for; it grows into free room later. */
  readonly minLabelWidth: number;
  /** Overflowing marks closer than this join one cluster. */
  readonly clusterRadius: number;
  /** How wide a label's text is drawn. */
  readonly measure: TextMeasure;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  maxRows: 6,
  markWidth: 14,
  labelOffset: 12,
  gap: 8,
  minLabelWidth: 90,
  clusterRadius: 40,
  measure: estimateTextWidth(),
};

export interface LanePlacement {
  /** Events drawn, with a label where there is any room, whatever the crowding. */
  readonly mustShow?: ReadonlySet<string>;
  /** The pixels in view: labels stay inside them, reading left near the right edge. */
  readonly bounds?: readonly [number, number];
}

const NOTHING: ReadonlySet<string> = new Set();

interface Claim {
  readonly row: number;
  readonly from: number;
  readonly to: number;
  readonly labelled: boolean;
  readonly side: LabelSide;
}

/**
 * Places a lane's marks in rows so that nothing overlaps: events that must
 * show first, then by rank. Each takes the lowest row with room for its whole
 * label, else for a shorter one, else for its symbol alone; only what finds
 * no room even for its symbol is folded into a "+N". Labels then grow into
 * the room left beside them, cut on a word where they must.
 */
export function layoutLane(
  marks: readonly MarkInput[],
  options: LayoutOptions = DEFAULT_LAYOUT,
  {
    mustShow = NOTHING,
    bounds = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
  }: LanePlacement = {},
): LaneLayout {
  const { maxRows, markWidth, labelOffset, gap, measure } = options;
  const half = markWidth / 2;
  const [left, right] = bounds;
  const rows = new RowOccupancy(maxRows);
  const claims = new Map<number, Claim>();

  const order = marks
    .map((_, index) => index)
    .sort((a, b) => {
      const ma = marks[a] as MarkInput;
      const mb = marks[b] as MarkInput;
      return (
        Number(mustShow.has(mb.ref)) - Number(mustShow.has(ma.ref)) ||
        mb.rank - ma.rank ||
        ma.x0 - mb.x0
      );
    });

  /** The stretch a mark takes with a label `width` wide on `side`, or its symbol alone (width 0). */
  const stretch = (mark: MarkInput, width: number, side: LabelSide): [number, number] => {
    const body: [number, number] = [mark.x0 - half, Math.max(mark.x1, mark.x0 + half)];
    if (width <= 0) return body;
    return side === "right"
      ? [body[0], Math.max(body[1], mark.x0 + labelOffset + width)]
      : [Math.min(body[0], mark.x0 - labelOffset - width), body[1]];
  };
  /** The side a label reads on: right unless that would cross the right edge and the left has room. */
  const sideFor = (mark: MarkInput, width: number): LabelSide => {
    const inView = mark.x0 >= left && mark.x0 <= right;
    if (!inView || mark.x0 + labelOffset + width <= right) return "right";
    return mark.x0 - labelOffset - width >= left
      ? "left"
      : mark.x0 - left > right - mark.x0
        ? "left"
        : "right";
  };
  /** Room for a label within the view on that side. */
  const roomInView = (mark: MarkInput, side: LabelSide) =>
    side === "right" ? right - mark.x0 - labelOffset : mark.x0 - labelOffset - left;

  /** Claims the first of `open` rows with room for the mark and a label `width` wide (0: none). */
  const tryClaim = (index: number, width: number, open: readonly number[]): boolean => {
    const mark = marks[index] as MarkInput;
    const side = sideFor(mark, width);
    const room = Math.min(width, Math.max(0, roomInView(mark, side)));
    // The label as it fits the room, so that only the room it takes is claimed.
    const label = width > 0 ? fitLabel(mark.label, room, measure) : "";
    if (width > 0 && label === "") return false;
    const [from, to] = stretch(mark, label ? measure(label) : 0, side);
    for (const row of open) {
      if (!rows.isFree(row, from, to + gap)) continue;
      rows.take(row, { from, to: to + gap, owner: index });
      claims.set(index, { row, from, to, labelled: label !== "", side });
      return true;
    }
    return false;
  };

  // In order of importance, each event takes the best it can: its whole label, else a shorter one,
  // else its symbol alone. So a lesser event never takes the room of a more important one, and is
  // drawn without a label rather than folded.
  for (const index of order) {
    // Only rows with room for the symbol can hold it with a label: where there is none, the
    // event is folded without its label ever being fitted (most of a dense lane, zoomed out).
    const [from, to] = stretch(marks[index] as MarkInput, 0, "right");
    const open: number[] = [];
    for (let row = 0; row < maxRows; row += 1) if (rows.isFree(row, from, to + gap)) open.push(row);
    if (open.length === 0) continue;
    // Measured only for an event that can be drawn: a dense lane's folded thousands never are.
    const width = measure((marks[index] as MarkInput).label);
    if (width > 0 && tryClaim(index, width, open)) continue;
    if (width > options.minLabelWidth && tryClaim(index, options.minLabelWidth, open)) continue;
    tryClaim(index, 0, open);
  }
  // An event that must show and found no room at all is drawn anyway, in the last row.
  for (const index of order) {
    const mark = marks[index] as MarkInput;
    if (claims.has(index) || !mustShow.has(mark.ref)) continue;
    const [from, to] = stretch(mark, 0, "right");
    const row = maxRows - 1;
    rows.take(row, { from, to: to + gap, owner: index });
    claims.set(index, { row, from, to, labelled: false, side: "right" });
  }

  const placed = growLabels(marks, claims, rows, { ...options, bounds: [left, right] });

  const clusters: Array<{ x: number; refs: string[]; lastX: number }> = [];
  const folded = marks.filter((_, index) => !claims.has(index)).sort((a, b) => a.x0 - b.x0);
  for (const mark of folded) {
    const last = clusters.at(-1);
    if (last && mark.x0 - last.lastX <= options.clusterRadius) {
      last.refs.push(mark.ref);
      last.lastX = mark.x0;
    } else {
      clusters.push({ x: mark.x0, refs: [mark.ref], lastX: mark.x0 });
    }
  }
  let used = 0;
  for (const claim of claims.values()) used = Math.max(used, claim.row + 1);
  return {
    marks: placed,
    clusters: clusters.map(({ x, refs }) => ({ x, refs })),
    rows: used,
  };
}

/**
 * Gives each labelled mark the room between it and its neighbours in its row
 * (and the view's edge), and cuts its label to that room on a word boundary.
 * Left to right, so that two labels facing each other share the gap between
 * them without crossing.
 */
function growLabels(
  marks: readonly MarkInput[],
  claims: ReadonlyMap<number, Claim>,
  rows: RowOccupancy,
  options: LayoutOptions & { bounds: readonly [number, number] },
): PlacedMark[] {
  const { labelOffset, gap, measure, bounds } = options;
  const [left, right] = bounds;
  const placed: PlacedMark[] = [];
  for (let row = 0; row < rows.rowCount; row += 1) {
    const stretches = rows.row(row);
    let previousEnd = Number.NEGATIVE_INFINITY;
    for (const [position, stretch] of stretches.entries()) {
      const index = stretch.owner;
      const mark = marks[index] as MarkInput;
      const claim = claims.get(index) as Claim;
      let label = "";
      let end = claim.to;
      if (claim.labelled) {
        const nextStart = stretches[position + 1]?.from ?? Number.POSITIVE_INFINITY;
        const inView = mark.x0 >= left && mark.x0 <= right;
        const room =
          claim.side === "right"
            ? Math.min(nextStart - gap, inView ? right : Number.POSITIVE_INFINITY) -
              mark.x0 -
              labelOffset
            : mark.x0 - labelOffset - Math.max(previousEnd + gap, left);
        label = fitLabel(mark.label, room, measure);
        if (claim.side === "right" && label)
          end = Math.max(claim.to, mark.x0 + labelOffset + measure(label));
      }
      previousEnd = Math.max(previousEnd, end);
      placed.push({
        index,
        ref: mark.ref,
        x0: mark.x0,
        x1: mark.x1,
        row,
        label,
        labelSide: claim.side,
      });
    }
  }
  return placed.sort((a, b) => a.index - b.index);
}
