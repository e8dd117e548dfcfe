import "./eventTable.css";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { formatHistoricalSpan } from "../../data/format/formatHistoricalDate";
import { LOCALE } from "../../i18n/locale";
import { TABLE_TEXT } from "../../i18n/table";
import { CERTAINTY_LABELS, KIND_LABELS } from "../../i18n/vocabulary";
import type { DrawnCollection } from "../../store/drawnCollection";
import { useEchoes, useEchoesActions } from "../../store/EchoesProvider";
import { selectHiddenEpisodes, selectHiddenKinds, selectSelectedRef } from "../../store/selectors";
import { eventRows, SORT_KEYS, type SortKey, type SortOrder } from "../../table/eventRows";
import { SourceList } from "../SourceLink/SourceLink";
import { TimelineFilters } from "../Timeline/TimelineFilters";
import { useEpisodesInView } from "../Timeline/useEpisodesInView";

export interface EventTableProps {
  readonly collection: DrawnCollection;
}

const kindLabel = (kind: keyof typeof KIND_LABELS) => KIND_LABELS[kind];

/**
 * Every event as a sortable, searchable table: what the timeline shows, for
 * readers who use a screen reader, the keyboard, or prefer text. It shares the
 * timeline's filters and selection.
 */
export function EventTable({ collection }: EventTableProps) {
  const hiddenKinds = useEchoes(selectHiddenKinds);
  const hiddenEpisodes = useEchoes(selectHiddenEpisodes);
  const selectedRef = useEchoes(selectSelectedRef);
  const { selectEvent, setPage } = useEchoesActions();
  const [sort, setSort] = useState<SortOrder>({ key: "episode", descending: false });
  const [query, setQuery] = useState("");
  const searchId = useId();
  const hintId = useId();
  const selectedRow = useRef<HTMLTableRowElement>(null);

  const { ordered, kinds } = useEpisodesInView(collection.episodes);
  const rows = useMemo(
    () => eventRows(ordered, { hiddenKinds, hiddenEpisodes, query }, sort, kindLabel, LOCALE),
    [ordered, hiddenKinds, hiddenEpisodes, query, sort],
  );
  const total = collection.episodes.reduce((sum, episode) => sum + episode.events.length, 0);

  // The event selected on the timeline is where the reader left off: show its row.
  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: "center" });
  }, []);

  const sortBy = (key: SortKey) =>
    setSort((current) => ({
      key,
      descending: current.key === key ? !current.descending : false,
    }));

  return (
    <section className="echoes-table-view" aria-labelledby="echoes-events-table">
      <h2 id="echoes-events-table" className="echoes-section-heading" tabIndex={-1}>
        {TABLE_TEXT.heading}
      </h2>
      <p className="echoes-table-view__intro">{TABLE_TEXT.intro}</p>
      <div className="echoes-table-view__tools">
        <div className="echoes-table-view__search">
          <label htmlFor={searchId}>{TABLE_TEXT.search}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            aria-describedby={hintId}
            onChange={(event) => setQuery(event.target.value)}
          />
          <span id={hintId} className="echoes-table-view__hint">
            {TABLE_TEXT.searchHint}
          </span>
        </div>
        <TimelineFilters episodes={ordered} kinds={kinds} />
      </div>
      <div className="echoes-table-view__scroll">
        <table className="echoes-event-table">
          <caption aria-live="polite">{TABLE_TEXT.caption(rows.length, total)}</caption>
          <thead>
            <tr>
              {SORT_KEYS.map((key) => {
                const sorted = sort.key === key;
                return (
                  <th
                    key={key}
                    scope="col"
                    aria-sort={sorted ? (sort.descending ? "descending" : "ascending") : undefined}
                  >
                    <button
                      type="button"
                      className="echoes-event-table__sort"
                      aria-label={TABLE_TEXT.sortBy(TABLE_TEXT.columns[key])}
                      onClick={() => sortBy(key)}
                    >
                      {TABLE_TEXT.columns[key]}
                      <span aria-hidden="true" className="echoes-event-table__arrow">
                        {sorted ? (sort.descending ? "▼" : "▲") : "↕"}
                      </span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">{TABLE_TEXT.columns.sources}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ ref, episode, event }) => {
              const selected = ref === selectedRef;
              return (
                <tr
                  key={ref}
                  ref={selected ? selectedRow : undefined}
                  className={selected ? "is-selected" : undefined}
                  aria-current={selected ? "true" : undefined}
                >
                  <td data-label={TABLE_TEXT.columns.episode}>{episode.label}</td>
                  <td data-label={TABLE_TEXT.columns.date}>
                    <time dateTime={event.date.text}>
                      {formatHistoricalSpan(event.date, event.endDate, LOCALE)}
                    </time>
                  </td>
                  <th scope="row">
                    <button
                      type="button"
                      className="echoes-link-button echoes-event-table__select"
                      aria-pressed={selected}
                      onClick={() => selectEvent(selected ? undefined : ref)}
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
                      <span className="echoes-event-table__note">{event.certainty.note}</span>
                    ) : null}
                  </td>
                  <td data-label={TABLE_TEXT.columns.sources}>
                    <SourceList sources={event.sources} className="echoes-event-table__sources" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="echoes-table-view__empty">{TABLE_TEXT.noRows}</p> : null}
      </div>
    </section>
  );
}
