import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "../../../tests/support/fixtureReader";
import { detectFileKind } from "./fileKinds";
import { formatProblem } from "./problem";
import { validateCorrections } from "./validateFiles";

type Json = Record<string, any>;

const FILE = "corrections.json";

function fixture(): Json {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, "corrections", FILE), "utf8"));
}

function validated(edit: (data: Json) => void = () => {}) {
  const data = fixture();
  edit(data);
  const { value, problems } = validateCorrections(FILE, data);
  return {
    ids: value?.corrections.map((located) => located.value.id),
    messages: problems.map(formatProblem),
    problems,
  };
}

describe("validateCorrections(file, data)", () => {
  it("keeps every entry of a good file, with its day parsed", () => {
    const data = fixture();
    expect(detectFileKind(data)).toBe("corrections");
    const { value, problems } = validateCorrections(FILE, data);
    expect(problems).toEqual([]);
    expect(value?.corrections.map((located) => located.value.id)).toEqual([
      "invasion-hour",
      "demonstration-crowd",
      "tanks-passage",
    ]);
    expect(value?.corrections[0]?.value.date).toMatchObject({
      text: "2026-11-02",
      precision: "day",
    });
  });

  it("leaves out a broken entry, naming its field, and keeps the others", () => {
    const { ids, messages, problems } = validated((data) => {
      delete data.corrections[1].now;
    });
    expect(ids).toEqual(["invasion-hour", "tanks-passage"]);
    expect(messages).toEqual([
      expect.stringMatching(/^corrections\.json: corrections\[1\]\.now: /),
    ]);
    expect(problems[0]?.dropped).toBe('correction "demonstration-crowd"');
  });

  it("wants the day of a correction, not only its month", () => {
    const { ids, messages } = validated((data) => {
      data.corrections[0].date = "2026-11";
    });
    expect(ids).toEqual(["demonstration-crowd", "tanks-passage"]);
    expect(messages).toEqual([
      'corrections.json: corrections[0].date: "2026-11" is not a day: expected a date written as YYYY-MM-DD',
    ]);
  });

  it("wants at least one source and something the correction touches", () => {
    const { ids, messages } = validated((data) => {
      data.corrections[0].sources = [];
      data.corrections[1].events = [];
    });
    expect(ids).toEqual(["tanks-passage"]);
    expect(messages).toContain(
      "corrections.json: corrections[1].events: expected at least one event, passage or role that the correction touches",
    );
    expect(messages.some((message) => message.includes("corrections[0].sources"))).toBe(true);
  });

  it("keeps the first of two entries with the same id", () => {
    const { ids, messages } = validated((data) => {
      data.corrections[2].id = "invasion-hour";
    });
    expect(ids).toEqual(["invasion-hour", "demonstration-crowd"]);
    expect(messages).toEqual([
      'corrections.json: corrections[2].id: "invasion-hour" is already the id of corrections[0]: expected ids unique in the file',
    ]);
  });

  it("rejects a file without its list", () => {
    const { value, problems } = validateCorrections(FILE, { formatVersion: 1 });
    expect(value).toBeUndefined();
    expect(problems[0]?.dropped).toBe("the whole file");
  });
});
