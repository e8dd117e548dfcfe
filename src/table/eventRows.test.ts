import { describe, expect, it } from "vitest";
import { testEpisode, testEvent } from "../../tests/support/testEpisodes";
import { eventRows, type RowFilter } from "./eventRows";

const hungary = testEpisode("hungary", [
  testEvent("second", "1956-11-04", undefined, "intervention"),
  testEvent("demo", "1956-10-23", undefined, "protest"),
]);
const prague = testEpisode("prague", [
  testEvent("invasion", "1968-08-20T23:00", undefined, "intervention"),
  testEvent("dubcek", "1968-01-05", undefined, "leadership-change"),
]);
const everything: RowFilter = { hiddenKinds: [], hiddenEpisodes: [], query: "" };
const label = (kind: string) => kind;
const refs = (rows: { ref: string }[]) => rows.map((row) => row.ref);

describe("eventRows(episodes, filter, order)", () => {
  it("lists every event, in the episodes' order and by date within each", () => {
    expect(
      refs(
        eventRows(
          [prague, hungary],
          everything,
          { key: "episode", descending: false },
          label,
          "en-GB",
        ),
      ),
    ).toEqual(["prague/dubcek", "prague/invasion", "hungary/demo", "hungary/second"]);
  });

  it("sorts by date across episodes, and the other way round", () => {
    const ascending = eventRows(
      [prague, hungary],
      everything,
      { key: "date", descending: false },
      label,
      "en-GB",
    );
    expect(refs(ascending)).toEqual([
      "hungary/demo",
      "hungary/second",
      "prague/dubcek",
      "prague/invasion",
    ]);
    const descending = eventRows(
      [prague, hungary],
      everything,
      { key: "date", descending: true },
      label,
      "en-GB",
    );
    expect(refs(descending)).toEqual([...refs(ascending)].reverse());
  });

  it("sorts by kind with date breaking ties", () => {
    expect(
      refs(
        eventRows(
          [hungary, prague],
          everything,
          { key: "kind", descending: false },
          label,
          "en-GB",
        ),
      ),
    ).toEqual(["hungary/second", "prague/invasion", "prague/dubcek", "hungary/demo"]);
  });

  it("leaves out the kinds and episodes hidden on the timeline", () => {
    const filter = { ...everything, hiddenKinds: ["protest" as const], hiddenEpisodes: ["prague"] };
    expect(
      refs(
        eventRows([hungary, prague], filter, { key: "date", descending: false }, label, "en-GB"),
      ),
    ).toEqual(["hungary/second"]);
  });

  it("keeps the events that have every word of the query, in any case", () => {
    const query = (text: string) =>
      refs(
        eventRows(
          [hungary, prague],
          { ...everything, query: text },
          { key: "date", descending: false },
          label,
          "en-GB",
        ),
      );
    expect(query("PRAGUE")).toEqual(["prague/dubcek", "prague/invasion"]);
    expect(query("  invasion   prague ")).toEqual(["prague/invasion"]);
    expect(query("nothing like this")).toEqual([]);
  });
});
