import { describe, expect, it } from "vitest";
import { getDetailPaths } from "./detailPaths";

describe("getDetailPaths(event, base)", () => {
  it("names the details' own fields, and those of each person, figure and source", () => {
    const paths = getDetailPaths(
      {
        actors: ["Ulbricht"],
        figures: [{ label: "Dead", value: 55, sources: [{ title: "" }] }],
        sources: [{ title: "" }],
      },
      "events[0]",
    );
    expect(paths).toEqual([
      "events[0].significance",
      "events[0].certainty.note",
      "events[0].actors",
      "events[0].actors[0]",
      "events[0].figures",
      "events[0].figures[0].label",
      "events[0].figures[0].value",
      "events[0].figures[0].unit",
      "events[0].figures[0].note",
      "events[0].figures[0].sources",
      "events[0].figures[0].sources[0].title",
      "events[0].figures[0].sources[0].publisher",
      "events[0].figures[0].sources[0].url",
      "events[0].figures[0].sources[0].locator",
      "events[0].sources",
      "events[0].sources[0].title",
      "events[0].sources[0].publisher",
      "events[0].sources[0].url",
      "events[0].sources[0].locator",
    ]);
  });

  it("names only the lists where the event is not an object", () => {
    expect(getDetailPaths("strike", "events[1]")).toEqual([
      "events[1].significance",
      "events[1].certainty.note",
      "events[1].actors",
      "events[1].figures",
      "events[1].sources",
    ]);
  });
});
