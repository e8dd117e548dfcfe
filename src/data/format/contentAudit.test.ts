import { describe, expect, it } from "vitest";
import { auditQuotes, isSearchPage, quotedSpans } from "./contentAudit";
import { parseHistoricalDate } from "./historicalDate";
import type { Episode, EpisodeEvent } from "./schema";

function day(text: string) {
  const parsed = parseHistoricalDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.date;
}

const source = (title: string) => ({
  title,
  publisher: "A publisher",
  url: "https://example.org/a",
});

const event = (summary: string, titles: string[] = ["Unrelated"], note?: string): EpisodeEvent => ({
  id: "an-event",
  date: day("2022-01-07"),
  title: "An event",
  summary,
  kind: "declaration",
  certainty: note ? { level: "disputed", note } : { level: "confirmed" },
  sources: titles.map(source),
});

const episodeOf = (...events: EpisodeEvent[]): Episode => ({
  formatVersion: 1,
  id: "kazakhstan-2022",
  title: "Kazakhstan",
  label: "Kazakhstan, 2022",
  summary: "Unrest.",
  events,
});

describe("isSearchPage(url)", () => {
  it.each([
    "https://www.google.com/search?q=csto+kazakhstan",
    "https://www.bing.com/search?q=tokayev",
    "https://duckduckgo.com/?q=tokayev",
    "https://www.britannica.com/search?query=prague+spring",
    "https://www.reuters.com/site-search/results/",
  ])("flags %s", (url) => {
    expect(isSearchPage(url)).toBe(true);
  });

  it.each([
    "https://www.reuters.com/world/asia-pacific/kazakhstan-says-225-killed-2022-01-15/",
    "https://www.ceeol.com/search/chapter-detail?id=541589",
    "https://books.google.com/books?id=j1SFAAAAIAAJ&pg=RA2-PA380",
    "https://www.britannica.com/event/Prague-Spring",
  ])("accepts %s", (url) => {
    expect(isSearchPage(url)).toBe(false);
  });
});

describe("quotedSpans(text)", () => {
  it("finds curly, straight and single quotations but not apostrophes", () => {
    expect(
      quotedSpans(
        "Nagy’s government said “we are neutral”, the radio \"bandits\" and the 'Worker-Peasant Government'; Hungary’s",
      ),
    ).toEqual(["we are neutral", "bandits", "Worker-Peasant Government"]);
  });
});

describe("auditQuotes(episodes)", () => {
  it("traces a quotation to a source's title or to the words that attribute it", () => {
    const findings = auditQuotes([
      episodeOf(
        event("The UN called it “a recipe for disaster”.", ["Kazakhstan: a recipe for disaster"]),
        event("Tokayev said it was “20,000 bandits”."),
      ),
    ]);
    expect(findings.map((finding) => finding.status)).toEqual(["in-source-title", "attributed"]);
  });

  it("flags for review a quotation no source title holds and no one is said to have spoken", () => {
    const [finding] = auditQuotes([episodeOf(event("The force was “limited in time”."))]);
    expect(finding).toEqual({
      ref: "kazakhstan-2022/an-event",
      quote: "limited in time",
      status: "review",
    });
  });

  it("accepts a quotation whose origin the certainty note gives", () => {
    const [finding] = auditQuotes([
      episodeOf(
        event(
          "The force was “limited in time”.",
          [],
          "The words are quoted from the CSTO's statement.",
        ),
      ),
    ]);
    expect(finding?.status).toBe("attributed");
  });
});
