import "./eventTable.css";
import {
  type FocusEvent,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { currentLocale } from "../../i18n/locale";
import { TABLE_TEXT } from "../../i18n/table";
import { KIND_LABELS } from "../../i18n/vocabulary";
import type { DrawnCollection } from "../../store/drawnCollection";
import { useEchoes } from "../../store/EchoesProvider";
import { selectHiddenEpisodes, selectHiddenKinds, selectSelectedRef } from "../../store/selectors";
import {
  type EventRow,
  filterEventRows,
  SORT_KEYS,
  type SortKey,
  type SortOrder,
  sortEventRows,
  toEventRows,
  warmSearch,
} from "../../table/eventRows";
import { usePrinting } from "../Print/usePrinting";
import { TimelineFilters } from "../Timeline/TimelineFilters";
import { useEpisodesInView } from "../Timeline/useEpisodesInView";
import { EventTableRow } from "./EventTableRow";
import { useRowWindow } from "./useRowWindow";

export interface EventTableProps {
  readonly collection: DrawnCollection;
}

const kindLabel = (kind: keyof typeof KIND_LABELS) => KIND_LABELS[kind];

/** Up to this many rows the table is drawn whole, so that the browser's find and a screen reader's reading see every row. */
const WHOLE_UP_TO = 150;
/** The sortable columns and the sources. */
const COLUMN_COUNT = SORT_KEYS.length + 1;

const indexOfRef = (rows: readonly EventRow[], ref: string | undefined) =>
  ref === undefined ? -1 : rows.findIndex((row) => row.ref === ref);

/**
 * Every event as a sortable, searchable table: what the timeline shows, for
 * readers who use a screen reader, the keyboard, or prefer text. It shares the
 * timeline's filters and selection. A long table draws only the rows in view.
 */
export function EventTable({ collection }: EventTableProps) {
  const hiddenKinds = useEchoes(selectHiddenKinds);
  const hiddenEpisodes = useEchoes(selectHiddenEpisodes);
  const selectedRef = useEchoes(selectSelectedRef);
  const printing = usePrinting();
  const [sort, setSort] = useState<SortOrder>({ key: "episode", descending: false });
  const [query, setQuery] = useState("");
  // Typing stays quick however many rows the last query matched: the rows follow when React has time.
  const shownQuery = useDeferredValue(query);
  const [focusedRef, setFocusedRef] = useState<string>();
  const searchId = useId();
  const hintId = useId();
  const body = useRef<HTMLTableSectionElement>(null);

  const { ordered, kinds } = useEpisodesInView(collection.episodes);
  const allRows = useMemo(() => toEventRows(ordered, currentLocale()), [ordered]);
  // Searching is made ready just after the first rows are drawn, in one short task: in slices
  // across idle moments it would lengthen more of the frames of a reader's first scroll.
  useEffect(() => {
    const timer = setTimeout(() => warmSearch(allRows));
    return () => clearTimeout(timer);
  }, [allRows]);
  const sortedRows = useMemo(
    () => sortEventRows(allRows, sort, kindLabel, currentLocale()),
    [allRows, sort],
  );
  const rows = useMemo(
    () =>
      filterEventRows(
        sortedRows,
        { hiddenKinds, hiddenEpisodes, query: shownQuery },
        currentLocale(),
      ),
    [sortedRows, hiddenKinds, hiddenEpisodes, shownQuery],
  );
  const total = collection.episodes.reduce((sum, episode) => sum + episode.events.length, 0);
  const selected = useMemo(() => indexOfRef(rows, selectedRef), [rows, selectedRef]);
  const focused = useMemo(() => indexOfRef(rows, focusedRef), [rows, focusedRef]);
  const short = rows.length <= WHOLE_UP_TO;
  const { parts, measure } = useRowWindow({
    count: rows.length,
    order: rows,
    body,
    focused,
    selected,
    short,
    printing,
  });

  // The event selected on the timeline is where the reader left off: show its row, which is always drawn.
  useEffect(() => {
    body.current?.querySelector("tr[aria-current]")?.scrollIntoView?.({ block: "center" });
  }, []);

  const sortBy = (key: SortKey) =>
    setSort((current) => ({
      key,
      descending: current.key === key ? !current.descending : false,
    }));

  // The focused row stays drawn, so that focus is not lost when the page scrolls away from it.
  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) =>
    setFocusedRef(rows[Number(event.target.closest("tr")?.dataset.index)]?.ref);
  const onBlur = (event: FocusEvent<HTMLTableSectionElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !event.currentTarget.contains(next)) setFocusedRef(undefined);
  };

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
        <table
          className={`echoes-event-table${short || printing ? "" : " is-windowed"}`}
          aria-rowcount={rows.length + 1}
        >
          <caption aria-live="polite">{TABLE_TEXT.caption(rows.length, total)}</caption>
          <thead>
            <tr aria-rowindex={1}>
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
          <tbody ref={body} onFocus={onFocus} onBlur={onBlur}>
            {parts.map((part) => {
              if (part.kind === "gap") {
                return (
                  // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a gap holds nothing to focus; it only keeps the page as long as all the rows
                  <tr key={part.key} className="echoes-event-table__gap" aria-hidden="true">
                    <td colSpan={COLUMN_COUNT} style={{ height: part.heightPx }} />
                  </tr>
                );
              }
              const row = rows[part.index];
              return row ? (
                <EventTableRow
                  key={row.ref}
                  row={row}
                  index={part.index}
                  selected={part.index === selected}
                  measure={measure}
                  contentLanguage={collection.language}
                />
              ) : null;
            })}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="echoes-table-view__empty">{TABLE_TEXT.noRows}</p> : null}
      </div>
    </section>
  );
}
