import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR, readSampleJson, sampleReader } from "../../../tests/support/fixtureReader";
import { formatProblem } from "../format/problem";
import { loadCollection } from "./loadCollection";
import { loadLocalFiles } from "./localFiles";
import { readAndValidate } from "./readFiles";

const episode = JSON.stringify(readSampleJson("episodes/prague-1968.json"));
const windows1252Sheet = readFileSync(join(FIXTURES_DIR, "csv", "windows-1252.csv"));
const WINDOWS_1252_NOTICE =
  "read as windows-1252 (the file is not valid UTF-8); if accents look wrong, save it as UTF-8";

async function load(file: string, bytes: Uint8Array) {
  const kind = "episode" as const;
  const result = await readAndValidate(async () => bytes)(file, kind);
  return { episode: result.value, problems: result.problems };
}

describe("readAndValidate(readText): a file's bytes, decoded", () => {
  it("reads a spreadsheet saved in windows-1252 with its accents, and says how it was read", async () => {
    const { episode, problems } = await load("mai-68.csv", windows1252Sheet);
    expect(episode?.events[0]?.title).toBe("Évacuation de la Sorbonne");
    expect(episode?.events[0]?.summary).toBe(
      "La police évacue la Sorbonne – les étudiants descendent dans la rue.",
    );
    expect(episode?.events[0]?.sources[0]?.publisher).toBe("Encyclopædia Universalis");
    expect(problems).toEqual([
      { file: "mai-68.csv", path: "", message: WINDOWS_1252_NOTICE, dropped: "", note: true },
    ]);
  });

  it("reads a JSON file saved as UTF-16 with its byte-order mark, and says so", async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(episode, "utf16le")]);
    const { episode: read, problems } = await load("episodes/prague-1968.json", bytes);
    expect(read?.id).toBe("prague-1968");
    expect(problems.map(formatProblem)).toEqual([
      "episodes/prague-1968.json: read as UTF-16 LE (the file begins with its byte-order mark)",
    ]);
  });

  it("reads a file that begins with two byte-order marks as one that begins with one", async () => {
    const bom = [0xef, 0xbb, 0xbf];
    const twice = await load("e.json", new Uint8Array([...bom, ...bom, ...Buffer.from(episode)]));
    const once = await load("e.json", new Uint8Array([...bom, ...Buffer.from(episode)]));
    expect(twice.problems).toEqual([]);
    expect(twice).toEqual(once);
  });

  it("reads dropped or chosen files from their bytes, as a download is read", async () => {
    const result = await loadLocalFiles([
      { file: new File([new Uint8Array(windows1252Sheet)], "mai-68.csv"), path: "mai-68.csv" },
    ]);
    expect(result.ok && result.collection.episodes[0]?.events[0]?.title).toBe(
      "Évacuation de la Sorbonne",
    );
    expect(result.problems.map((problem) => problem.message)).toEqual([WINDOWS_1252_NOTICE]);
  });

  it("passes the notice on with the problems of a file that does not parse", async () => {
    const { problems } = await load("bad.json", new Uint8Array([0x7b, 0xe9]));
    expect(problems.map((problem) => problem.message)).toEqual([
      WINDOWS_1252_NOTICE,
      expect.stringMatching(/^is not valid JSON: line 1, column 2/),
    ]);
  });

  it("keeps the notice about a manifest's encoding among the collection's problems", async () => {
    const manifest = JSON.stringify({ ...readSampleJson("collection.json"), title: "Échos" });
    const readSample = sampleReader();
    const result = await loadCollection(
      "collection.json",
      readAndValidate(async (file) =>
        file === "collection.json"
          ? new Uint8Array(Buffer.from(manifest, "latin1"))
          : readSample(file),
      ),
    );
    expect(result.ok && result.collection.title).toBe("Échos");
    expect(result.problems.map(formatProblem)).toEqual([`collection.json: ${WINDOWS_1252_NOTICE}`]);
  });
});
