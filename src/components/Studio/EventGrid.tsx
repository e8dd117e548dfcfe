import {
  type ClipboardEvent,
  Fragment,
  type KeyboardEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { STUDIO_EVENTS_TEXT as TEXT } from "../../i18n/studioEvents";
import { problemsAt } from "../../studio/checkDraft";
import { addEvent, getField, moveEvent, removeEvent } from "../../studio/draft";
import { isJsonObject, listOf } from "../../studio/jsonPath";
import { getDetailPaths } from "./detailPaths";
import { EventDetails } from "./EventDetails";
import type { EditorProps } from "./editorProps";
import { COLUMNS, cellPath, eventPath, FIRST_COLUMN } from "./eventGridColumns";
import { fieldId } from "./fieldId";
import { newEventId, pasteRows, toPastedRows } from "./gridPaste";
import { getRowAfterKey, movedIndex, reindex, removedIndex } from "./gridRows";
import { textOr } from "./jsonValues";
import { ListProblems } from "./ListProblems";
import { StudioField } from "./StudioField";
import "./eventGrid.css";

export interface EventGridProps extends EditorProps {
  /** The episode file whose events the grid edits, as the manifest names it. */
  readonly file: string;
}

const actionId = (file: string, row: number, action: "details" | "up" | "down" | "remove") =>
  `${fieldId(file, eventPath(row))}-${action}`;

/**
 * The events of an episode as a spreadsheet: one row an event, one cell a field, each with its
 * problems beside it in the loader's words; what has no column is in the row's details.
 */
export function EventGrid(props: EventGridProps) {
  const { draft, problems, onEdit, readOnly, file } = props;
  const keysId = useId();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  // An element to focus once the edit that makes it has been drawn.
  const focusNext = useRef<string | undefined>(undefined);
  useEffect(() => {
    const id = focusNext.current;
    const element = id === undefined ? null : document.getElementById(id);
    if (element) {
      focusNext.current = undefined;
      element.focus();
    }
  });

  const events = listOf(getField(draft, file, "events"));
  const episode = textOr(getField(draft, file, "label"), file);

  const addRow = () => {
    focusNext.current = fieldId(file, cellPath(events.length, FIRST_COLUMN));
    onEdit(addEvent(draft, file, { id: newEventId(draft, file) }));
  };

  const move = (from: number, to: number) => {
    if (to < 0 || to >= events.length) return;
    const last = events.length - 1;
    // Focus follows the event, on a button that can move it on.
    const onward = to < from ? (to === 0 ? "down" : "up") : to === last ? "up" : "down";
    focusNext.current = actionId(file, to, onward);
    setOpen((rows) => reindex(rows, (row) => movedIndex(row, from, to)));
    onEdit(moveEvent(draft, file, from, to));
  };

  const remove = (row: number) => {
    const left = events.length - 1;
    focusNext.current =
      left === 0 ? `${keysId}-add` : actionId(file, Math.min(row, left - 1), "remove");
    setOpen((rows) => reindex(rows, (at) => removedIndex(at, row)));
    onEdit(removeEvent(draft, file, row));
  };

  /** The cell a keyboard or clipboard event happened in, as row and column indexes. */
  const cellOf = (target: EventTarget) => {
    const cell = (target as HTMLElement).closest<HTMLElement>("[data-column]");
    return cell
      ? { row: Number(cell.dataset.row), column: Number(cell.dataset.column) }
      : undefined;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const cell = cellOf(event.target);
    const modified = event.altKey || event.ctrlKey || event.metaKey || event.shiftKey;
    if (!cell || modified || event.nativeEvent.isComposing) return;
    const column = COLUMNS[cell.column] ?? FIRST_COLUMN;
    const to = getRowAfterKey(event.key, cell.row);
    if (to === undefined) return;
    event.preventDefault();
    if (to >= 0 && to < events.length) {
      document.getElementById(fieldId(file, cellPath(to, column)))?.focus();
    } else if (event.key === "Enter" && to === events.length && !readOnly) {
      addRow();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTableSectionElement>) => {
    const cell = cellOf(event.target);
    if (!cell || readOnly) return;
    const rows = toPastedRows(event.clipboardData.getData("text/plain"));
    if (rows === undefined) return;
    event.preventDefault();
    onEdit(pasteRows(draft, file, cell.row, cell.column, rows));
  };

  return (
    <div className="echoes-event-grid">
      <p id={keysId} className="echoes-event-grid__keys">
        {readOnly ? TEXT.readOnlyKeys : TEXT.keys}
      </p>
      <ListProblems problems={problems} file={file} path="events" />
      <div className="echoes-event-grid__scroll">
        {/* A table of labelled inputs rather than role="grid": screen readers keep their table commands and announce each input as a form field, which a grid's roving focus would hide. */}
        <table className="echoes-event-grid__table" aria-describedby={keysId}>
          <caption>{TEXT.caption(episode, events.length)}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={`echoes-event-grid__head--${column.key}`}
                >
                  {TEXT.columns[column.key]}
                </th>
              ))}
              <th scope="col">{TEXT.actions}</th>
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown} onPaste={onPaste}>
            {events.map((event, row) => {
              const fields = isJsonObject(event) ? event : undefined;
              const name = TEXT.eventName(row + 1, textOr(fields?.title, ""));
              const base = eventPath(row);
              const gridPaths = new Set(COLUMNS.map((column) => cellPath(row, column)));
              const hidden = problemsAt(problems, file, base).filter(
                (problem) => !problem.note && !gridPaths.has(problem.path),
              );
              const inDetails = new Set(getDetailPaths(event, base));
              const isOpen = open.has(row);
              const detailsId = `${fieldId(file, base)}-panel`;
              const toggle = () =>
                setOpen((rows) =>
                  isOpen
                    ? reindex(rows, (at) => (at === row ? undefined : at))
                    : new Set([...rows, row]),
                );
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: an event's id may be blank or repeated while it is typed; its place is what the grid edits
                <Fragment key={row}>
                  <tr className={hidden.length > 0 ? "has-problems" : undefined}>
                    {COLUMNS.map((column, index) => {
                      const Cell = index === 0 ? "th" : "td";
                      return (
                        <Cell
                          key={column.key}
                          scope={index === 0 ? "row" : undefined}
                          data-row={row}
                          data-column={index}
                          className={`echoes-event-grid__cell echoes-event-grid__cell--${column.key}`}
                        >
                          <StudioField
                            {...props}
                            readOnly={readOnly || fields === undefined}
                            path={cellPath(row, column)}
                            label={TEXT.cell(TEXT.columns[column.key], name)}
                            as={column.as}
                            type={column.type}
                            choices={column.choices}
                            optional={column.optional}
                          />
                        </Cell>
                      );
                    })}
                    <td className="echoes-event-grid__actions">
                      <button
                        type="button"
                        id={actionId(file, row, "details")}
                        className="echoes-icon-button echoes-event-grid__toggle"
                        aria-expanded={isOpen}
                        aria-controls={detailsId}
                        aria-label={TEXT.detailsOf(name, hidden.length)}
                        onClick={toggle}
                      >
                        <span aria-hidden="true">{isOpen ? "▾" : "▸"}</span> {TEXT.details}
                        {hidden.length > 0 ? (
                          <span className="echoes-event-grid__count">{hidden.length}</span>
                        ) : null}
                      </button>
                      {readOnly ? null : (
                        <>
                          <button
                            type="button"
                            id={actionId(file, row, "up")}
                            className="echoes-icon-button"
                            aria-label={TEXT.moveUp(name)}
                            aria-disabled={row === 0 ? true : undefined}
                            onClick={() => move(row, row - 1)}
                          >
                            ↑
                          </button>
                          <button
                            type="button"
                            id={actionId(file, row, "down")}
                            className="echoes-icon-button"
                            aria-label={TEXT.moveDown(name)}
                            aria-disabled={row === events.length - 1 ? true : undefined}
                            onClick={() => move(row, row + 1)}
                          >
                            ↓
                          </button>
                          <button
                            type="button"
                            id={actionId(file, row, "remove")}
                            className="echoes-icon-button echoes-event-grid__remove"
                            aria-label={TEXT.remove(name)}
                            onClick={() => remove(row)}
                          >
                            ×
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                  {isOpen ? (
                    <tr className="echoes-event-grid__details-row">
                      <td id={detailsId} colSpan={COLUMNS.length + 1}>
                        <EventDetails
                          {...props}
                          readOnly={readOnly || fields === undefined}
                          path={base}
                          name={name}
                          other={hidden.filter((problem) => !inDetails.has(problem.path))}
                        />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {events.length === 0 ? <p className="echoes-event-grid__empty">{TEXT.noEvents}</p> : null}
      {readOnly ? null : (
        <button type="button" id={`${keysId}-add`} className="echoes-button" onClick={addRow}>
          {TEXT.addEvent}
        </button>
      )}
    </div>
  );
}
