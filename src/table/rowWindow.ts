/** A row as the virtualizer places it: its index, and where it starts and ends, in px down the page. */
export interface PlacedRow {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** A drawn row, or the height of the rows left out before, between or after the drawn ones. */
export type WindowPart =
  | { readonly kind: "row"; readonly index: number }
  | { readonly kind: "gap"; readonly key: string; readonly heightPx: number };

/**
 * The rows to draw, in order, each run of rows left out replaced by one gap
 * of their height, so that every drawn row sits where it would if all were
 * drawn and the page keeps its full length. `listStartPx` and `listEndPx`
 * are where the first row would start and the last end.
 */
export function windowParts(
  placed: readonly PlacedRow[],
  listStartPx: number,
  listEndPx: number,
): WindowPart[] {
  const parts: WindowPart[] = [];
  let reached = listStartPx;
  for (const row of placed) {
    if (row.start > reached) {
      parts.push({ kind: "gap", key: `before-${row.index}`, heightPx: row.start - reached });
    }
    parts.push({ kind: "row", index: row.index });
    reached = row.end;
  }
  if (listEndPx > reached) parts.push({ kind: "gap", key: "after", heightPx: listEndPx - reached });
  return parts;
}

/**
 * The rows to keep drawn wherever the page is scrolled: the selected one, and
 * the focused one with its neighbours, so that focus is never lost with its
 * row and Tab or Shift+Tab from it lands on a drawn row. -1 is none.
 */
export function keptRows(focused: number, selected: number): number[] {
  return [...(focused < 0 ? [] : [focused - 1, focused, focused + 1]), selected];
}

/** The rows in view with the kept ones added, each once, in order; indexes outside the list are left out. */
export function withKeptRows(
  inView: readonly number[],
  kept: readonly number[],
  count: number,
): number[] {
  const rows = new Set(inView);
  for (const index of kept) if (index >= 0 && index < count) rows.add(index);
  return [...rows].sort((a, b) => a - b);
}

/** Every row, as when the list is short enough to draw whole, or printed. */
export function everyRowIndex(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}
