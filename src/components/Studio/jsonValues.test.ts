import { describe, expect, it } from "vitest";
import { textOr, textsOf } from "./jsonValues";

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

describe("textsOf(value)", () => {
  it("keeps the texts of a list", () => {
    expect(textsOf(["a", 1, null, "b", ""])).toEqual(["a", "b", ""]);
    expect(textsOf("a")).toEqual([]);
  });
});
