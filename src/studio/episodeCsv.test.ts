import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratchDraft } from "../../tests/support/studioDraft";
import { CSV_COLUMNS, csvToEpisode } from "../data/loading/csvEpisode";
import { episodePath, setField } from "./draft";
import { CSV_ORDER, draftToCsvFiles, episodeToCsv } from "./episodeCsv";
import type { JsonObject } from "./jsonPath";

const curated = (id: string): JsonObject =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, "..", "..", "data", "episodes", `${id}.json`), "utf8"),
  );

/** An episode file as a sheet can hold it: without its header or its events' figures. */
function withoutSheetless({ $schema, ...episode }: JsonObject): JsonObject {
  const events = (episode.events as JsonObject[]).map(({ figures, ...event }) => event);
  return { ...episode, events };
}

describe("episodeToCsv(path, episode)", () => {
  it("writes the columns the CSV import reads, in the template's order", () => {
    expect([...CSV_ORDER].sort()).toEqual(
      [...CSV_COLUMNS.required, ...CSV_COLUMNS.optional].sort(),
    );
    const { text } = episodeToCsv("episodes/a.json", curated("prague-1968"));
    expect(text.split("\n")[0]?.startsWith(CSV_ORDER.join(","))).toBe(true);
  });

  it.each(["hungary-1956", "prague-1968", "kazakhstan-2022"])(
    "round-trips the curated episode %s through the CSV import, but for its figures",
    (id) => {
      const episode = curated(id);
      const sheet = episodeToCsv(`episodes/${id}.json`, episode);
      const read = csvToEpisode(`${id}.csv`, sheet.text);
      expect(read.problems).toEqual([]);
      expect(read.data).toEqual(withoutSheetless(episode));
    },
  );

  it("lists what no column holds, by its path", () => {
    const sheet = episodeToCsv("episodes/prague-1968.json", curated("prague-1968"));
    expect(sheet.path).toBe("episodes/prague-1968.csv");
    const events = curated("prague-1968").events as JsonObject[];
    expect(sheet.left).toEqual(
      events.flatMap((event, index) => (event.figures ? [`events[${index}].figures`] : [])),
    );
    expect(sheet.left.length).toBeGreaterThan(0);
  });

  it("keeps a half-typed value as typed, and names an actor a sheet would split", () => {
    const path = episodePath("east-1953");
    let draft = setField(scratchDraft(), path, "events[0].date", "1953-06-1");
    draft = setField(draft, path, "events[0].actors", ["Workers; builders"]);
    const sheet = episodeToCsv(path, draft.files[path] ?? null);
    const read = csvToEpisode("east.csv", sheet.text).data as JsonObject;
    expect((read.events as JsonObject[])[0]?.date).toBe("1953-06-1");
    expect(sheet.left).toEqual(["events[0].actors[0]"]);
  });
});

describe("a sheet with what a spreadsheet would run as a formula", () => {
  it("writes it as text, and reads it back as typed", () => {
    const path = episodePath("east-1953");
    let draft = setField(
      scratchDraft(),
      path,
      "events[0].title",
      '=HYPERLINK("https://example.org")',
    );
    draft = setField(draft, path, "events[0].date", "-0044-03-15");
    draft = setField(draft, path, "events[0].actors", ["@everyone", "Workers"]);
    const sheet = episodeToCsv(path, draft.files[path] ?? null);
    const [, firstRow = ""] = sheet.text.split("\n");
    expect(firstRow).toContain(`"'=HYPERLINK(""https://example.org"")"`);
    expect(firstRow).toContain("'-0044-03-15");
    const event = (
      (csvToEpisode("east.csv", sheet.text).data as JsonObject).events as JsonObject[]
    )[0];
    expect(event?.title).toBe('=HYPERLINK("https://example.org")');
    expect(event?.date).toBe("-0044-03-15");
    expect(event?.actors).toEqual(["@everyone", "Workers"]);
  });
});

describe("draftToCsvFiles(draft)", () => {
  it("gives one sheet per episode, in the manifest's order", () => {
    expect(draftToCsvFiles(scratchDraft()).map((sheet) => sheet.path)).toEqual([
      "episodes/east-1953.csv",
      "episodes/poland-1956.csv",
    ]);
  });
});
