import { formatFigureValue } from "../../data/formatFigure";
import type { EpisodeEvent } from "../../data/schema";
import { CERTAINTY_LABELS, LOCALE } from "../labels";
import { SourceLink } from "../SourceLink/SourceLink";

export interface EventFactsProps {
  readonly event: EpisodeEvent;
}

/** An event's figures with their ranges and sources, its certainty note, and its sources. */
export function EventFacts({ event }: EventFactsProps) {
  return (
    <>
      {event.figures && event.figures.length > 0 ? (
        <dl className="echoes-figures">
          {event.figures.map((figure) => (
            <div key={figure.label} className="echoes-figure">
              <dt>{figure.label}</dt>
              <dd>
                {formatFigureValue(figure, LOCALE)}
                {figure.note ? <span className="echoes-figure__note"> ({figure.note})</span> : null}
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
    </>
  );
}
