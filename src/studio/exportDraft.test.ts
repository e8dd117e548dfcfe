import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { scratchDraft } from "../../tests/support/studioDraft";
import { formatProblem } from "../data/format/problem";
import { checkDraft } from "./checkDraft";
import { MANIFEST_FILE, setField } from "./draft";
import { draftToZip, toFileText, zipToDraft } from "./exportDraft";
import { startFromTexts } from "./startFrom";

const dataDir = join(import.meta.dirname, "..", "..", "data");
const dataText = (path: string) => readFileSync(join(dataDir, path), "utf8");

async function curatedDraft() {
  const manifest = JSON.parse(dataText(MANIFEST_FILE));
  const paths: string[] = [
    MANIFEST_FILE,
    ...manifest.episodes,
    manifest.analogies,
    ...manifest.articles,
    ...manifest.lessons,
    manifest.corrections,
  ];
  return (await startFromTexts("Curated", Object.fromEntries(paths.map((p) => [p, dataText(p)]))))
    .draft;
}

describe("draftToZip(draft) and zipToDraft(name, zipName, bytes)", () => {
  it("zips the curated collection and reads it back to an equal draft that checks with no problems", async () => {
    const draft = await curatedDraft();
    const back = await zipToDraft("Curated", "curated.zip", draftToZip(draft));
    expect(back.problems).toEqual([]);
    expect(back.draft).toEqual(draft);
    expect((await checkDraft(back.draft)).problems.map(formatProblem)).toEqual([]);
  });

  it("writes each file at its path, pretty-printed as the curated files are", () => {
    const draft = scratchDraft();
    const entries = unzipSync(draftToZip(draft));
    expect(Object.keys(entries).sort()).toEqual(Object.keys(draft.files).sort());
    const manifest = strFromU8(entries[MANIFEST_FILE] ?? new Uint8Array());
    expect(manifest).toBe(toFileText(draft.files[MANIFEST_FILE] ?? null));
    expect(manifest.split("\n").slice(0, 3)).toEqual([
      "{",
      '  "$schema": "./schema/collection.schema.json",',
      '  "formatVersion": 1,',
    ]);
  });

  it("keeps a field typed wrong exactly as typed through the zip", async () => {
    const draft = setField(scratchDraft(), "episodes/east-1953.json", "events[0].date", "1953-6");
    const back = await zipToDraft(draft.name, "x.zip", draftToZip(draft));
    expect(back.draft).toEqual(draft);
  });

  it("reads a collection zipped by hand inside a folder, leaving out what macOS adds", async () => {
    const files = Object.fromEntries(
      Object.entries(scratchDraft().files).map(([path, value]) => [
        `two-crises/${path}`,
        strToU8(toFileText(value)),
      ]),
    );
    const bytes = zipSync({
      ...files,
      "__MACOSX/two-crises/._collection.json": strToU8("\0\u0005"),
    });
    const back = await zipToDraft("Two crises", "two-crises.zip", bytes);
    expect(back.problems).toEqual([]);
    expect(back.draft).toEqual(scratchDraft());
  });

  it("says a damaged zip cannot be read, naming it", async () => {
    const back = await zipToDraft("Mine", "mine.zip", strToU8("not a zip at all"));
    expect(back.problems.map(formatProblem)).toEqual([
      "mine.zip: is not a zip file that can be read (invalid zip data): expected a .zip of a collection's files",
    ]);
  });

  it("refuses a file named outside the collection's folder", () => {
    const draft = setField(scratchDraft(), MANIFEST_FILE, "corrections", "../log.json");
    const outside = { ...draft, files: { ...draft.files, "../log.json": {} } };
    expect(() => draftToZip(outside)).toThrow(
      '../log.json: cannot be put in the zip: expected paths inside the collection\'s folder, such as "episodes/x.json"',
    );
  });
});
