import { describe, expect, it } from "vitest";
import { readSampleJson } from "../../../tests/support/fixtureReader";
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

  describe("files of the same name in different folders", () => {
    // As the curated collection has them: articles/eerie-echoes.json and lessons/eerie-echoes.json.
    const manifest = {
      ...readSampleJson("collection.json"),
      articles: ["articles/same.json"],
      lessons: ["lessons/same.json"],
    };
    const article = readSampleJson("articles/sample-article.json");
    const lesson = readSampleJson("lessons/sample-lesson.json");
    const rest = ["episodes/hungary-1956.json", "episodes/prague-1968.json", "analogies.json"];

    async function load(files: { name: string; text: string }[]) {
      const { manifestFile, readText, problems } = localCollection(files);
      const result = await loadCollection(manifestFile, readAndValidate(readText));
      return { ...result, problems: [...problems, ...result.problems] };
    }

    it("matches them by their paths in a dropped folder", async () => {
      const result = await load([
        asFile("mine/collection.json", manifest),
        ...rest.map((name) => asFile(`mine/${name}`, readSampleJson(name))),
        asFile("mine/articles/same.json", article),
        asFile("mine/lessons/same.json", lesson),
      ]);
      expect(result.problems).toEqual([]);
      expect(result.ok && result.collection.articles.map((entry) => entry.id)).toEqual([
        article.id,
      ]);
      expect(result.ok && result.collection.lessons.map((entry) => entry.id)).toEqual([lesson.id]);
    });

    it("tells them apart by what they hold when picked without folders", async () => {
      const result = await load([
        asFile("collection.json", manifest),
        ...rest.map((name) => asFile(name.split("/").pop() ?? name, readSampleJson(name))),
        asFile("same.json", lesson),
        asFile("same.json", article),
      ]);
      expect(result.problems).toEqual([]);
      expect(result.ok && result.collection.articles).toHaveLength(1);
      expect(result.ok && result.collection.lessons).toHaveLength(1);
    });

    it("reports two files of one name and kind as a collision, naming both, and loads the rest", async () => {
      const other = { ...article, id: "another-article" };
      const result = await load([
        asFile("collection.json", manifest),
        ...rest.map((name) => asFile(name, readSampleJson(name))),
        asFile("a/same.json", article),
        asFile("b/same.json", other),
        asFile("lessons/same.json", lesson),
      ]);
      expect(result.problems[0]).toMatchObject({
        file: "articles/same.json",
        message: expect.stringContaining(
          "2 of the files you chose are named same.json (a/same.json, b/same.json), and none is at articles/same.json",
        ),
        dropped: "the whole file",
      });
      expect(result.ok && result.collection.episodes).toHaveLength(2);
      expect(result.ok && result.collection.lessons).toHaveLength(1);
    });
  });

  describe("loose files", () => {
    it("says which file is not valid JSON, and loads the others", async () => {
      const { manifestFile, readText, problems } = localCollection([
        asFile("prague-1968.json", readSampleJson("episodes/prague-1968.json")),
        { name: "broken.json", text: "[".repeat(10_000) },
      ]);
      const result = await loadCollection(manifestFile, readAndValidate(readText));
      expect(problems).toEqual([]);
      expect(result.problems).toEqual([
        expect.objectContaining({
          file: "broken.json",
          message: expect.stringMatching(/^is not valid JSON: line 1/),
          dropped: "the whole file",
        }),
      ]);
      expect(result.ok && result.collection.episodes.map((episode) => episode.id)).toEqual([
        "prague-1968",
      ]);
    });

    it("says which file is of no kind Echoes reads, and which is not JSON or CSV at all", () => {
      const { problems } = localCollection([
        asFile("prague-1968.json", readSampleJson("episodes/prague-1968.json")),
        asFile("package.json", { name: "echoes" }),
        { name: "notes.txt", text: "hello" },
      ]);
      expect(problems.map((problem) => [problem.file, problem.message.slice(0, 30)])).toEqual([
        ["package.json", "is not an Echoes file: expecte"],
        ["notes.txt", "is not a JSON or CSV file: exp"],
      ]);
    });

    it("reads a lesson given beside the episodes it walks through", async () => {
      const { manifestFile, readText } = localCollection([
        ...["episodes/hungary-1956.json", "episodes/prague-1968.json", "analogies.json"].map(
          (name) => asFile(name, readSampleJson(name)),
        ),
        asFile("articles/sample-article.json", readSampleJson("articles/sample-article.json")),
        asFile("lesson.json", readSampleJson("lessons/sample-lesson.json")),
      ]);
      const result = await loadCollection(manifestFile, readAndValidate(readText));
      expect(result.problems).toEqual([]);
      expect(result.ok && result.collection.lessons).toHaveLength(1);
    });

    it("reads one analogy map, and says the second is left out", () => {
      const { problems } = localCollection([
        asFile("prague-1968.json", readSampleJson("episodes/prague-1968.json")),
        asFile("a.json", readSampleJson("analogies.json")),
        asFile("b.json", readSampleJson("analogies.json")),
      ]);
      expect(problems).toEqual([
        expect.objectContaining({
          file: "b.json",
          message: expect.stringContaining(
            "a collection has one analogy map, and a.json is the one read",
          ),
        }),
      ]);
    });
  });
});
