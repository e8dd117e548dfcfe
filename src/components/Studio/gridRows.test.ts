import { describe, expect, it } from "vitest";
import { getRowAfterKey, movedIndex, reindex, removedIndex } from "./gridRows";

describe("getRowAfterKey(key, row)", () => {
  it("goes up on ArrowUp and down on ArrowDown or Enter", () => {
    expect(getRowAfterKey("ArrowUp", 2)).toBe(1);
    expect(getRowAfterKey("ArrowDown", 2)).toBe(3);
    expect(getRowAfterKey("Enter", 2)).toBe(3);
  });

  it("does not move on other keys", () => {
    expect(getRowAfterKey("ArrowLeft", 2)).toBeUndefined();
    expect(getRowAfterKey("a", 2)).toBeUndefined();
  });
});

describe("movedIndex(row, from, to)", () => {
  it("takes the moved row to its place and closes up the rest", () => {
    expect([0, 1, 2, 3].map((row) => movedIndex(row, 0, 2))).toEqual([2, 0, 1, 3]);
    expect([0, 1, 2, 3].map((row) => movedIndex(row, 3, 1))).toEqual([0, 2, 3, 1]);
  });
});

describe("removedIndex(row, removed)", () => {
  it("drops the removed row and moves those after it up", () => {
    expect([0, 1, 2].map((row) => removedIndex(row, 1))).toEqual([0, undefined, 1]);
  });
});

describe("reindex(open, map)", () => {
  it("maps the open rows and leaves out those mapped to nothing", () => {
    expect(reindex(new Set([0, 1, 2]), (row) => removedIndex(row, 1))).toEqual(new Set([0, 1]));
  });
});
