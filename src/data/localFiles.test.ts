import { describe, expect, it } from "vitest";
import { readSampleJson } from "../../tests/support/fixtureReader";
import { loadCollection } from "./loadCollection";
import { localCollection } from "./localFiles";
import { readAndValidate } from "./readFiles";

const asFile = (name: string, data: unknown) => ({ name, text: JSON.stringify(data) });

const corrections = {
  formatVersion: 1,
  corrections: [
    {
      id: "invasion-hour",
      date: "2026-11-02",
      wrong: "No hour.",
      now: "23:00 local time.",
      sources: [{ title: "A source", publisher: "A publisher", url: "https://example.org/" }],
      events: ["prague-1968/invasion"],
    },
  ],
};

describe("localCollection(files)", () => {
  it("reads a corrections log chosen beside loose episodes", async () => {
    const { manifestFile, readText } = localCollection([
      asFile("prague-1968.json", readSampleJson("episodes/prague-1968.json")),
      asFile("corrections.json", corrections),
    ]);
    const result = await loadCollection(manifestFile, readAndValidate(readText));
    expect(result.problems).toEqual([]);
    expect(result.ok && result.collection.corrections.map((entry) => entry.id)).toEqual([
      "invasion-hour",
    ]);
  });

  it("reads the corrections log a chosen manifest names", async () => {
    const manifest = { ...readSampleJson("collection.json"), corrections: "corrections.json" };
    const { manifestFile, readText } = localCollection([
      asFile("collection.json", manifest),
      ...["episodes/hungary-1956.json", "episodes/prague-1968.json", "analogies.json"].map((name) =>
        asFile(name, readSampleJson(name)),
      ),
      asFile("articles/sample-article.json", readSampleJson("articles/sample-article.json")),
      asFile("lessons/sample-lesson.json", readSampleJson("lessons/sample-lesson.json")),
      asFile("corrections.json", corrections),
    ]);
    const result = await loadCollection(manifestFile, readAndValidate(readText));
    expect(result.problems).toEqual([]);
    expect(result.ok && result.collection.corrections).toHaveLength(1);
  });
});
