import { describe, expect, it } from "vitest";
import { guardCell, unguardCell } from "./csvCells";

describe("guardCell() and unguardCell()", () => {
  it("keeps a cell a spreadsheet would run as a formula as text, and reads it back as written", () => {
    for (const text of [
      '=HYPERLINK("https://example.org")',
      "+1",
      "-0044-03-15",
      "@SUM(A1)",
      "\tindented",
    ]) {
      expect(guardCell(text)).toBe(`'${text}`);
      expect(unguardCell(guardCell(text))).toBe(text);
    }
  });

  it("leaves every other cell as it is, an apostrophe of its own included", () => {
    for (const text of ["Warsaw Pact invasion", "1968-08-20", "'Tis the season", "", "'"]) {
      expect(guardCell(text)).toBe(text);
      expect(unguardCell(text)).toBe(text);
    }
  });
});
