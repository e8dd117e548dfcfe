import { describe, expect, it } from "vitest";
import { toFieldText, toNumber } from "./fieldText";

describe("toFieldText(value)", () => {
  it("shows text as it is, nothing as empty, and anything else as JSON", () => {
    expect(toFieldText("4")).toBe("4");
    expect(toFieldText(undefined)).toBe("");
    expect(toFieldText(null)).toBe("");
    expect(toFieldText(4)).toBe("4");
    expect(toFieldText([1, 2])).toBe("[1,2]");
  });
});

describe("toNumber(text)", () => {
  it("reads text that is exactly a number", () => {
    expect(toNumber("12")).toBe(12);
    expect(toNumber("-0.5")).toBe(-0.5);
  });

  it("keeps other text as typed", () => {
    expect(toNumber("")).toBe("");
    expect(toNumber("12 ")).toBe("12 ");
    expect(toNumber("1e3")).toBe("1e3");
    expect(toNumber("about 5")).toBe("about 5");
  });
});
