import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../format/problem";
import { readAndValidate } from "./readFiles";

const template = readFileSync(
  join(import.meta.dirname, "..", "..", "..", "public", "episode-template.csv"),
  "utf8",
);
const semicolons = readFileSync(
  join(import.meta.dirname, "..", "..", "..", "tests", "fixtures", "csv", "semicolons.csv"),
  "utf8",
);
const curated = JSON.parse(
  readFileSync(
    join(import.meta.dirname, "..", "..", "..", "data", "episodes", "prague-1968.json"),
    "utf8",
  ),
);

async function loadSheet(text: string, file = "sheet.csv") {
  const result = await readAndValidate(async () => text)(file, "episode");
  return { episode: result.value, messages: result.problems.map(formatProblem) };
}

const header =
  "id,date,end_date,title,summary,kind,certainty,certainty_note,source_title,source_publisher,source_url,source_2_title,source_2_publisher,source_2_url,significance";
const row = (cells: Partial<Record<string, string>>) => {
  const values: Record<string, string> = {
    id: "invasion",
    date: "1968-08-20T23:00",
    end_date: "1968-08-21",
    title: "Warsaw Pact invasion",
    summary: "Troops crossed the borders.",
    kind: "intervention",
    certainty: "confirmed",
    certainty_note: "",
    source_title: "Prague Spring",
    source_publisher: "Encyclopaedia Britannica",
    source_url: "https://www.britannica.com/event/Prague-Spring",
    source_2_title: "",
    source_2_publisher: "",
    source_2_url: "",
    significance: "",
    ...cells,
  };
  return header
    .split(",")
    .map((column) => `"${(values[column] ?? "").replace(/"/g, '""')}"`)
    .join(",");
};

describe("an episode written as a spreadsheet (CSV)", () => {
  it("reads the template in public/ with no problems, the same as the curated events it copies", async () => {
    const { episode, messages } = await loadSheet(template, "episode-template.csv");
    expect(messages).toEqual([]);
    expect(episode?.id).toBe("prague-1968-sheet");
    expect(episode?.label).toBe("Czechoslovakia, 1968");
    const invasion = episode?.events.find((event) => event.id === "warsaw-pact-invasion");
    const original = curated.events.find(
      (event: { id: string }) => event.id === "warsaw-pact-invasion",
    );
    expect(invasion?.title).toBe(original.title);
    expect(invasion?.date.text).toBe(original.date);
    expect(invasion?.endDate?.text).toBe(original.endDate);
    expect(invasion?.actors).toEqual(original.actors);
    expect(invasion?.sources).toEqual(original.sources.slice(0, 2));
  });

  it("has a significance column in the template, left blank as in the curated events", async () => {
    expect(template.split("\n")[0]?.split(",")).toContain("significance");
    const { episode } = await loadSheet(template, "episode-template.csv");
    expect(episode?.events).toHaveLength(3);
    expect(episode?.events.some((event) => "significance" in event)).toBe(false);
  });

  it("names the episode after the file when the sheet does not", async () => {
    const { episode, messages } = await loadSheet(
      `${header}\n${row({})}\n`,
      "uploads/Hungary 1956.csv",
    );
    expect(messages).toEqual([]);
    expect(episode).toMatchObject({
      id: "hungary-1956",
      title: "Hungary 1956",
      label: "Hungary 1956",
    });
    expect(episode?.events[0]?.sources).toHaveLength(1);
  });

  it("names the row and column of every bad cell, and keeps the good rows", async () => {
    const text = [
      header,
      row({ id: "good" }),
      row({ id: "bad-date", date: "1968-13-01" }),
      row({
        id: "bad-source",
        source_2_title: "A second source",
        source_2_publisher: "Someone",
        source_2_url: "ftp://example.org",
      }),
      row({ id: "disputed", certainty: "disputed" }),
      row({ id: "good" }),
    ].join("\n");
    const { episode, messages } = await loadSheet(text);
    expect(episode?.events.map((event) => event.id)).toEqual(["good"]);
    expect(messages).toEqual([
      'sheet.csv: row 3, column "date": "1968-13-01" is not a date (month 13)',
      expect.stringMatching(
        /^sheet\.csv: row 4, column "source_2_url": "ftp:\/\/example\.org" is not a web address/,
      ),
      expect.stringMatching(
        /^sheet\.csv: row 5, column "certainty_note": an event whose certainty is "disputed" needs a note/,
      ),
      expect.stringMatching(
        /^sheet\.csv: row 6, column "id": "good" is already the id of events\[0\]/,
      ),
    ]);
  });

  it("reads a significance from 1 to 5, a blank cell leaving it out", async () => {
    const text = [
      header,
      row({ id: "minor", significance: "1" }),
      row({ id: "pivotal", significance: " 5 " }),
      row({ id: "unranked", significance: "" }),
    ].join("\n");
    const { episode, messages } = await loadSheet(text);
    expect(messages).toEqual([]);
    expect(episode?.events.map((event) => [event.id, event.significance])).toEqual([
      ["minor", 1],
      ["pivotal", 5],
      ["unranked", undefined],
    ]);
    expect(episode?.events[2]).not.toHaveProperty("significance");
  });

  it("names the row and column of a significance that is not a whole number from 1 to 5", async () => {
    const text = [
      header,
      row({ id: "zero", significance: "0" }),
      row({ id: "six", significance: "6" }),
      row({ id: "half", significance: "2.5" }),
      row({ id: "word", significance: "high" }),
      row({ id: "good", significance: "3" }),
    ].join("\n");
    const { episode, messages } = await loadSheet(text);
    expect(episode?.events.map((event) => [event.id, event.significance])).toEqual([["good", 3]]);
    const expected = "is not a significance: expected a whole number from 1 (minor) to 5 (pivotal)";
    expect(messages).toEqual([
      `sheet.csv: row 2, column "significance": 0 ${expected}`,
      `sheet.csv: row 3, column "significance": 6 ${expected}`,
      `sheet.csv: row 4, column "significance": 2.5 ${expected}`,
      `sheet.csv: row 5, column "significance": "high" ${expected}`,
    ]);
  });

  it("says which columns are missing or unknown", async () => {
    const { messages } = await loadSheet("id,date,title,colour\nx,1968,T,red\n");
    expect(messages).toContain('sheet.csv: the header row: has no column "summary"');
    expect(
      messages.some((message) =>
        message.startsWith('sheet.csv: column "colour": is not a column Echoes reads'),
      ),
    ).toBe(true);
  });

  it("reads a sheet saved with semicolons between its cells, as spreadsheets in many languages save it", async () => {
    const { episode, messages } = await loadSheet(semicolons, "semicolons.csv");
    expect(messages).toEqual([]);
    expect(episode?.events.map((event) => event.id)).toEqual(["invasion", "formula"]);
    const [invasion, formula] = episode?.events ?? [];
    expect(invasion?.summary).toBe("Troops crossed the borders; the leaders were arrested.");
    expect(invasion?.actors).toEqual(["Soviet Union", "Poland"]);
    expect(invasion?.significance).toBe(5);
    expect(formula?.title).toBe("=SUM(A1:A2)");
  });

  it("keeps commas when the header shows they separate the cells, whatever the cells hold", async () => {
    const { episode, messages } = await loadSheet(
      `${header}\n${row({ summary: "One; two; three." })}\n`,
    );
    expect(messages).toEqual([]);
    expect(episode?.events[0]?.summary).toBe("One; two; three.");
  });

  it("places problems with the whole episode in the rows, cells or file name they come from", async () => {
    const empty = await loadSheet(`${header}\n`);
    expect(empty.messages).toEqual([
      "sheet.csv: the rows below the header: expected at least 1 item, found 0 items",
    ]);
    const badId = await loadSheet(`${header},episode_id\n\n${row({})},Not An Id\n`, "sheet.csv");
    expect(badId.messages).toEqual([
      expect.stringMatching(/^sheet\.csv: row 3, column "episode_id": "Not An Id" is not an id/),
    ]);
    const untitled = await loadSheet(`${header}\n${row({})}\n`, ".csv");
    expect(untitled.messages).toEqual([
      expect.stringMatching(/^\.csv: the file name: /),
      expect.stringMatching(/^\.csv: the file name: /),
    ]);
  });

  it("numbers rows as the sheet does, counting blank rows", async () => {
    const { messages } = await loadSheet(
      [header, row({ id: "good" }), "", ",,,", row({ id: "bad", date: "1968-13-01" })].join("\n"),
    );
    expect(messages).toEqual([
      'sheet.csv: row 5, column "date": "1968-13-01" is not a date (month 13)',
    ]);
  });
});
