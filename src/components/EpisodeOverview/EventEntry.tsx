import { useId } from "react";
import { formatFigureValue } from "../../data/formatFigure";
import { formatHistoricalSpan } from "../../data/formatHistoricalDate";
import type { EpisodeEvent } from "../../data/schema";
import { CERTAINTY_LABELS, KIND_LABELS, LOCALE } from "../labels";
import { SourceLink } from "../SourceLink/SourceLink";

export interface EventEntryProps {
  readonly event: EpisodeEvent;
}

/** One event with its date at its recorded precision, its figures, its certainty and its sources. */
export function EventEntry({ event }: EventEntryProps) {
  const headingId = useId();
  const uncertain = event.certainty.level !== "confirmed";
  return (
    <li className="echoes-event" data-kind={event.kind} data-certainty={event.certainty.level}>
      <article aria-labelledby={headingId}>
        <p className="echoes-event__meta">
          <time dateTime={event.date.text}>
            {formatHistoricalSpan(event.date, event.endDate, LOCALE)}
          </time>
          {event.date.precision === "minute" ? (
            <span className="echoes-event__local-time"> local time</span>
          ) : null}
        </p>
        <h3 id={headingId} className="echoes-event__title">
          {event.title}
        </h3>
        <p className="echoes-event__tags">
          <span className="echoes-tag echoes-tag--kind">{KIND_LABELS[event.kind]}</span>
          {uncertain ? (
            <span className={`echoes-tag echoes-tag--${event.certainty.level}`}>
              {CERTAINTY_LABELS[event.certainty.level]}
            </span>
          ) : null}
          {event.place ? <span className="echoes-event__place">{event.place}</span> : null}
        </p>
        <p className="echoes-event__summary">{event.summary}</p>
        {event.figures && event.figures.length > 0 ? (
          <dl className="echoes-figures">
            {event.figures.map((figure) => (
              <div key={figure.label} className="echoes-figure">
                <dt>{figure.label}</dt>
                <dd>
                  {formatFigureValue(figure, LOCALE)}
                  {figure.note ? (
                    <span className="echoes-figure__note"> ({figure.note})</span>
                  ) : null}
                  <span className="echoes-figure__sources">
                    {figure.sources.map((source) => (
                      <SourceLink key={source.url} source={source} />
                    ))}
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
        {event.certainty.note ? (
          <p className="echoes-event__certainty-note">
            <strong>{CERTAINTY_LABELS[event.certainty.level]}:</strong> {event.certainty.note}
          </p>
        ) : null}
        <ul className="echoes-event__sources" aria-label="Sources">
          {event.sources.map((source) => (
            <li key={source.url}>
              <SourceLink source={source} />
            </li>
          ))}
        </ul>
      </article>
    </li>
  );
}
