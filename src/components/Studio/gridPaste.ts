import { tsvParseRows } from "d3-dsv";
import { addEvent, type Draft, getField, setField } from "../../studio/draft";
import { isJsonObject, type JsonValue, listOf } from "../../studio/jsonPath";
import { COLUMNS, cellPath, eventPath, type GridColumn } from "./eventGridColumns";

const eventsOf = (draft: Draft, file: string) => listOf(getField(draft, file, "events"));

/** "event-N" for the Nth event, or the next number no event of the episode has taken. */
export function newEventId(draft: Draft, file: string): string {
  const events = eventsOf(draft, file);
  const taken = new Set(events.map((event) => (isJsonObject(event) ? event.id : undefined)));
  let number = events.length + 1;
  while (taken.has(`event-${number}`)) number += 1;
  return `event-${number}`;
}

/**
 * Pasted text as a spreadsheet's rows of cells, or undefined for a single value, which pastes as
 * the browser pastes it: only rows or cells fill the grid.
 */
export function toPastedRows(text: string): string[][] | undefined {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "");
  return /[\t\n]/.test(lines) ? tsvParseRows(lines) : undefined;
}

/** A pasted cell as its field keeps it: a kind or certainty may be pasted by its label. */
export function toPastedValue(column: GridColumn, text: string): JsonValue | undefined {
  const wanted = text.trim().toLowerCase();
  const choice = column.choices?.find(
    (option) =>
      option.value !== "" && (option.value === wanted || option.label.toLowerCase() === wanted),
  );
  if (choice) return choice.value;
  return column.optional && text.trim() === "" ? undefined : text;
}

/** Fills cells from a spreadsheet's rows, from one cell rightwards and downwards, adding events as needed. */
export function pasteRows(
  draft: Draft,
  file: string,
  startRow: number,
  startColumn: number,
  rows: readonly string[][],
): Draft {
  let next = draft;
  rows.forEach((cells, offset) => {
    const row = startRow + offset;
    if (row >= eventsOf(next, file).length) {
      next = addEvent(next, file, { id: newEventId(next, file) });
    }
    if (!isJsonObject(getField(next, file, eventPath(row)))) return;
    cells.forEach((text, index) => {
      const column = COLUMNS[startColumn + index];
      if (column === undefined) return;
      const value = toPastedValue(column, text);
      const noSource = getField(next, file, `${eventPath(row)}.sources[0]`) === undefined;
      if (column.inSource && text === "" && noSource) return;
      next = setField(next, file, cellPath(row, column), value);
    });
  });
  return next;
}
