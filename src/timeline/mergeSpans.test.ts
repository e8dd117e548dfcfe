import { describe, expect, it } from "vitest";
import { mergeSpans } from "./layoutChart";

describe("mergeSpans(spans)", () => {
  it("joins spans that overlap or nearly touch, in any order", () => {
    expect(
      mergeSpans([
        [10, 12],
        [0, 2],
        [2.4, 4],
        [11, 20],
        [30, 31],
      ]),
    ).toEqual([
      [0, 4],
      [10, 20],
      [30, 31],
    ]);
  });

  it("keeps a span inside another as one", () => {
    expect(
      mergeSpans([
        [0, 10],
        [2, 3],
      ]),
    ).toEqual([[0, 10]]);
  });

  it("leaves an empty list empty", () => {
    expect(mergeSpans([])).toEqual([]);
  });
});
