import { CERTAINTY_LEVELS, EVENT_KINDS } from "../../data/format/vocabulary";
import { type EventGridColumn, STUDIO_EVENTS_TEXT as TEXT } from "../../i18n/studioEvents";
import { CERTAINTY_LABELS, KIND_LABELS } from "../../i18n/vocabulary";
import type { FieldChoice } from "./StudioField";

export interface GridColumn {
  readonly key: EventGridColumn;
  /** The field's path inside an event. */
  readonly field: string;
  readonly as?: "select";
  readonly type?: "url";
  readonly optional?: boolean;
  readonly choices?: readonly FieldChoice[];
  /** Lives in the event's first source, which an empty paste does not create. */
  readonly inSource?: boolean;
}

/** The event grid's columns, left to right, as a spreadsheet pasted into it lays its cells out. */
export const COLUMNS: readonly GridColumn[] = [
  { key: "id", field: "id" },
  { key: "date", field: "date" },
  { key: "endDate", field: "endDate", optional: true },
  { key: "title", field: "title" },
  { key: "summary", field: "summary" },
  {
    key: "kind",
    field: "kind",
    as: "select",
    choices: [
      { value: "", label: TEXT.chooseKind },
      ...EVENT_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
    ],
  },
  {
    key: "certainty",
    field: "certainty.level",
    as: "select",
    choices: CERTAINTY_LEVELS.map((level) => ({ value: level, label: CERTAINTY_LABELS[level] })),
  },
  { key: "place", field: "place", optional: true },
  // As a spreadsheet of an episode orders them (source_title, source_publisher, source_url).
  { key: "sourceTitle", field: "sources[0].title", inSource: true },
  { key: "sourcePublisher", field: "sources[0].publisher", inSource: true },
  { key: "sourceUrl", field: "sources[0].url", type: "url", inSource: true },
];

export const FIRST_COLUMN = COLUMNS[0] as GridColumn;

export const eventPath = (row: number) => `events[${row}]`;
export const cellPath = (row: number, column: GridColumn) => `${eventPath(row)}.${column.field}`;
