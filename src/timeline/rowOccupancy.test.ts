import { describe, expect, it } from "vitest";
import { type Occupied, RowOccupancy } from "./rowOccupancy";

describe("RowOccupancy", () => {
  it("has the rows it was made with, all empty and free", () => {
    const rows = new RowOccupancy(3);
    expect(rows.rowCount).toBe(3);
    for (let row = 0; row < 3; row += 1) {
      expect(rows.row(row)).toEqual([]);
      expect(rows.isFree(row, -1000, 1000)).toBe(true);
    }
  });

  it("is not free where a stretch is taken, in that row only", () => {
    const rows = new RowOccupancy(2);
    rows.take(0, { from: 10, to: 20, owner: 0 });
    expect(rows.isFree(0, 5, 15)).toBe(false); // overlaps the start
    expect(rows.isFree(0, 15, 25)).toBe(false); // overlaps the end
    expect(rows.isFree(0, 12, 18)).toBe(false); // inside
    expect(rows.isFree(0, 0, 30)).toBe(false); // around
    expect(rows.isFree(0, 10, 20)).toBe(false); // the same
    expect(rows.isFree(0, 0, 9)).toBe(true);
    expect(rows.isFree(0, 21, 30)).toBe(true);
    expect(rows.isFree(1, 12, 18)).toBe(true);
  });

  it("lets stretches touch", () => {
    const rows = new RowOccupancy(1);
    rows.take(0, { from: 10, to: 20, owner: 0 });
    expect(rows.isFree(0, 0, 10)).toBe(true);
    expect(rows.isFree(0, 20, 30)).toBe(true);
    expect(rows.isFree(0, 0, 10.001)).toBe(false);
    expect(rows.isFree(0, 19.999, 30)).toBe(false);
  });

  it("finds the gap between two stretches", () => {
    const rows = new RowOccupancy(1);
    rows.take(0, { from: 0, to: 10, owner: 0 });
    rows.take(0, { from: 30, to: 40, owner: 1 });
    expect(rows.isFree(0, 10, 30)).toBe(true);
    expect(rows.isFree(0, 15, 25)).toBe(true);
    expect(rows.isFree(0, 9, 20)).toBe(false);
    expect(rows.isFree(0, 20, 31)).toBe(false);
    expect(rows.isFree(0, 5, 35)).toBe(false);
  });

  it("keeps each row's stretches in order, whatever order they were taken in", () => {
    const rows = new RowOccupancy(2);
    rows.take(1, { from: 50, to: 60, owner: 0 });
    rows.take(1, { from: 0, to: 10, owner: 1 });
    rows.take(1, { from: 80, to: 90, owner: 2 });
    rows.take(1, { from: 20, to: 30, owner: 3 });
    rows.take(0, { from: 5, to: 6, owner: 4 });
    expect(rows.row(1).map((stretch) => stretch.owner)).toEqual([1, 3, 0, 2]);
    expect(rows.row(1)[1]).toEqual({ from: 20, to: 30, owner: 3 });
    expect(rows.row(0).map((stretch) => stretch.owner)).toEqual([4]);
  });

  it("treats a row out of range as never free, and ignores taking it", () => {
    const rows = new RowOccupancy(2);
    expect(rows.isFree(-1, 0, 10)).toBe(false);
    expect(rows.isFree(2, 0, 10)).toBe(false);
    expect(rows.isFree(99, 0, 10)).toBe(false);
    rows.take(2, { from: 0, to: 10, owner: 0 });
    rows.take(-1, { from: 0, to: 10, owner: 0 });
    expect(rows.row(2)).toEqual([]);
    expect(rows.rowCount).toBe(2);
    expect(rows.isFree(0, 0, 10)).toBe(true);
    expect(rows.isFree(1, 0, 10)).toBe(true);
  });

  it("has no rows when made with none", () => {
    const rows = new RowOccupancy(0);
    expect(rows.rowCount).toBe(0);
    expect(rows.isFree(0, 0, 1)).toBe(false);
  });

  it("answers as a scan of every stretch would, however many a row holds", () => {
    let seed = 3;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    // 200 stretches, 10 px each on a 20 px grid, taken in a shuffled order.
    const stretches: Occupied[] = Array.from({ length: 200 }, (_, index) => ({
      from: index * 20,
      to: index * 20 + 10,
      owner: index,
    }))
      .map((stretch) => ({ stretch, key: random() }))
      .sort((a, b) => a.key - b.key)
      .map(({ stretch }) => stretch);
    const rows = new RowOccupancy(1);
    for (const stretch of stretches) rows.take(0, stretch);
    expect(rows.row(0).map((stretch) => stretch.owner)).toEqual(
      Array.from({ length: 200 }, (_, index) => index),
    );
    for (let query = 0; query < 2000; query += 1) {
      const from = random() * 4100 - 50;
      const to = from + random() * 40;
      const scan = stretches.every((stretch) => stretch.to <= from || stretch.from >= to);
      expect(rows.isFree(0, from, to), `[${from}, ${to}]`).toBe(scan);
    }
  });
});
