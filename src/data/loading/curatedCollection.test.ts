import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Collection } from "../format/collection";
import { auditQuotes, isSearchPage } from "../format/contentAudit";
import { periodEndMs, periodStartMs } from "../format/historicalDate";
import { formatProblem } from "../format/problem";
import type { Source } from "../format/schema";
import { type LoadResult, loadCollection } from "./loadCollection";
import { readAndValidate } from "./readFiles";

const dataDir = join(import.meta.dirname, "..", "..", "..", "data");

let result: LoadResult;
let collection: Collection;
beforeAll(async () => {
  result = await loadCollection(
    "collection.json",
    readAndValidate((file) => readFile(join(dataDir, file), "utf8")),
  );
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  collection = result.collection;
});

const episode = (id: string) => {
  const found = collection.episodes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no episode ${id}`);
  return found;
};

function allSources(): Source[] {
  return [
    ...collection.episodes.flatMap((item) =>
      item.events.flatMap((event) => [
        ...event.sources,
        ...(event.figures ?? []).flatMap((figure) => figure.sources),
      ]),
    ),
    ...collection.roles.flatMap((role) => role.sources ?? []),
    ...collection.articles.flatMap((article) =>
      article.excerpts.flatMap((excerpt) => excerpt.check?.sources ?? []),
    ),
  ];
}

describe("the curated collection in data/", () => {
  it("loads with no problems", () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(collection.episodes.map((item) => item.id)).toEqual([
      "hungary-1956",
      "prague-1968",
      "kazakhstan-2022",
    ]);
  });

  it.each([
    ["hungary-1956", "1956-10-06", "1958-06-16"],
    ["prague-1968", "1968-01-05", "1969-04-17"],
    ["kazakhstan-2022", "2022-01-01", "2022-06-05"],
  ])("covers the whole arc of %s, from at least %s to %s, in 30 to 40 events", (id, from, to) => {
    const events = episode(id).events;
    expect(events.length).toBeGreaterThanOrEqual(30);
    expect(events.length).toBeLessThanOrEqual(40);
    const first = Math.min(...events.map((event) => periodStartMs(event.date)));
    const last = Math.max(...events.map((event) => periodEndMs(event.endDate ?? event.date)));
    expect(first).toBeLessThanOrEqual(Date.parse(from));
    expect(last).toBeGreaterThan(Date.parse(to));
  });

  it("marks every uncertain event with a note saying what is uncertain", () => {
    const events = collection.episodes.flatMap((item) => item.events);
    const uncertain = events.filter((event) => event.certainty.level !== "confirmed");
    expect(uncertain.length).toBeGreaterThan(0);
    for (const event of uncertain) expect(event.certainty.note, event.id).toMatch(/\S/);
  });

  it("lines the episodes up on every role the comparison needs, each filled or explicitly empty", () => {
    const required = [
      "trigger",
      "new-leader",
      "request-for-intervention",
      "troops-arrive",
      "what-the-troops-did",
      "scale-of-force",
      "foreign-forces-leave-or-stay",
      "legal-justification",
      "official-justification",
      "reformers-or-incumbent",
      "crackdown",
      "leader-fate",
      "satellite-or-republic",
      "international-reaction",
      "exodus-and-aftermath",
      "later-reckoning",
    ];
    expect(collection.roles.map((role) => role.id)).toEqual(expect.arrayContaining(required));
    for (const role of collection.roles) {
      expect(role.members.map((member) => member.episode).sort(), role.id).toEqual([
        "hungary-1956",
        "kazakhstan-2022",
        "prague-1968",
      ]);
      for (const member of role.members) {
        if (member.events.length === 0)
          expect(member.note, `${role.id}/${member.episode}`).toMatch(/\S/);
      }
      expect(role.differs.length, role.id).toBeGreaterThan(0);
    }
  });

  it("links and checks the article, paragraph by paragraph", () => {
    const [article] = collection.articles;
    if (!article) throw new Error("no article");
    const headline = article.excerpts.filter((excerpt) => excerpt.paragraph === "headline");
    expect(headline.length).toBeGreaterThan(0);
    for (const excerpt of headline) expect(excerpt.check, excerpt.id).toBeDefined();
    // Paragraphs that name no event of the collection: the CSTO's headquarters (2) and McFaul's tweet about the UN (9).
    const withoutEvents = new Set([2, 9]);
    article.paragraphs.forEach((_, index) => {
      const excerpts = article.excerpts.filter((excerpt) => excerpt.paragraph === index);
      expect(excerpts.length, `paragraph ${index}`).toBeGreaterThan(0);
      expect(
        excerpts.every((excerpt) => excerpt.check !== undefined),
        `paragraph ${index}`,
      ).toBe(true);
      if (!withoutEvents.has(index)) {
        expect(
          excerpts.some((excerpt) => excerpt.events.length > 0),
          `paragraph ${index}`,
        ).toBe(true);
      }
    });
  });

  it("links the passages the article is about to their events", () => {
    const [article] = collection.articles;
    const linked = new Set(article?.excerpts.flatMap((excerpt) => excerpt.events));
    for (const ref of [
      "kazakhstan-2022/lpg-price-rise",
      "kazakhstan-2022/csto-request",
      "kazakhstan-2022/csto-force-arrives",
      "kazakhstan-2022/killings-in-the-unrest",
      "kazakhstan-2022/mass-detentions",
      "hungary-1956/nagy-prime-minister",
      "hungary-1956/second-soviet-intervention",
      "prague-1968/warsaw-pact-invasion",
      "prague-1968/dubcek-first-secretary",
    ]) {
      expect(linked.has(ref), ref).toBe(true);
    }
  });

  it("backs every statement of where the episodes are alike or differ with events of the collection", () => {
    const refs = new Set(
      collection.episodes.flatMap((item) => item.events.map((event) => `${item.id}/${event.id}`)),
    );
    for (const role of collection.roles) {
      for (const statement of [...role.alike, ...role.differs]) {
        expect(statement.evidence.length, `${role.id}: ${statement.text}`).toBeGreaterThan(0);
        for (const ref of statement.evidence)
          expect(refs.has(ref), `${role.id}: ${ref}`).toBe(true);
      }
    }
  });

  it("gives every event a source a reader can open, never a page of search results", () => {
    for (const item of collection.episodes) {
      for (const event of item.events) {
        const readable = event.sources.filter((source) => !isSearchPage(source.url));
        expect(readable.length, `${item.id}/${event.id}`).toBeGreaterThan(0);
      }
    }
    const searchPages = allSources().filter((source) => isSearchPage(source.url));
    expect(searchPages.map((source) => source.url)).toEqual([]);
  });

  it("gives every figure its sources, and every range in order", () => {
    const figures = collection.episodes.flatMap((item) =>
      item.events.flatMap((event) => event.figures ?? []),
    );
    expect(figures.length).toBeGreaterThan(20);
    for (const figure of figures) {
      expect(figure.sources.length, figure.label).toBeGreaterThan(0);
      if (Array.isArray(figure.value)) {
        const [min, max] = figure.value;
        expect(min, figure.label).toBeLessThanOrEqual(max);
        expect(figure.note, `${figure.label}: a range says who gives which figure`).toMatch(/\S/);
      }
    }
  });

  it("gives every verdict on the article a note and a source", () => {
    for (const article of collection.articles) {
      for (const { id, check } of article.excerpts) {
        if (!check) continue;
        expect(check.note, id).toMatch(/\S/);
        expect(check.sources.length, id).toBeGreaterThan(0);
      }
    }
  });

  it("traces every quotation in an event's summary to a source's title or to whose words it is", () => {
    // A quotation the heuristic cannot trace is for a person to check against the sources and then attribute.
    const flagged = auditQuotes(collection.episodes).filter(
      (finding) => finding.status === "review",
    );
    expect(flagged).toEqual([]);
  });

  it("has no placeholder sources", () => {
    const sources = allSources();
    expect(sources.length).toBeGreaterThan(100);
    for (const source of sources) {
      const { hostname, protocol } = new URL(source.url);
      expect(protocol, source.url).toMatch(/^https?:$/);
      expect(hostname, source.url).not.toMatch(
        /(^|\.)(example\.(com|org|net)|localhost|test|invalid)$/,
      );
      expect(`${source.title} ${source.publisher} ${source.url}`, source.url).not.toMatch(
        /placeholder|lorem|TODO|xxx/i,
      );
    }
  });
});
