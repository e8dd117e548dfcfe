import "./eventFacts.css";
import { formatFigureValue } from "../../data/format/formatFigure";
import type { EpisodeEvent } from "../../data/format/schema";
import { EVENT_TEXT } from "../../i18n/event";
import { currentLocale } from "../../i18n/locale";
import { CERTAINTY_LABELS } from "../../i18n/vocabulary";
import { Content } from "../ContentLanguage/Content";
import { SourceLink, SourceList } from "../SourceLink/SourceLink";
import { CorrectedMarks } from "./CorrectedMarks";

export interface EventFactsProps {
  readonly event: EpisodeEvent;
  /** The event as "episode-id/event-id", to mark it where the corrections log corrected it. */
  readonly eventRef?: string;
  /** Whether each "corrected" mark opens its entry in the corrections log. */
  readonly correctionsLinked?: boolean;
}

/**
 * An event's corrections, figures with their ranges and sources, its
 * certainty note, and its sources.
 */
export function EventFacts({ event, eventRef, correctionsLinked = false }: EventFactsProps) {
  return (
    <>
      {eventRef ? <CorrectedMarks eventRef={eventRef} linked={correctionsLinked} /> : null}
      {event.figures && event.figures.length > 0 ? (
        <dl className="echoes-figures">
          {event.figures.map((figure) => (
            <div key={figure.label} className="echoes-figure">
              <dt>
                <Content>{figure.label}</Content>
              </dt>
              <dd>
                {formatFigureValue(figure, currentLocale())}
                {figure.note ? (
                  <span className="echoes-figure__note">
                    {" "}
                    (<Content>{figure.note}</Content>)
                  </span>
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
          <strong>{EVENT_TEXT.certaintyNote(CERTAINTY_LABELS[event.certainty.level])}</strong>{" "}
          <Content>{event.certainty.note}</Content>
        </p>
      ) : null}
      <SourceList
        sources={event.sources}
        className="echoes-event__sources"
        label={EVENT_TEXT.sources}
      />
    </>
  );
}
