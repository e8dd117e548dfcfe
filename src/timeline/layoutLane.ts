/** A mark to place in a lane, in pixels, sorted by x0. */
export interface MarkInput {
  readonly ref: string;
  readonly x0: number;
  readonly x1: number;
  readonly label: string;
}

export interface PlacedMark {
  /** Position of the mark in the input. */
  readonly index: number;
  readonly ref: string;
  readonly x0: number;
  readonly x1: number;
  readonly row: number;
  /** The label as drawn: shortened with an ellipsis when too long. */
  readonly label: string;
}

/** Marks that found no free row, drawn as one "+N" that opens as the reader zooms in. */
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
  /** Average width of a label character, in pixels. */
  readonly charWidth: number;
  /** Room a mark's symbol takes before its label. */
  readonly markWidth: number;
  /** Free space kept between neighbours in a row. */
  readonly gap: number;
  readonly maxLabelChars: number;
  /** Overflowing marks closer than this join one cluster. */
  readonly clusterRadius: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  maxRows: 6,
  charWidth: 6.6,
  markWidth: 14,
  gap: 8,
  maxLabelChars: 30,
  clusterRadius: 40,
};

export function shortenLabel(label: string, maxChars: number): string {
  if (label.length <= maxChars) return label;
  const cut = label.slice(0, maxChars - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > maxChars / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

const NO_PRIORITY: ReadonlySet<string> = new Set();

/**
 * Stacks marks into rows so that no two labels overlap: each mark takes the
 * first row that is free from its x0 to the end of its bar or label. Marks
 * that fit in no row are gathered into clusters. Priority marks (the
 * selection) are placed first, so they are never hidden in a cluster.
 */
export function layoutLane(
  marks: readonly MarkInput[],
  options: LayoutOptions = DEFAULT_LAYOUT,
  priority: ReadonlySet<string> = NO_PRIORITY,
): LaneLayout {
  const extentEnd = (mark: MarkInput) =>
    // Width from the character count alone; the string is shortened only for marks that get a row.
    Math.max(
      mark.x1,
      mark.x0 +
        options.markWidth +
        Math.min(mark.label.length, options.maxLabelChars) * options.charWidth,
    ) + options.gap;
  const place = (mark: MarkInput, index: number, row: number): PlacedMark => ({
    index,
    ref: mark.ref,
    x0: mark.x0,
    x1: mark.x1,
    row,
    label: shortenLabel(mark.label, options.maxLabelChars),
  });

  const placed: PlacedMark[] = [];
  const reserved: Array<{ row: number; from: number; to: number }> = [];
  const isReserved = (row: number, from: number, to: number) =>
    reserved.some((interval) => interval.row === row && interval.from < to && from < interval.to);
  if (priority.size > 0) {
    for (const [index, mark] of marks.entries()) {
      if (!priority.has(mark.ref)) continue;
      const end = extentEnd(mark);
      let row = 0;
      while (row < options.maxRows - 1 && isReserved(row, mark.x0, end)) row += 1;
      reserved.push({ row, from: mark.x0, to: end });
      placed.push(place(mark, index, row));
    }
  }

  const rowEnds: number[] = [];
  const clusters: Array<{ x: number; refs: string[]; lastX: number }> = [];
  for (const [index, mark] of marks.entries()) {
    if (priority.has(mark.ref)) continue;
    const end = extentEnd(mark);
    let row = -1;
    for (let candidate = 0; candidate < options.maxRows; candidate += 1) {
      if (
        (rowEnds[candidate] ?? Number.NEGATIVE_INFINITY) <= mark.x0 &&
        !isReserved(candidate, mark.x0, end)
      ) {
        row = candidate;
        break;
      }
    }
    if (row >= 0) {
      rowEnds[row] = end;
      placed.push(place(mark, index, row));
      continue;
    }
    const last = clusters.at(-1);
    if (last && mark.x0 - last.lastX <= options.clusterRadius) {
      last.refs.push(mark.ref);
      last.lastX = mark.x0;
    } else {
      clusters.push({ x: mark.x0, refs: [mark.ref], lastX: mark.x0 });
    }
  }
  const rows = Math.max(rowEnds.length, ...reserved.map((interval) => interval.row + 1));
  return {
    marks: placed,
    clusters: clusters.map(({ x, refs }) => ({ x, refs })),
    rows,
  };
}
