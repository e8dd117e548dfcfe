import { describe, expect, it } from "vitest";
import { cutRule } from "./dayZeroRule";

describe("cutRule(from, to, gaps)", () => {
  it("keeps the whole rule where no lane's day 0 is a band", () => {
    expect(cutRule(20, 300, [])).toEqual([[20, 300]]);
  });

  it("leaves out each band's lane, in any order, and what lies beyond the rule", () => {
    expect(
      cutRule(20, 300, [
        [200, 320],
        [50, 100],
      ]),
    ).toEqual([
      [20, 50],
      [100, 200],
    ]);
    expect(cutRule(20, 300, [[0, 40]])).toEqual([[40, 300]]);
    expect(cutRule(20, 300, [[0, 400]])).toEqual([]);
  });
});
