import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { formatHistoricalSpan } from "../../data/formatHistoricalDate";
import type { Collection } from "../../data/loadCollection";
import { LOCALE } from "../../i18n/locale";
import { PRINT_TEXT } from "../../i18n/print";
import { KIND_LABELS } from "../../i18n/vocabulary";
import { refsInView } from "./exportImage";

export interface PrintTableProps {
  readonly collection: Collection;
  /** The chart, whose events in view are read when the page is printed. */
  readonly findChart: () => SVGSVGElement | null;
}

/**
 * On paper, below the timeline: the events in view with their dates and
 * sources, so that a printed handout can be checked. Built only when the page
 * is printed, since nothing shows it on screen.
 */
export function PrintTable({ collection, findChart }: PrintTableProps) {
  const [refs, setRefs] = useState<readonly string[] | undefined>(undefined);

  useEffect(() => {
    const build = () => {
      const chart = findChart();
      flushSync(() => setRefs(chart ? refsInView(chart) : []));
    };
    const print = window.matchMedia?.("print");
    const onChange = (event: MediaQueryListEvent) => {
      if (event.matches) build();
    };
    window.addEventListener("beforeprint", build);
    print?.addEventListener("change", onChange);
    return () => {
      window.removeEventListener("beforeprint", build);
      print?.removeEventListener("change", onChange);
    };
  }, [findChart]);

  if (!refs) return null;
  const wanted = new Set(refs);
  const rows = collection.episodes.flatMap((episode) =>
    episode.events
      .filter((event) => wanted.has(`${episode.id}/${event.id}`))
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
          <tr key={`${episode.id}/${event.id}`}>
            <td>{episode.label}</td>
            <td>{formatHistoricalSpan(event.date, event.endDate, LOCALE)}</td>
            <td>
              {event.title}{" "}
              <span className="echoes-print-table__kind">
                {PRINT_TEXT.kind(KIND_LABELS[event.kind])}
              </span>
            </td>
            <td>
              {event.sources.map((source) => (
                <span key={source.url} className="echoes-print-table__source">
                  {PRINT_TEXT.source(source.title, source.publisher, source.locator, source.url)}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
