import type { $ZodErrorMap } from "zod/v4/core";
import { plural, showValue } from "./showValue";

type RawIssue = Parameters<$ZodErrorMap>[0];

const typeNames: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  tuple: "a list",
};

/**
 * The loader's error map: every message says what was found and what was
 * expected, in words an author of a data file can act on.
 */
export function describeIssue(issue: RawIssue): string {
  const found = showValue(issue.input);
  switch (issue.code) {
    case "invalid_type": {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `is missing: expected ${expected}`;
      return `found ${found}: expected ${expected}`;
    }
    case "invalid_value":
      return issue.values.length === 1
        ? `found ${found}: expected ${showValue(issue.values[0])}`
        : `found ${found}: expected one of ${issue.values.map(showValue).join(", ")}`;
    case "unrecognized_keys":
      return `unknown ${issue.keys.length === 1 ? "field" : "fields"} ${issue.keys
        .map((key) => JSON.stringify(key))
        .join(", ")}: check the spelling against the format in data/README.md`;
    case "too_small":
      if (issue.origin === "array") {
        return `expected at least ${plural(issue.minimum, "item")}, found ${plural(
          (issue.input as unknown[] | undefined)?.length ?? 0,
          "item",
        )}`;
      }
      if (issue.origin === "string") return "must not be empty";
      return `found ${found}: expected ${issue.inclusive ? "at least" : "more than"} ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "array") return `expected at most ${plural(issue.maximum, "item")}`;
      return `found ${found}: expected ${issue.inclusive ? "at most" : "less than"} ${issue.maximum}`;
    case "invalid_format":
      return `found ${found}: expected ${issue.format}`;
    case "invalid_union":
      return `found ${found}: expected one of the accepted forms`;
    default:
      return issue.message ?? `found ${found}: not accepted`;
  }
}
