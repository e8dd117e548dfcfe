import { describe, expect, it } from "vitest";
import { testEpisode, testEvent } from "../../tests/support/testEpisodes";
import {
  type EventRow,
  filterEventRows,
  type RowFilter,
  type SortOrder,
  sortEventRows,
  toEventRows,
  warmSearch,
} from "./eventRows";

const hungary = testEpisode("hungary", [
  testEvent("second", "1956-11-04", undefined, "intervention"),
  testEvent("demo", "1956-10-23", undefined, "protest"),
]);
const prague = testEpisode("prague", [
  testEvent("invasion", "1968-08-20T23:00", undefined, "intervention"),
  testEvent("dubcek", "1968-01-05", undefined, "leadership-change"),
]);
const everything: RowFilter = { hiddenKinds: [], hiddenEpisodes: [], query: "" };
const byDate: SortOrder = { key: "date", descending: false };
const label = (kind: string) => kind;
const refs = (rows: readonly EventRow[]) => rows.map((row) => row.ref);
const sorted = (episodes: Parameters<typeof toEventRows>[0], order: SortOrder) =>
  sortEventRows(toEventRows(episodes, "en-GB"), order, label, "en-GB");

describe("toEventRows(episodes, locale)", () => {
  it("makes a row of every event, episode by episode, with its text for search lower-cased", () => {
    const rows = toEventRows([prague, hungary], "en-GB");
    expect(refs(rows)).toEqual([
      "prague/invasion",
      "prague/dubcek",
      "hungary/second",
      "hungary/demo",
    ]);
    expect(rows[0]?.episodeRank).toBe(0);
    expect(rows[2]?.episodeRank).toBe(1);
    expect(rows[0]?.searchText).toBe("prague event invasion a test event.  source publisher");
  });
});

describe("sortEventRows(rows, order)", () => {
  it("lists every event in the episodes' order and by date within each", () => {
    expect(refs(sorted([prague, hungary], { key: "episode", descending: false }))).toEqual([
      "prague/dubcek",
      "prague/invasion",
      "hungary/demo",
      "hungary/second",
    ]);
  });

  it("sorts by date across episodes, and the other way round", () => {
    const ascending = sorted([prague, hungary], byDate);
    expect(refs(ascending)).toEqual([
      "hungary/demo",
      "hungary/second",
      "prague/dubcek",
      "prague/invasion",
    ]);
    const descending = sorted([prague, hungary], { key: "date", descending: true });
    expect(refs(descending)).toEqual([...refs(ascending)].reverse());
  });

  it("puts the coarser of two dates that start together first, as it encloses the finer", () => {
    const year = testEpisode("year", [testEvent("day", "1968-01-01"), testEvent("year", "1968")]);
    expect(refs(sorted([year], byDate))).toEqual(["year/year", "year/day"]);
  });

  it("sorts by kind with date breaking ties", () => {
    expect(refs(sorted([hungary, prague], { key: "kind", descending: false }))).toEqual([
      "hungary/second",
      "prague/invasion",
      "prague/dubcek",
      "hungary/demo",
    ]);
  });

  it("sorts kinds by their labels, not their ids", () => {
    const backwards = (kind: string) => (kind === "protest" ? "A protest" : `Z ${kind}`);
    const rows = sortEventRows(
      toEventRows([hungary], "en-GB"),
      { key: "kind", descending: false },
      backwards,
      "en-GB",
    );
    expect(refs(rows)).toEqual(["hungary/demo", "hungary/second"]);
  });

  it("leaves the rows it was given as they were", () => {
    const rows = toEventRows([hungary], "en-GB");
    sortEventRows(rows, byDate, label, "en-GB");
    expect(refs(rows)).toEqual(["hungary/second", "hungary/demo"]);
  });
});

describe("filterEventRows(rows, filter)", () => {
  const rows = sorted([hungary, prague], byDate);
  const query = (text: string) =>
    refs(filterEventRows(rows, { ...everything, query: text }, "en-GB"));

  it("leaves out the kinds and episodes hidden on the timeline, in the order given", () => {
    expect(
      refs(filterEventRows(rows, { ...everything, hiddenKinds: ["protest"] }, "en-GB")),
    ).toEqual(["hungary/second", "prague/dubcek", "prague/invasion"]);
    const filter = { ...everything, hiddenKinds: ["protest" as const], hiddenEpisodes: ["prague"] };
    expect(refs(filterEventRows(rows, filter, "en-GB"))).toEqual(["hungary/second"]);
  });

  it("keeps the events that have every word of the query, in any case", () => {
    expect(query("PRAGUE")).toEqual(["prague/dubcek", "prague/invasion"]);
    expect(query("  invasion   prague ")).toEqual(["prague/invasion"]);
    expect(query("nothing like this")).toEqual([]);
    expect(query("")).toEqual(refs(rows));
  });
});

describe("warmSearch(rows)", () => {
  it("makes each row's text for search, which is then kept", () => {
    const rows = toEventRows([hungary], "en-GB");
    warmSearch(rows);
    const [first] = rows;
    expect(first?.searchText).toBe("hungary event second a test event.  source publisher");
    expect(first?.searchText).toBe(first?.searchText);
  });
});
