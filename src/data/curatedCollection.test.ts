import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCollection } from "./loadCollection";
import { formatProblem } from "./problem";

const dataDir = join(import.meta.dirname, "..", "..", "data");

describe("the curated collection in data/", () => {
  it("loads with no problems", async () => {
    const result = await loadCollection("collection.json", (file) =>
      readFile(join(dataDir, file), "utf8"),
    );
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok && result.collection.episodes.map((episode) => episode.id)).toEqual([
      "hungary-1956",
      "prague-1968",
      "kazakhstan-2022",
    ]);
  });
});
