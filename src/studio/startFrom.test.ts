import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../data/format/problem";
import { MADE_UP_MANIFEST } from "../data/loading/localFiles";
import { checkDraft } from "./checkDraft";
import { blankDraft, getField, listedFiles, MANIFEST_FILE } from "./draft";
import { addCsvEpisode, startBlank, startFromFiles, startFromTexts } from "./startFrom";

const dataDir = join(import.meta.dirname, "..", "..", "data");
const dataText = (path: string) => readFileSync(join(dataDir, path), "utf8");
const curatedManifest = () => JSON.parse(dataText(MANIFEST_FILE));
const curatedPaths = () => {
  const manifest = curatedManifest();
  return [
    MANIFEST_FILE,
    ...manifest.episodes,
    manifest.analogies,
    ...manifest.articles,
    ...manifest.lessons,
    manifest.corrections,
  ] as string[];
};
const curatedTexts = () => Object.fromEntries(curatedPaths().map((path) => [path, dataText(path)]));

const template = readFileSync(
  join(import.meta.dirname, "..", "..", "public", "episode-template.csv"),
  "utf8",
);
const sheet = (rows: string) =>
  `episode_id,episode_title,episode_label,episode_summary,id,date,title,summary,kind,certainty,source_title,source_publisher,source_url\n${rows}`;

describe("startBlank(name)", () => {
  it("is the blank draft, with nothing left out", () => {
    expect(startBlank("Mine")).toEqual({ draft: blankDraft("Mine"), problems: [] });
  });
});

describe("startFromTexts(name, texts)", () => {
  it("copies the curated collection file for file, and it checks with no problems", async () => {
    const started = await startFromTexts("Copy", curatedTexts());
    expect(started.problems).toEqual([]);
    expect(Object.keys(started.draft.files).sort()).toEqual(curatedPaths().sort());
    for (const path of curatedPaths()) {
      expect(started.draft.files[path]).toEqual(JSON.parse(dataText(path)));
    }
    const check = await checkDraft(started.draft);
    expect(check.problems.map(formatProblem)).toEqual([]);
    expect(check.collection?.episodes).toHaveLength(3);
  });
});

describe("startFromFiles(name, files)", () => {
  it("makes up a manifest for loose files, as a drop does, and names what it cannot place", async () => {
    const episode = dataText("episodes/prague-1968.json");
    const started = await startFromFiles("Dropped", [
      { name: "prague-1968.json", text: episode },
      { name: "notes.txt", text: "hello" },
    ]);
    expect(started.problems.map(formatProblem)).toEqual([
      "notes.txt: is not a JSON or CSV file: expected an Echoes file saved as .json, or an episode as .csv",
    ]);
    expect(getField(started.draft, MANIFEST_FILE, "episodes")).toEqual(["prague-1968.json"]);
    expect(started.draft.files["prague-1968.json"]).toEqual(JSON.parse(episode));
    expect(Object.keys(started.draft.files)).not.toContain(MADE_UP_MANIFEST);
  });

  it("reads a spreadsheet episode into the episode file it stands for", async () => {
    const started = await startFromFiles("Sheet", [
      { name: "episode-template.csv", text: template },
    ]);
    expect(started.problems).toEqual([]);
    expect(listedFiles(started.draft, "episode")).toEqual(["episode-template.json"]);
    expect(getField(started.draft, "episode-template.json", "id")).toBe("prague-1968-sheet");
    expect((await checkDraft(started.draft)).problems.map(formatProblem)).toEqual([]);
  });

  it("reports a listed file that is not JSON by line and column, and keeps the others", async () => {
    const started = await startFromFiles("Broken", [
      {
        name: "collection.json",
        text: JSON.stringify({ ...curatedManifest(), analogies: undefined }),
      },
      { name: "episodes/hungary-1956.json", text: '{ "id": "x", }' },
      { name: "episodes/prague-1968.json", text: dataText("episodes/prague-1968.json") },
    ]);
    const messages = started.problems.map(formatProblem);
    expect(messages).toEqual([
      "episodes/hungary-1956.json: is not valid JSON: line 1, column 14: expected a field name in double quotes (is there a trailing comma?)",
      "episodes/kazakhstan-2022.json: could not be read (it was not among the files you chose)",
      "articles/eerie-echoes.json: could not be read (it was not among the files you chose)",
      "lessons/eerie-echoes.json: could not be read (it was not among the files you chose)",
      "corrections.json: could not be read (it was not among the files you chose)",
    ]);
    expect(Object.keys(started.draft.files)).toContain("episodes/prague-1968.json");
    expect(Object.keys(started.draft.files)).not.toContain("episodes/hungary-1956.json");
  });

  it("keeps its manifest, and tells a broken manifest's problem, when the manifest cannot be read", async () => {
    const started = await startFromFiles("Broken", [
      { name: "collection.json", text: '{"episodes": [' },
    ]);
    expect(started.problems.map(formatProblem)).toEqual([
      'collection.json: is not valid JSON: line 1, column 15: expected "]" to close the list',
    ]);
    expect(listedFiles(started.draft, "episode")).toEqual([]);
    expect(Object.keys(started.draft.files)).toEqual([MANIFEST_FILE]);
  });
});

describe("addCsvEpisode(draft, fileName, text)", () => {
  it("adds the sheet's episode beside the curated three", async () => {
    const curated = (await startFromTexts("Copy", curatedTexts())).draft;
    const added = addCsvEpisode(curated, "episode-template.csv", template);
    expect(added.problems).toEqual([]);
    expect(listedFiles(added.draft, "episode")).toEqual([
      "episodes/hungary-1956.json",
      "episodes/prague-1968.json",
      "episodes/kazakhstan-2022.json",
      "episodes/prague-1968-sheet.json",
    ]);
    const check = await checkDraft(added.draft);
    expect(check.problems.map(formatProblem)).toEqual([]);
    expect(check.collection?.episodes.map((episode) => episode.id)).toEqual([
      "hungary-1956",
      "prague-1968",
      "kazakhstan-2022",
      "prague-1968-sheet",
    ]);
  });

  it("refuses a sheet whose episode the draft has, which would replace it", async () => {
    const curated = (await startFromTexts("Copy", curatedTexts())).draft;
    const row = "prague-1968,T,L,S,e,1968,T,S,protest,confirmed,T,P,https://example.org/";
    const added = addCsvEpisode(curated, "mine.csv", sheet(row));
    expect(added.draft).toBe(curated);
    expect(added.problems.map(formatProblem)).toEqual([
      'mine.csv: episode_id: "prague-1968" is already the episode of episodes/prague-1968.json: expected a new episode, as a spreadsheet adds one and cannot replace one (give it another episode_id)',
    ]);
  });

  it("passes on the sheet's own problems, and names the file by the sheet where its id is not one", () => {
    const added = addCsvEpisode(blankDraft("Mine"), "My Sheet.csv", "id,date\ne,1968\n");
    expect(listedFiles(added.draft, "episode")).toEqual(["episodes/my-sheet.json"]);
    expect(added.problems.map(formatProblem)).toContain(
      'My Sheet.csv: the header row: has no column "title"',
    );
  });
});
