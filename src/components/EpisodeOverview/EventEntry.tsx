import { useId } from "react";
import { formatHistoricalSpan } from "../../data/formatHistoricalDate";
import type { EpisodeEvent } from "../../data/schema";
import { EventFacts } from "../EventFacts/EventFacts";
import { CERTAINTY_LABELS, KIND_LABELS, LOCALE } from "../labels";

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
        <EventFacts event={event} />
      </article>
    </li>
  );
}
