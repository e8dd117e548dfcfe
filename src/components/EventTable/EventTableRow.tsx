import { memo } from "react";
import { formatHistoricalSpan } from "../../data/format/formatHistoricalDate";
import { writtenIn } from "../../i18n/languages";
import { currentLocale } from "../../i18n/locale";
import { TABLE_TEXT } from "../../i18n/table";
import { CERTAINTY_LABELS, KIND_LABELS } from "../../i18n/vocabulary";
import { useEchoesActions } from "../../store/EchoesProvider";
import type { EventRow } from "../../table/eventRows";
import { SourceList } from "../SourceLink/SourceLink";

export interface EventTableRowProps {
  /** The language of the collection's text, for the cells that show it. */
  readonly contentLanguage?: string;
  readonly row: EventRow;
  /** Its place among the rows shown, from 0: the virtualizer reads it back from data-index. */
  readonly index: number;
  readonly selected: boolean;
  /** Measures the row when drawn and when it changes size: its text wraps. */
  readonly measure: (element: HTMLTableRowElement | null) => void;
}

/**
 * One event of the table of events. aria-rowindex counts the header row as 1,
 * so that a screen reader tells where a row is among all, drawn or not.
 */
export const EventTableRow = memo(function EventTableRow({
  row: { ref, episode, event },
  index,
  selected,
  measure,
  contentLanguage,
}: EventTableRowProps) {
  const { selectEvent, setPage } = useEchoesActions();
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      className={selected ? "is-selected" : undefined}
      aria-current={selected ? "true" : undefined}
    >
      <td data-label={TABLE_TEXT.columns.episode} {...writtenIn(contentLanguage)}>
        {episode.label}
      </td>
      <td data-label={TABLE_TEXT.columns.date}>
        <time dateTime={event.date.text}>
          {formatHistoricalSpan(event.date, event.endDate, currentLocale())}
        </time>
      </td>
      <th scope="row">
        <button
          type="button"
          className="echoes-link-button echoes-event-table__select"
          aria-pressed={selected}
          onClick={() => selectEvent(selected ? undefined : ref)}
          {...writtenIn(contentLanguage)}
        >
          {event.title}
        </button>
        {selected ? (
          <button
            type="button"
            className="echoes-button echoes-event-table__show"
            onClick={() => setPage("timeline")}
          >
            {TABLE_TEXT.showOnTimeline}
          </button>
        ) : null}
      </th>
      <td data-label={TABLE_TEXT.columns.kind}>{KIND_LABELS[event.kind]}</td>
      <td data-label={TABLE_TEXT.columns.certainty}>
        <span className={`echoes-tag echoes-tag--${event.certainty.level}`}>
          {CERTAINTY_LABELS[event.certainty.level]}
        </span>
        {event.certainty.note ? (
          <span className="echoes-event-table__note" {...writtenIn(contentLanguage)}>
            {event.certainty.note}
          </span>
        ) : null}
      </td>
      <td data-label={TABLE_TEXT.columns.sources}>
        <SourceList sources={event.sources} className="echoes-event-table__sources" />
      </td>
    </tr>
  );
});
