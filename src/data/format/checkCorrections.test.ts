import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR, fixtureReader, sampleReader } from "../../../tests/support/fixtureReader";
import { loadCollection } from "../loading/loadCollection";
import { readAndValidate } from "../loading/readFiles";
import { formatProblem } from "./problem";

type Json = Record<string, any>;

const DIR = join(FIXTURES_DIR, "corrections");

async function load(edit: (corrections: Json) => void = () => {}) {
  const corrections = JSON.parse(await fixtureReader(DIR)("corrections.json"));
  edit(corrections);
  const result = await loadCollection(
    "collection.json",
    readAndValidate(fixtureReader(DIR, { "corrections.json": corrections })),
  );
  if (!result.ok) throw new Error("the fixture did not load");
  return { ...result, messages: result.problems.map(formatProblem) };
}

describe("loading a collection with a corrections log", () => {
  it("loads the log the manifest names, in the file's order", async () => {
    const { collection, messages } = await load();
    expect(messages).toEqual([]);
    expect(collection.corrections.map((correction) => correction.id)).toEqual([
      "invasion-hour",
      "demonstration-crowd",
      "tanks-passage",
    ]);
    expect(collection.corrections[2]?.passages).toEqual(["sample-article/tanks-1968"]);
    expect(collection.corrections[0]?.roles).toEqual(["troops-arrive"]);
  });

  it("has an empty log when the manifest names none", async () => {
    const result = await loadCollection("collection.json", readAndValidate(sampleReader()));
    expect(result.ok && result.collection.corrections).toEqual([]);
  });

  it("drops a link to a missing event, passage or role and keeps the correction", async () => {
    const { collection, messages, problems } = await load((data) => {
      data.corrections[0].events.push("prague-1968/no-such-event");
      data.corrections[0].roles.push("no-such-role");
      data.corrections[2].passages = ["sample-article/no-such-passage"];
    });
    expect(messages).toEqual([
      'corrections.json: corrections[0].events[1]: "prague-1968/no-such-event" names no event of this collection',
      'corrections.json: corrections[0].roles[1]: "no-such-role" names no analogy role of this collection',
      'corrections.json: corrections[2].passages[0]: "sample-article/no-such-passage" names no article passage of this collection',
    ]);
    expect(problems[0]?.dropped).toBe('the link to "prague-1968/no-such-event"');
    expect(collection.corrections[0]?.events).toEqual(["prague-1968/invasion"]);
    expect(collection.corrections[0]?.roles).toEqual(["troops-arrive"]);
    expect(collection.corrections[2]?.passages).toEqual([]);
    expect(collection.corrections).toHaveLength(3);
  });

  it("goes on without the log when its file cannot be read", async () => {
    const result = await loadCollection(
      "collection.json",
      readAndValidate(fixtureReader(DIR, { "corrections.json": null })),
    );
    expect(result.ok && result.collection.corrections).toEqual([]);
    expect(result.problems.map(formatProblem)).toEqual([
      "corrections.json: could not be read (HTTP 404)",
    ]);
  });
});
