import { describe, expect, it } from "vitest";
import { everyRowIndex, keptRows, windowParts, withKeptRows } from "./rowWindow";

/** Rows of 10 px each, the list starting 100 px down the page. */
const placed = (...indexes: number[]) =>
  indexes.map((index) => ({ index, start: 100 + index * 10, end: 110 + index * 10 }));

describe("windowParts(placed, listStartPx, listEndPx)", () => {
  it("puts a gap of the left-out rows' height before and after the drawn ones", () => {
    expect(windowParts(placed(3, 4, 5), 100, 200)).toEqual([
      { kind: "gap", key: "before-3", heightPx: 30 },
      { kind: "row", index: 3 },
      { kind: "row", index: 4 },
      { kind: "row", index: 5 },
      { kind: "gap", key: "after", heightPx: 40 },
    ]);
  });

  it("puts a gap between drawn rows that are apart, as a kept row far below the rest", () => {
    expect(windowParts(placed(0, 1, 8), 100, 190)).toEqual([
      { kind: "row", index: 0 },
      { kind: "row", index: 1 },
      { kind: "gap", key: "before-8", heightPx: 60 },
      { kind: "row", index: 8 },
    ]);
  });

  it("has no gap when every row is drawn, and one gap when none is", () => {
    expect(windowParts(placed(0, 1, 2), 100, 130).every((part) => part.kind === "row")).toBe(true);
    expect(windowParts([], 100, 130)).toEqual([{ kind: "gap", key: "after", heightPx: 30 }]);
    expect(windowParts([], 100, 100)).toEqual([]);
  });
});

describe("keptRows(focused, selected)", () => {
  it("keeps the focused row with its neighbours, and the selected row", () => {
    expect(keptRows(5, 40)).toEqual([4, 5, 6, 40]);
    expect(keptRows(-1, 40)).toEqual([40]);
    expect(keptRows(-1, -1)).toEqual([-1]);
  });
});

describe("withKeptRows(inView, kept, count)", () => {
  it("adds the kept rows to those in view, once each and in order", () => {
    expect(withKeptRows([10, 11, 12], [40, 3, 11], 50)).toEqual([3, 10, 11, 12, 40]);
  });

  it("leaves out kept indexes that are not rows", () => {
    expect(withKeptRows([0, 1], [-1, 0, 1, 2], 2)).toEqual([0, 1]);
  });
});

describe("everyRowIndex(count)", () => {
  it("lists every row", () => {
    expect(everyRowIndex(3)).toEqual([0, 1, 2]);
    expect(everyRowIndex(0)).toEqual([]);
  });
});
