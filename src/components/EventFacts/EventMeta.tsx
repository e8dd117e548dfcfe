import "./eventFacts.css";
import { formatHistoricalSpan } from "../../data/format/formatHistoricalDate";
import type { EpisodeEvent } from "../../data/format/schema";
import { EVENT_TEXT } from "../../i18n/event";
import { currentLocale } from "../../i18n/locale";
import { CERTAINTY_LABELS, KIND_LABELS } from "../../i18n/vocabulary";

export interface EventMetaProps {
  readonly event: EpisodeEvent;
}

/** An event's date at its recorded precision, with "local time" when it gives an hour. */
export function EventDateLine({ event }: EventMetaProps) {
  return (
    <p className="echoes-event__meta">
      <time dateTime={event.date.text}>
        {formatHistoricalSpan(event.date, event.endDate, currentLocale())}
      </time>
      {event.date.precision === "minute" ? (
        <span className="echoes-event__local-time"> {EVENT_TEXT.localTime}</span>
      ) : null}
    </p>
  );
}

export interface EventTagsProps extends EventMetaProps {
  /** Also say "Confirmed", not only when the record is uncertain. */
  readonly showConfirmed?: boolean;
}

/** An event's kind, its certainty and its place. */
export function EventTags({ event, showConfirmed = false }: EventTagsProps) {
  return (
    <p className="echoes-event__tags">
      <span className="echoes-tag echoes-tag--kind">{KIND_LABELS[event.kind]}</span>
      {showConfirmed || event.certainty.level !== "confirmed" ? (
        <span className={`echoes-tag echoes-tag--${event.certainty.level}`}>
          {CERTAINTY_LABELS[event.certainty.level]}
        </span>
      ) : null}
      {event.place ? <span className="echoes-event__place">{event.place}</span> : null}
    </p>
  );
}
