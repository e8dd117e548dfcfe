import { describe, expect, it } from "vitest";
import { ORIGIN_TEXT } from "./origin";

describe("ORIGIN_TEXT.files", () => {
  it("names one file, a few, and counts the rest of many", () => {
    expect(ORIGIN_TEXT.files(["a.csv"])).toBe("your file a.csv");
    expect(ORIGIN_TEXT.files(["a.json", "b.json", "c.json"])).toBe(
      "your files a.json, b.json and c.json",
    );
    expect(ORIGIN_TEXT.files(["a", "b", "c", "d", "e"])).toBe("your files a, b, c and 2 more");
  });
});
