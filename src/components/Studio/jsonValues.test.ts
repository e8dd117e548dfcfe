import { describe, expect, it } from "vitest";
import { listOf, textOr, textsOf } from "./jsonValues";

describe("textOr(value, fallback)", () => {
  it("gives text that has something in it", () => {
    expect(textOr("Prague", "?")).toBe("Prague");
  });

  it("gives the fallback for empty text and for what is not text", () => {
    expect(textOr("", "?")).toBe("?");
    expect(textOr(undefined, "?")).toBe("?");
    expect(textOr(3, "?")).toBe("?");
    expect(textOr(null, "?")).toBe("?");
  });
});

describe("listOf(value)", () => {
  it("gives a list as it is and anything else as an empty list", () => {
    expect(listOf([1, "a"])).toEqual([1, "a"]);
    expect(listOf({ a: 1 })).toEqual([]);
    expect(listOf(undefined)).toEqual([]);
  });
});

describe("textsOf(value)", () => {
  it("keeps the texts of a list", () => {
    expect(textsOf(["a", 1, null, "b", ""])).toEqual(["a", "b", ""]);
    expect(textsOf("a")).toEqual([]);
  });
});
