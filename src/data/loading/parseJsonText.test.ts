import { describe, expect, it } from "vitest";
import { parseJsonText } from "./parseJsonText";

describe("parseJsonText(text)", () => {
  it("parses strict JSON", async () => {
    await expect(parseJsonText('{"a": [1, "b"]}')).resolves.toEqual({
      ok: true,
      value: { a: [1, "b"] },
    });
  });

  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected a comma between items"],
    ['{\n  "a": 1,\n}', 3, 1, "trailing comma"],
    ["[1, 2,\n]", 2, 1, "trailing comma"],
    ['{\n  // note\n  "a": 1\n}', 2, 3, "comments are not allowed in JSON"],
    ['{"a": "unclosed}', 1, 7, "text is not closed with a double quote"],
    ['{"a": 1} {"b": 2}', 1, 10, "expected the end of the file"],
    ["{'a': 1}", 1, 2, "unexpected character"],
    ["", 1, 1, "the file is empty"],
  ])("reports %j at line %i, column %i", async (text, line, column, message) => {
    const result = await parseJsonText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect({ line: result.line, column: result.column }).toEqual({ line, column });
    expect(result.message).toContain(message);
  });

  it("places the error in a file of 10,000 unclosed lists without overflowing the stack", async () => {
    await expect(parseJsonText("[".repeat(10_000))).resolves.toEqual({
      ok: false,
      line: 1,
      column: 10_001,
      message: 'expected "]" to close the list',
    });
  });
});
