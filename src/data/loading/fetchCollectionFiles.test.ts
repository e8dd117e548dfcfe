import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchCollectionFiles } from "./fetchCollectionFiles";

const DATA = join(import.meta.dirname, "..", "..", "..", "data");

/** Serves data/ at https://example.org/data/, as a static server would, and records what was asked. */
function serveData() {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (url: URL) => {
    asked.push(url.href);
    const path = url.pathname.replace(/^\/data\//, "");
    try {
      return new Response(readFileSync(join(DATA, path)), {
        headers: { "content-type": "application/json" },
      });
    } catch {
      return new Response("Not found", { status: 404 });
    }
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fetchCollectionFiles()", () => {
  it("reads the manifest and every file it lists, by the names the manifest gives them", async () => {
    const asked = serveData();
    const files = await fetchCollectionFiles("/data/collection.json", "https://example.org/");
    const manifest = JSON.parse(readFileSync(join(DATA, "collection.json"), "utf8"));
    const listed = [
      ...manifest.episodes,
      manifest.analogies,
      ...(manifest.articles ?? []),
      ...(manifest.lessons ?? []),
      manifest.corrections,
    ].filter(Boolean);
    expect(files.map((file) => file.name).sort()).toEqual(["collection.json", ...listed].sort());
    expect(asked).toHaveLength(listed.length + 1);
    const first = files.find((file) => file.name === manifest.episodes[0]);
    expect(first?.text).toBe(readFileSync(join(DATA, manifest.episodes[0]), "utf8"));
  });

  it("names the address of a file that could not be read", async () => {
    serveData();
    await expect(
      fetchCollectionFiles("/data/missing.json", "https://example.org/"),
    ).rejects.toThrow("HTTP 404 from https://example.org/data/missing.json");
  });
});
