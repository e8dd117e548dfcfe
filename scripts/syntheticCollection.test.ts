import { describe, expect, it } from "vitest";
import { loadCollection } from "../src/data/loading/loadCollection";
import { readAndValidate } from "../src/data/loading/readFiles";
import { syntheticCollection } from "./syntheticCollection";

describe("syntheticCollection", () => {
  it("makes a valid collection of the asked size, the same for the same seed", async () => {
    const files = syntheticCollection({ events: 1001, lanes: 10, seed: 3 });
    const result = await loadCollection(
      "collection.json",
      readAndValidate(async (file) => JSON.stringify(files[file])),
    );
    expect(result.problems).toEqual([]);
    if (!result.ok) throw new Error("not loaded");
    expect(result.collection.episodes).toHaveLength(10);
    expect(
      result.collection.episodes.reduce((sum, episode) => sum + episode.events.length, 0),
    ).toBe(1001);
    expect(result.collection.roles.every((role) => role.members.length === 10)).toBe(true);
    expect(syntheticCollection({ events: 1001, lanes: 10, seed: 3 })).toEqual(files);
  });
});
