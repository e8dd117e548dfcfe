import { describe, expect, it } from "vitest";
import { testEpisode, testEvent, testRole } from "../../tests/support/testEpisodes";
import { analogyMatrix, firstSentence } from "./analogyMatrix";

describe("firstSentence(text)", () => {
  it("ends at the first full stop before a new sentence", () => {
    expect(firstSentence("Troops crossed at night. Tanks reached Prague by dawn.")).toBe(
      "Troops crossed at night.",
    );
  });

  it("does not stop at a number's point or an initial inside the sentence", () => {
    expect(firstSentence("About 2.5 million people left. Then more.")).toBe(
      "About 2.5 million people left.",
    );
    expect(firstSentence("It was signed by e.g. the leaders. Then more.")).toBe(
      "It was signed by e.g. the leaders.",
    );
  });

  it("cuts a long sentence at a word, with an ellipsis", () => {
    expect(firstSentence("Troops crossed the border at night, then, by dawn, Prague.", 30)).toBe(
      "Troops crossed the border at…",
    );
    expect(firstSentence("Short one. Then more.", 30)).toBe("Short one.");
  });

  it("keeps a text of one sentence whole", () => {
    expect(firstSentence("  No full stop here ")).toBe("No full stop here");
  });
});

describe("analogyMatrix(roles, episodes)", () => {
  const hungary = testEpisode("hungary", [
    testEvent("first", "1956-10-24", undefined, "intervention"),
    testEvent("second", "1956-11-04", undefined, "intervention"),
  ]);
  const prague = testEpisode("prague", [testEvent("invasion", "1968-08-21")]);
  const kazakhstan = testEpisode("kazakhstan", [testEvent("csto", "2022-01-06")]);
  const troops = testRole(
    "troops",
    { hungary: ["first", "second"], prague: [] },
    { prague: "No troops." },
  );

  it("gives each role a cell per episode shown, in the order given", () => {
    const [row] = analogyMatrix([troops], [prague, hungary, kazakhstan]);
    expect(row?.cells.map((cell) => cell.episode.id)).toEqual(["prague", "hungary", "kazakhstan"]);
    expect(row?.cells[1]?.events.map((item) => item.ref)).toEqual([
      "hungary/first",
      "hungary/second",
    ]);
    expect(row?.cells[0]).toMatchObject({ events: [], note: "No troops." });
    expect(row?.cells[2]).toMatchObject({ events: [], note: undefined });
  });
});
