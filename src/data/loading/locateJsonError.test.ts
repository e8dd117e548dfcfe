import { describe, expect, it } from "vitest";
import { locateJsonError } from "./locateJsonError";

describe("locateJsonError(text)", () => {
  it("finds nothing wrong in strict JSON", () => {
    expect(locateJsonError('{"a": [1, "b", {"c": null}], "d": true}')).toBeUndefined();
  });

  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected a comma between items"],
    [
      '{\n  "a": 1,\n}',
      3,
      1,
      "expected a field name in double quotes (is there a trailing comma?)",
    ],
    ["[1, 2,\n]", 2, 1, "expected a value (is there a trailing comma or a missing value?)"],
    ["[, 1]", 1, 2, "expected a value"],
    ['{, "a": 1}', 1, 2, "expected a value"],
    ['{"a" 1}', 1, 6, 'expected ":" after the field name'],
    ['{"a": }', 1, 7, "expected a value"],
    ["{1: 2}", 1, 2, "expected a field name in double quotes"],
    ['{"a": 1', 1, 8, 'expected "}" to close the object'],
    ["[1", 1, 3, 'expected "]" to close the list'],
    ['{\n  // note\n  "a": 1\n}', 2, 3, "comments are not allowed in JSON"],
    ['["a", /* note */ "b"]', 1, 7, "comments are not allowed in JSON"],
    ['["a" /* never closed', 1, 6, "comments are not allowed in JSON"],
    ['{"a": "unclosed}', 1, 7, "text is not closed with a double quote"],
    ['{"a": 1} {"b": 2}', 1, 10, "expected the end of the file after the top-level value"],
    ["{'a': 1}", 1, 2, "unexpected character"],
    ["[tru]", 1, 2, "unexpected character"],
    ["[1.]", 1, 2, "number is cut short"],
    ['["\\u12"]', 1, 2, "malformed \\u escape"],
    ['["\\q"]', 1, 2, "malformed escape after a backslash"],
    ['["a\tb"]', 1, 2, "control character inside text"],
    ["", 1, 1, "expected a value"],
  ])("reports %j at line %i, column %i", (text, line, column, message) => {
    const located = locateJsonError(text);
    expect(located && { line: located.line, column: located.column }).toEqual({ line, column });
    expect(located?.message).toContain(message);
  });

  // A recursive parser overflows the stack on these; a malformed file must
  // still be answered with its place.
  it("places the error in 10,000 unclosed lists at the end of the file", () => {
    expect(locateJsonError("[".repeat(10_000))).toEqual({
      line: 1,
      column: 10_001,
      message: 'expected "]" to close the list',
    });
  });

  it('places the error in 100,000 unfinished fields ({"a":) at the end of the file', () => {
    expect(locateJsonError('{"a":'.repeat(100_000))).toEqual({
      line: 1,
      column: 500_001,
      message: "expected a value (is there a trailing comma or a missing value?)",
    });
  });

  it("places an error deep inside nested lists and objects", () => {
    const depth = 50_000;
    const text = `${'[{"a":\n'.repeat(depth)}1 2${"}]".repeat(depth)}`;
    expect(locateJsonError(text)).toEqual({
      line: depth + 1,
      column: 3,
      message: "expected a comma between items",
    });
  });

  it("finds nothing wrong in deeply nested strict JSON", () => {
    const depth = 50_000;
    expect(locateJsonError(`${"[".repeat(depth)}${"]".repeat(depth)}`)).toBeUndefined();
  });
});
