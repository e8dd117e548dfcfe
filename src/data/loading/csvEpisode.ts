import { csvParseRows, dsvFormat } from "d3-dsv";
import { FORMAT_VERSION } from "../format/vocabulary";
import { unguardCell } from "./csvCells";

/**
 * An episode written as a spreadsheet: one row per event, saved as CSV. The
 * columns are read into the JSON format (data/README.md) and validated like
 * any episode file; every problem names its row and column.
 */
export const CSV_COLUMNS = {
  required: [
    "id",
    "date",
    "title",
    "summary",
    "kind",
    "certainty",
    "source_title",
    "source_publisher",
    "source_url",
  ],
  optional: [
    "end_date",
    "significance",
    "certainty_note",
    "place",
    "actors",
    "source_locator",
    "episode_id",
    "episode_title",
    "episode_label",
    "episode_summary",
  ],
} as const;

/** Further sources: source_2_title, source_2_publisher, source_2_url, source_2_locator, and so on. */
const EXTRA_SOURCE = /^source_(\d+)_(title|publisher|url|locator)$/;
const KNOWN = new Set<string>([...CSV_COLUMNS.required, ...CSV_COLUMNS.optional]);

export interface CsvProblem {
  readonly where: string;
  readonly message: string;
}

export interface CsvEpisode {
  /** The episode as JSON data, to be validated as an episode file. */
  readonly data: unknown;
  /** Problems with the sheet itself: missing or unknown columns. */
  readonly problems: readonly CsvProblem[];
  /** Turns a JSON path found by validation into the row and column it came from. */
  readonly locate: (path: string) => string;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/\.csv$/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "") || "episode";

const sourceColumn = (index: number, field: string) =>
  index === 0 ? `source_${field}` : `source_${index + 1}_${field}`;

const FIELD_COLUMNS: Record<string, string> = {
  endDate: "end_date",
  significance: "significance",
  certainty: "certainty",
  actors: "actors",
};

/**
 * A significance cell as a number when it is written as one ("3", "2.5"), so
 * that validation says what is wrong with it; other text ("high", "3,0") is
 * passed on as written, for validation to reject.
 */
function significanceOf(cell: string | undefined): number | string | undefined {
  return cell !== undefined && /^[+-]?\d+(?:\.\d+)?$/.test(cell) ? Number(cell) : cell;
}

/** One event's row: its cells by column, and its number in the sheet (the header is row 1). */
interface SheetRow {
  readonly number: number;
  readonly cells: Record<string, string | undefined>;
}

/** The episode's own fields, read from the first row's episode_* cells or else made from the file name. */
const EPISODE_FIELDS = new Set(["id", "title", "label", "summary"]);

/**
 * Turns a JSON path found by validation into the place in the sheet it came
 * from: "events[3].sources[1].url" → 'row 5, column "source_2_url"'. The
 * episode's own fields are in the first row, or else in the file's name.
 */
function locateIn(path: string, rows: readonly SheetRow[]): string {
  const match = /^events\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?(?:\.(\w+))?)?/.exec(path);
  if (!match) {
    const field = /^(\w+)/.exec(path)?.[1] ?? "";
    if (field === "events") return "the rows below the header";
    if (!EPISODE_FIELDS.has(field)) return "the file";
    const column = `episode_${field}`;
    const first = rows[0];
    return first?.cells[column]?.trim()
      ? `row ${first.number}, column "${column}"`
      : "the file name";
  }
  const [, rowIndex = "0", field, index, subfield] = match;
  const row = `row ${rows[Number(rowIndex)]?.number ?? Number(rowIndex) + 2}`;
  if (!field) return row;
  let column = FIELD_COLUMNS[field] ?? field;
  if (field === "sources") {
    column = subfield ? sourceColumn(Number(index ?? 0), subfield) : "source_title";
  } else if (field === "certainty" && subfield === "note") {
    column = "certainty_note";
  }
  return `${row}, column "${column}"`;
}

const knownColumns = (header: readonly string[]) =>
  header.filter((column) => KNOWN.has(column.trim())).length;

/**
 * The rows of the sheet, as arrays. Spreadsheets set to a language that
 * writes decimals with a comma save CSV with semicolons between the cells:
 * the header row tells which, by which separator splits it into more of the
 * columns Echoes reads.
 */
function parseRows(text: string): string[][] {
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  const semicolons = dsvFormat(";");
  const bySemicolon = semicolons.parseRows(headerLine)[0] ?? [];
  const byComma = csvParseRows(headerLine)[0] ?? [];
  // Rows as arrays: d3-dsv's csvParse builds its row objects with eval, which the page's policy forbids.
  return knownColumns(bySemicolon) > knownColumns(byComma)
    ? semicolons.parseRows(text)
    : csvParseRows(text);
}

/** Reads an episode from the text of a CSV file named fileName. */
export function csvToEpisode(fileName: string, text: string): CsvEpisode {
  const [header = [], ...cells] = parseRows(text);
  const columns = header.map((column) => column.trim());
  const rows: SheetRow[] = cells.flatMap((row, index) =>
    row.some((value) => value.trim() !== "")
      ? [
          {
            number: index + 2,
            cells: Object.fromEntries(columns.map((column, at) => [column, row[at]])),
          },
        ]
      : [],
  );
  const problems: CsvProblem[] = [];
  for (const column of CSV_COLUMNS.required) {
    if (!columns.includes(column)) {
      problems.push({ where: "the header row", message: `has no column "${column}"` });
    }
  }
  for (const column of columns) {
    if (!KNOWN.has(column) && !EXTRA_SOURCE.test(column)) {
      problems.push({
        where: `column "${column}"`,
        message: `is not a column Echoes reads: expected ${CSV_COLUMNS.required.join(", ")} and optionally ${CSV_COLUMNS.optional.join(", ")}, source_2_title…`,
      });
    }
  }
  const cell = (row: Record<string, string | undefined>, column: string) => {
    const value = row[column]?.trim();
    return value ? unguardCell(value) : undefined;
  };
  const extraSources = [
    ...new Set(columns.map((column) => Number(EXTRA_SOURCE.exec(column)?.[1])).filter(Boolean)),
  ].sort((a, b) => a - b);

  const events = rows.map(({ cells: row }) => {
    const sources = [1, ...extraSources].flatMap((number) => {
      const field = (name: string) => cell(row, sourceColumn(number - 1, name));
      const source = {
        title: field("title"),
        publisher: field("publisher"),
        url: field("url"),
        locator: field("locator"),
      };
      return number === 1 || source.title || source.publisher || source.url ? [source] : [];
    });
    const note = cell(row, "certainty_note");
    const actors = cell(row, "actors")
      ?.split(";")
      .map((actor) => actor.trim())
      .filter(Boolean);
    return {
      id: cell(row, "id"),
      date: cell(row, "date"),
      endDate: cell(row, "end_date"),
      title: cell(row, "title"),
      summary: cell(row, "summary"),
      kind: cell(row, "kind"),
      significance: significanceOf(cell(row, "significance")),
      place: cell(row, "place"),
      actors,
      certainty: { level: cell(row, "certainty"), note },
      sources,
    };
  });

  const first = rows[0]?.cells ?? {};
  const name = fileName.split("/").pop() ?? fileName;
  const data = {
    formatVersion: FORMAT_VERSION,
    id: cell(first, "episode_id") ?? slug(name),
    title: cell(first, "episode_title") ?? name.replace(/\.csv$/i, ""),
    label: cell(first, "episode_label") ?? name.replace(/\.csv$/i, ""),
    summary: cell(first, "episode_summary") ?? `Imported from the spreadsheet ${name}.`,
    events,
  };
  // Empty cells are left out, as an author leaves out an optional field.
  return {
    data: JSON.parse(JSON.stringify(data)),
    problems,
    locate: (path) => locateIn(path, rows),
  };
}
