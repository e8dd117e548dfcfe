import { csvFormatRows } from "d3-dsv";
import { guardCell } from "../data/loading/csvCells";
import { type Draft, listedFiles } from "./draft";
import { isJsonObject, type JsonValue, listOf } from "./jsonPath";

/** The columns in the order of the template in public/, the episode's own fields in the first row. */
export const CSV_ORDER = [
  "episode_id",
  "episode_title",
  "episode_label",
  "episode_summary",
  "id",
  "date",
  "end_date",
  "title",
  "summary",
  "kind",
  "significance",
  "certainty",
  "certainty_note",
  "place",
  "actors",
  "source_title",
  "source_publisher",
  "source_url",
  "source_locator",
] as const;

const SOURCE_FIELDS = ["title", "publisher", "url", "locator"] as const;

/** The event fields a column holds, by the field's name in the file. */
const EVENT_COLUMNS: Record<string, string> = {
  id: "id",
  date: "date",
  endDate: "end_date",
  title: "title",
  summary: "summary",
  kind: "kind",
  significance: "significance",
  place: "place",
};
const EPISODE_FIELDS = ["id", "title", "label", "summary"];
/** Fields a sheet needs no column for: the header every file has. */
const HEADER_FIELDS = new Set(["$schema", "formatVersion"]);

export interface EpisodeCsv {
  /** Beside the episode's file: episodes/x.csv for episodes/x.json. */
  readonly path: string;
  readonly text: string;
  /** The fields a sheet has no column for, by their paths: they are in the zip, not in the CSV. */
  readonly left: readonly string[];
}

/** A value as text: as typed, or anything else as written in JSON. */
function textOf(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** A value as a cell holds it, never a formula. */
const cell = (value: JsonValue | undefined) => guardCell(textOf(value));

const sourceColumn = (index: number, field: string) =>
  index === 0 ? `source_${field}` : `source_${index + 1}_${field}`;

/**
 * An episode file as a spreadsheet in the columns the CSV import reads
 * (csvEpisode.ts), so that the sheet reads back as the same episode; what
 * no column holds (figures, say) is listed in `left`.
 */
export function episodeToCsv(path: string, episode: JsonValue): EpisodeCsv {
  const left: string[] = [];
  const file = isJsonObject(episode) ? episode : {};
  for (const field of Object.keys(file)) {
    if (!HEADER_FIELDS.has(field) && !EPISODE_FIELDS.includes(field) && field !== "events") {
      left.push(field);
    }
  }
  const events = listOf(file.events);
  // The episode's own cells are in the first event's row: with no event, a sheet has nowhere to keep them.
  if (events.length === 0) left.push(...EPISODE_FIELDS.filter((field) => field in file));
  const sourceCount = Math.max(
    1,
    ...events.map((event) => listOf(isJsonObject(event) ? event.sources : undefined).length),
  );
  const columns: string[] = [...CSV_ORDER];
  for (let index = 1; index < sourceCount; index += 1) {
    columns.push(...SOURCE_FIELDS.map((field) => sourceColumn(index, field)));
  }
  const rows = events.map((item, index) => {
    const event = isJsonObject(item) ? item : {};
    const cells: Record<string, string> = {};
    for (const [field, value] of Object.entries(event)) {
      const column = EVENT_COLUMNS[field];
      if (column !== undefined) cells[column] = cell(value);
      else if (!["certainty", "actors", "sources"].includes(field)) {
        left.push(`events[${index}].${field}`);
      }
    }
    const certainty = isJsonObject(event.certainty) ? event.certainty : {};
    cells.certainty = cell(certainty.level);
    cells.certainty_note = cell(certainty.note);
    const actors = listOf(event.actors).map(textOf);
    actors.forEach((actor, at) => {
      if (actor.includes(";")) left.push(`events[${index}].actors[${at}]`);
    });
    cells.actors = guardCell(actors.join("; "));
    listOf(event.sources).forEach((source, at) => {
      const fields = isJsonObject(source) ? source : {};
      for (const field of SOURCE_FIELDS) cells[sourceColumn(at, field)] = cell(fields[field]);
    });
    if (index === 0) {
      for (const field of EPISODE_FIELDS) cells[`episode_${field}`] = cell(file[field]);
    }
    return columns.map((column) => cells[column] ?? "");
  });
  return {
    path: path.replace(/\.json$/i, ".csv"),
    text: `${csvFormatRows([columns, ...rows])}\n`,
    left,
  };
}

/** One sheet per episode of the draft, in the manifest's order. */
export function draftToCsvFiles(draft: Draft): EpisodeCsv[] {
  return listedFiles(draft, "episode")
    .filter((path) => Object.hasOwn(draft.files, path))
    .map((path) => episodeToCsv(path, draft.files[path] ?? null));
}
