import { type Collection, toEventRef } from "../../data/format/collection";
import { formatHistoricalSpan } from "../../data/format/formatHistoricalDate";
import { currentLocale } from "../../i18n/locale";
import { PRINT_TEXT } from "../../i18n/print";
import { KIND_LABELS } from "../../i18n/vocabulary";
import { titleAndSite } from "./printedSource";

export interface PrintTableProps {
  readonly collection: Collection;
  /** The events in view, drawn or listed as folded. */
  readonly refs: ReadonlySet<string>;
}

/** On paper, after the timeline: the events in view with their dates and sources, so that a handout can be checked. */
export function PrintTable({ collection, refs }: PrintTableProps) {
  const rows = collection.episodes.flatMap((episode) =>
    episode.events
      .filter((event) => refs.has(toEventRef(episode.id, event.id)))
      .map((event) => ({ episode, event })),
  );
  return (
    <table className="echoes-print-table">
      <caption>{PRINT_TEXT.caption(rows.length)}</caption>
      <thead>
        <tr>
          <th scope="col">{PRINT_TEXT.columns.episode}</th>
          <th scope="col">{PRINT_TEXT.columns.date}</th>
          <th scope="col">{PRINT_TEXT.columns.event}</th>
          <th scope="col">{PRINT_TEXT.columns.sources}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ episode, event }) => (
          <tr key={toEventRef(episode.id, event.id)}>
            <td>{episode.label}</td>
            <td>{formatHistoricalSpan(event.date, event.endDate, currentLocale())}</td>
            <td>
              {event.title}{" "}
              <span className="echoes-print-table__kind">
                {PRINT_TEXT.kind(KIND_LABELS[event.kind])}
              </span>
            </td>
            <td>{event.sources.map(titleAndSite).join("; ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
