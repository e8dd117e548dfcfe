import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { sampleReader } from "../../../tests/support/fixtureReader";
import { loadCollection, type ReadText } from "./loadCollection";
import { listedFiles, readAhead } from "./readAhead";
import { readAndValidate } from "./readFiles";

const CURATED_DIR = join(import.meta.dirname, "..", "..", "..", "data");

/** A reader that answers only when told to, recording what was asked. */
function heldReader(texts: Record<string, string>) {
  const asked: string[] = [];
  const answers = new Map<string, () => void>();
  const readText: ReadText = (file) => {
    asked.push(file);
    return new Promise((resolve, reject) => {
      answers.set(file, () =>
        file in texts ? resolve(texts[file] ?? "") : reject(new Error("HTTP 404")),
      );
    });
  };
  const answer = (file: string) => answers.get(file)?.();
  return { asked, answer, readText };
}

const VALID_MANIFEST = JSON.stringify({
  formatVersion: 1,
  title: "T",
  episodes: ["a.json", "b.json"],
  analogies: "analogies.json",
});

/**
 * Waits until every readAhead has done all it will with the answers given so far: a second one,
 * given a valid manifest now, has asked for the files it lists. Each takes the same promise steps
 * in turn, and a manifest refused or unread takes fewer.
 */
async function readersSettled() {
  const clock = heldReader({ "collection.json": VALID_MANIFEST });
  readAhead("collection.json", clock.readText);
  clock.answer("collection.json");
  await vi.waitFor(() => expect(clock.asked).toContain("analogies.json"));
}

describe("listedFiles(manifest)", () => {
  it("names every file of the manifest's lists and its analogies file, in order", async () => {
    const text = JSON.stringify({
      formatVersion: 1,
      title: "T",
      episodes: ["episodes/a.json", "episodes/b.csv"],
      analogies: "analogies.json",
      articles: ["articles/one.json"],
      lessons: ["lessons/l.json"],
    });
    expect(await listedFiles(text)).toEqual([
      "episodes/a.json",
      "episodes/b.csv",
      "analogies.json",
      "articles/one.json",
      "lessons/l.json",
    ]);
  });

  it("reads the manifest's bytes as the loader does: UTF-8 with a byte-order mark, or UTF-16", async () => {
    const manifest = JSON.stringify({ formatVersion: 1, title: "T", episodes: ["e.json"] });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(manifest, "utf16le")]);
    expect(await listedFiles(new TextEncoder().encode(`\uFEFF${manifest}`))).toEqual(["e.json"]);
    expect(await listedFiles(utf16)).toEqual(["e.json"]);
  });

  it("names nothing when the manifest is not valid, so that nothing it lists is asked for", async () => {
    const valid = { formatVersion: 1, title: "T", episodes: ["a.json"] };
    for (const manifest of [
      "{ not json",
      "[]",
      "null",
      JSON.stringify({ ...valid, formatVersion: 2 }),
      JSON.stringify({ ...valid, title: undefined }),
      JSON.stringify({ ...valid, episodes: [] }),
      JSON.stringify({ ...valid, episodes: ["a.json", 3, null] }),
      JSON.stringify({ ...valid, lessons: "l.json" }),
      JSON.stringify({ ...valid, analogies: ["analogies.json"] }),
      JSON.stringify({ ...valid, episodes: ["a.json", "https://tracker.example/pixel.gif"] }),
      JSON.stringify({ ...valid, articles: ["admin/"] }),
    ]) {
      expect(await listedFiles(manifest)).toEqual([]);
    }
  });

  it("names every file the curated collection's loading reads", async () => {
    const read: string[] = [];
    const result = await loadCollection(
      "collection.json",
      readAndValidate(async (file) => {
        read.push(file);
        return readFileSync(join(CURATED_DIR, file), "utf8");
      }),
    );
    expect(result.ok).toBe(true);
    const manifest = readFileSync(join(CURATED_DIR, "collection.json"), "utf8");
    expect((await listedFiles(manifest)).sort()).toEqual(
      read.filter((file) => file !== "collection.json").sort(),
    );
  });
});

describe("readAhead(manifestFile, readText)", () => {
  const manifest = VALID_MANIFEST;

  it("starts reading the listed files as soon as the manifest's text arrives", async () => {
    const held = heldReader({ "collection.json": manifest, "a.json": "A", "b.json": "B" });
    const read = readAhead("collection.json", held.readText);
    expect(held.asked).toEqual(["collection.json"]);
    held.answer("collection.json");
    await vi.waitFor(() =>
      expect(held.asked).toEqual(["collection.json", "a.json", "b.json", "analogies.json"]),
    );
    held.answer("a.json");
    expect(await read("a.json")).toBe("A");
    expect(await read("collection.json")).toBe(manifest);
  });

  it("reads each file once, however often it is asked for", async () => {
    const readText = vi.fn(sampleReader());
    const read = readAhead("collection.json", readText);
    const result = await loadCollection("collection.json", readAndValidate(read));
    expect(result.ok).toBe(true);
    const files = readText.mock.calls.map(([file]) => file);
    expect(files.length).toBeGreaterThan(3);
    expect(new Set(files).size).toBe(files.length);
  });

  it("reports a listed file that cannot be read to whoever asks for it, and to no one else", async () => {
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    try {
      const held = heldReader({ "collection.json": manifest, "a.json": "A" });
      const read = readAhead("collection.json", held.readText);
      held.answer("collection.json");
      await vi.waitFor(() => expect(held.asked).toContain("analogies.json"));
      held.answer("b.json");
      held.answer("analogies.json");
      await readersSettled();
      await expect(read("b.json")).rejects.toThrow("HTTP 404");
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });

  it("asks for nothing a manifest lists when it lists a name its format forbids", async () => {
    const forbidding = JSON.stringify({
      formatVersion: 1,
      title: "T",
      episodes: ["a.json", "../../account/delete"],
    });
    const held = heldReader({ "collection.json": forbidding, "a.json": "A" });
    readAhead("collection.json", held.readText);
    held.answer("collection.json");
    await readersSettled();
    expect(held.asked).toEqual(["collection.json"]);
  });

  it("reads nothing more when the manifest itself cannot be read", async () => {
    const held = heldReader({});
    const read = readAhead("collection.json", held.readText);
    held.answer("collection.json");
    await readersSettled();
    expect(held.asked).toEqual(["collection.json"]);
    await expect(read("collection.json")).rejects.toThrow("HTTP 404");
  });
});
