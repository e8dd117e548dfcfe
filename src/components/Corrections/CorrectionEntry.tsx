import { useId } from "react";
import type { Collection } from "../../data/format/collection";
import { findEvent, findPassage } from "../../data/format/collection";
import { formatHistoricalDate, formatHistoricalSpan } from "../../data/format/formatHistoricalDate";
import type { Correction } from "../../data/format/schema";
import { CORRECTIONS_TEXT as TEXT } from "../../i18n/corrections";
import { writtenIn } from "../../i18n/languages";
import { currentLocale } from "../../i18n/locale";
import { useEchoesActions } from "../../store/EchoesProvider";
import { SourceList } from "../SourceLink/SourceLink";
import { correctionElementId } from "./correctionAnchor";

export interface CorrectionEntryProps {
  readonly collection: Collection;
  readonly correction: Correction;
}

/**
 * One correction: its day, what the collection said and says now, its
 * sources, and links to what it touches as the timeline shows it now.
 */
export function CorrectionEntry({ collection, correction }: CorrectionEntryProps) {
  const headingId = useId();
  const { selectEvent, selectPassage, setPage } = useEchoesActions();
  const events = correction.events.flatMap((ref) => {
    const found = findEvent(collection.episodes, ref);
    return found ? [{ ref, ...found }] : [];
  });
  const passages = (correction.passages ?? []).flatMap((ref) => {
    const found = findPassage(collection.articles, ref);
    return found ? [{ ref, ...found }] : [];
  });
  const roles = collection.roles.filter((role) => correction.roles?.includes(role.id));

  const content = writtenIn(collection.language);
  return (
    <article
      id={correctionElementId(correction.id)}
      tabIndex={-1}
      className="echoes-correction"
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="echoes-correction__date">
        <time dateTime={correction.date.text}>
          {formatHistoricalDate(correction.date, currentLocale())}
        </time>
      </h3>
      <dl className="echoes-correction__change">
        <div>
          <dt>{TEXT.wrong}</dt>
          <dd className="echoes-correction__wrong" {...content}>
            {correction.wrong}
          </dd>
        </div>
        <div>
          <dt>{TEXT.now}</dt>
          <dd {...content}>{correction.now}</dd>
        </div>
      </dl>
      {events.length > 0 ? (
        <>
          <h4>{TEXT.events}</h4>
          <ul className="echoes-correction__links">
            {events.map(({ ref, episode, event }) => (
              <li key={ref}>
                <button
                  type="button"
                  className="echoes-link-button"
                  onClick={() => {
                    selectEvent(ref);
                    setPage("timeline");
                  }}
                >
                  {TEXT.event(
                    episode.label,
                    event.title,
                    formatHistoricalSpan(event.date, event.endDate, currentLocale()),
                  )}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {passages.length > 0 ? (
        <>
          <h4>{TEXT.passages}</h4>
          <ul className="echoes-correction__links">
            {passages.map(({ ref, article, excerpt }) => (
              <li key={ref}>
                <button
                  type="button"
                  className="echoes-link-button"
                  onClick={() => {
                    selectPassage(ref, excerpt.events[0]);
                    setPage("timeline");
                  }}
                >
                  {TEXT.passage(excerpt.quote, article.title)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {roles.length > 0 ? (
        <p className="echoes-correction__roles">
          <strong>{TEXT.roles}:</strong>{" "}
          <span {...content}>{roles.map((role) => role.label).join(", ")}</span>
        </p>
      ) : null}
      <h4>{TEXT.sources}</h4>
      <SourceList sources={correction.sources} className="echoes-correction__sources" />
    </article>
  );
}
