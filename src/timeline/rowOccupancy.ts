/** A stretch of a row taken by a mark: its symbol, its bar and its label, in pixels. */
export interface Occupied {
  readonly from: number;
  readonly to: number;
  /** The index of the mark that takes it. */
  readonly owner: number;
}

/**
 * The stretches taken in each row of a lane, kept sorted, so that asking
 * whether a stretch is free costs a binary search however many marks a row holds.
 */
export class RowOccupancy {
  readonly #rows: Occupied[][];

  constructor(rowCount: number) {
    this.#rows = Array.from({ length: rowCount }, () => []);
  }

  /** The first stretch of the row that ends after `x`. */
  #firstEndingAfter(row: readonly Occupied[], x: number): number {
    let low = 0;
    let high = row.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((row[middle]?.to ?? 0) <= x) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  isFree(rowIndex: number, from: number, to: number): boolean {
    const row = this.#rows[rowIndex];
    if (!row) return false;
    const next = row[this.#firstEndingAfter(row, from)];
    return next === undefined || next.from >= to;
  }

  take(rowIndex: number, stretch: Occupied): void {
    const row = this.#rows[rowIndex];
    if (!row) return;
    row.splice(this.#firstEndingAfter(row, stretch.from), 0, stretch);
  }

  /** The stretches of a row, left to right. */
  row(rowIndex: number): readonly Occupied[] {
    return this.#rows[rowIndex] ?? [];
  }

  get rowCount(): number {
    return this.#rows.length;
  }
}
