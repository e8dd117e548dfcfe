import { describe, expect, it } from "vitest";
import { parseHistoricalDate } from "../data/format/historicalDate";
import type { Correction } from "../data/format/schema";
import { newestFirst } from "./newestFirst";

function correction(id: string, day: string): Correction {
  const parsed = parseHistoricalDate(day);
  if (!parsed.ok) throw new Error(parsed.reason);
  return {
    id,
    date: parsed.date,
    wrong: "Before.",
    now: "After.",
    sources: [{ title: "A source", publisher: "A publisher", url: "https://example.org/" }],
    events: ["an-episode/an-event"],
  };
}

describe("newestFirst(corrections)", () => {
  it("puts the latest day first and keeps the file's order within a day", () => {
    const log = [
      correction("a", "2026-01-05"),
      correction("b", "2026-12-04"),
      correction("c", "2025-12-31"),
      correction("d", "2026-12-04"),
    ];
    expect(newestFirst(log).map((entry) => entry.id)).toEqual(["b", "d", "a", "c"]);
    expect(log.map((entry) => entry.id)).toEqual(["a", "b", "c", "d"]);
  });
});
