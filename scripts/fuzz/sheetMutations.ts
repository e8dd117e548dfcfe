// Episodes written as spreadsheets (CSV), added to the manifest with odd, broken or malformed cells.
import { csvFormatRows, csvParseRows, dsvFormat } from "d3-dsv";
import type { FileContent } from "./draft";
import { type Expectation, findObjectFile, type Mutation } from "./mutation";
import type { Random } from "./random";
import { HOSTILE_CHARACTERS } from "./valueMutations";

/** The sheet's rows, the header first, with its cells by row number and column name. */
interface Sheet {
  readonly rows: string[][];
  readonly column: (name: string) => number;
  readonly get: (row: number, column: string) => string;
  readonly set: (row: number, column: string, value: string) => void;
}

type Variant = readonly [name: string, write: (sheet: Sheet, random: Random) => FileContent];

const written = (sheet: Sheet) => csvFormatRows(sheet.rows);

const VALID: readonly Variant[] = [
  ["as written", written],
  ["lines ended by CRLF", (sheet) => written(sheet).replaceAll("\n", "\r\n")],
  ["a byte order mark", (sheet) => `\uFEFF${written(sheet)}`],
  ["semicolons between cells", (sheet) => dsvFormat(";").formatRows(sheet.rows)],
  [
    "quotes, commas and newlines in a cell",
    (sheet) => {
      sheet.set(1, "summary", 'He said "no", then\nleft; again, "no".');
      return written(sheet);
    },
  ],
  [
    "cells that look like formulas",
    (sheet) => {
      sheet.set(1, "title", '=HYPERLINK("https://example.org","click")');
      sheet.set(1, "place", "+1-2");
      sheet.set(1, "actors", "@SUM(A1)");
      return written(sheet);
    },
  ],
  [
    "control and bidi characters in a title",
    (sheet, random) => {
      const title = sheet.get(1, "title");
      const at = random.below(title.length + 1);
      sheet.set(
        1,
        "title",
        `${title.slice(0, at)}${random.pick(HOSTILE_CHARACTERS)}${title.slice(at)}`,
      );
      return written(sheet);
    },
  ],
  [
    "blank rows between events",
    (sheet) => {
      const [header = [], ...rows] = sheet.rows;
      const blank = header.map(() => "");
      return csvFormatRows([header, ...rows.flatMap((row) => [blank, row, []])]);
    },
  ],
  [
    "a summary of 100,000 characters",
    (sheet) => {
      sheet.set(1, "summary", "long ".repeat(20_000));
      return written(sheet);
    },
  ],
];

const INVALID: readonly Variant[] = [
  [
    "a date that does not exist",
    (sheet) => {
      sheet.set(1, "date", "2023-02-30");
      return written(sheet);
    },
  ],
  [
    "an end date before the date",
    (sheet) => {
      sheet.set(1, "date", "1970-01-02");
      sheet.set(1, "end_date", "1970-01-01");
      return written(sheet);
    },
  ],
  [
    "a kind that is not a kind",
    (sheet) => {
      sheet.set(2, "kind", "nonsense");
      return written(sheet);
    },
  ],
  [
    "no date column",
    (sheet) => {
      const date = sheet.column("date");
      return csvFormatRows(sheet.rows.map((row) => row.filter((_, index) => index !== date)));
    },
  ],
  [
    "a significance in words",
    (sheet) => {
      sheet.set(1, "significance", "high");
      return written(sheet);
    },
  ],
  [
    "an id with spaces",
    (sheet) => {
      sheet.set(3, "id", "Bad Id");
      return written(sheet);
    },
  ],
  [
    "a certainty that is not a level",
    (sheet) => {
      sheet.set(1, "certainty", "maybe");
      return written(sheet);
    },
  ],
  [
    "a source that is not a web address",
    (sheet) => {
      sheet.set(2, "source_url", "not a url");
      return written(sheet);
    },
  ],
  [
    "an empty title",
    (sheet) => {
      sheet.set(1, "title", "");
      return written(sheet);
    },
  ],
  ["only the header row", (sheet) => csvFormatRows(sheet.rows.slice(0, 1))],
];

const MALFORMED: readonly Variant[] = [
  [
    "an unbalanced quote",
    (sheet, random) => {
      const text = written(sheet);
      const commas = [...text.matchAll(/,/g)].map((match) => match.index);
      const at = (commas.length > 0 ? random.pick(commas) : 0) + 1;
      return `${text.slice(0, at)}"${text.slice(at)}`;
    },
  ],
  [
    "more cells than columns",
    (sheet) => {
      sheet.rows[1]?.push("extra", "cells");
      return written(sheet);
    },
  ],
  [
    "a column twice",
    (sheet) => {
      const title = sheet.column("title");
      return csvFormatRows(sheet.rows.map((row) => [...row, row[title] ?? ""]));
    },
  ],
  [
    "NUL bytes in a cell",
    (sheet) => {
      sheet.set(1, "summary", "before\u0000\u0000after");
      return written(sheet);
    },
  ],
  [
    "cut short",
    (sheet, random) => {
      const text = written(sheet);
      return text.slice(0, random.below(text.length));
    },
  ],
  [
    "bytes that are not UTF-8",
    (sheet, random) => {
      const bytes = Array.from(new TextEncoder().encode(written(sheet)));
      for (let count = 0; count < 3; count += 1) {
        bytes.splice(random.below(bytes.length + 1), 0, random.pick([0xff, 0xc3, 0xed, 0xa0]));
      }
      return Uint8Array.from(bytes);
    },
  ],
];

function readSheet(template: string, episodeId: string): Sheet {
  const rows = csvParseRows(template);
  const column = (name: string) => rows[0]?.indexOf(name) ?? -1;
  const sheet: Sheet = {
    rows,
    column,
    get: (row, name) => rows[row]?.[column(name)] ?? "",
    set: (row, name, value) => {
      const cells = rows[row];
      if (cells && column(name) >= 0) cells[column(name)] = value;
    },
  };
  sheet.set(1, "episode_id", episodeId);
  return sheet;
}

function sheetMutation(name: string, expect: Expectation, variants: readonly Variant[]): Mutation {
  return {
    name,
    expect,
    apply: (draft, random) => {
      const manifest = findObjectFile(draft, random, "collection");
      if (!manifest || !Array.isArray(manifest.root.episodes)) return undefined;
      const id = `fuzz-sheet-${draft.serial++}`;
      const file = `episodes/${id}.csv`;
      const [variant, write] = random.pick(variants);
      draft.raw.set(file, write(readSheet(draft.sheetTemplate, id), random));
      draft.kinds.set(file, "episode");
      manifest.root.episodes.push(file);
      draft.touched.add(manifest.file).add(file);
      return `${file}, ${variant}`;
    },
  };
}

export const SHEET_MUTATIONS: readonly Mutation[] = [
  sheetMutation("spreadsheet episode, odd but valid", "valid", VALID),
  sheetMutation("spreadsheet episode, with a broken cell", "invalid", INVALID),
  sheetMutation("spreadsheet episode, malformed", "either", MALFORMED),
];
