import "./SelectedEventDetails.css";
import { useId } from "react";
import { type Collection, toEventRef, toPassageRef } from "../../data/format/collection";
import { formatHistoricalSpan } from "../../data/format/formatHistoricalDate";
import type { Episode, EpisodeEvent } from "../../data/format/schema";
import { writtenIn } from "../../i18n/languages";
import { currentLocale } from "../../i18n/locale";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import { VERDICT_LABELS } from "../../i18n/vocabulary";
import { useEchoesActions } from "../../store/EchoesProvider";
import { useContentLanguage } from "../ContentLanguage/contentLanguage";
import { EventFacts } from "../EventFacts/EventFacts";
import { EventDateLine, EventTags } from "../EventFacts/EventMeta";
import { StatementList } from "../StatementList/StatementList";

export interface SelectedEventDetailsProps {
  readonly collection: Collection;
  readonly selectedRef: string;
  readonly episode: Episode;
  readonly event: EpisodeEvent;
  /** Whether a "corrected" mark opens the corrections log (not in an embed or a lesson). */
  readonly correctionsLinked?: boolean;
}

const TEXT = TIMELINE_TEXT.details;

/**
 * The selected event in full: date at its precision, summary, figures,
 * certainty, sources, the analogy roles it plays with the matching events of
 * the other episodes, and the article passages that speak of it.
 */
export function SelectedEventDetails({
  collection,
  selectedRef,
  episode,
  event,
  correctionsLinked = false,
}: SelectedEventDetailsProps) {
  const { selectEvent, selectPassage } = useEchoesActions();
  const headingId = useId();
  const roles = collection.roles.filter((role) =>
    role.members.some(
      (member) => member.episode === episode.id && member.events.includes(event.id),
    ),
  );
  const passages = collection.articles.flatMap((article) =>
    article.excerpts
      .filter((excerpt) => excerpt.events.includes(selectedRef))
      .map((excerpt) => ({ article, excerpt })),
  );

  const contentLanguage = useContentLanguage();
  return (
    <aside className="echoes-details" aria-labelledby={headingId}>
      <div className="echoes-details__header">
        <p className="echoes-details__episode" {...writtenIn(contentLanguage)}>
          {episode.label}
        </p>
        <button type="button" className="echoes-button" onClick={() => selectEvent(undefined)}>
          {TEXT.close}
        </button>
      </div>
      <h2 id={headingId} {...writtenIn(contentLanguage)}>
        {event.title}
      </h2>
      <EventDateLine event={event} />
      <EventTags event={event} showConfirmed />
      <p {...writtenIn(contentLanguage)}>{event.summary}</p>
      {event.actors && event.actors.length > 0 ? (
        <p className="echoes-details__actors">
          <strong>{TEXT.actors}</strong> {event.actors.join(", ")}
        </p>
      ) : null}
      <EventFacts event={event} eventRef={selectedRef} correctionsLinked={correctionsLinked} />

      {roles.map((role) => (
        <section key={role.id} className="echoes-details__role">
          <h3>{TEXT.role(role.label)}</h3>
          <p>{role.description}</p>
          <ul className="echoes-details__matches">
            {role.members
              .filter((member) => member.episode !== episode.id)
              .map((member) => {
                const other = collection.episodes.find(
                  (candidate) => candidate.id === member.episode,
                );
                if (!other) return null;
                if (member.events.length === 0) {
                  return <li key={member.episode}>{TEXT.noMatch(other.label, member.note)}</li>;
                }
                return member.events.map((eventId) => {
                  const match = other.events.find((candidate) => candidate.id === eventId);
                  if (!match) return null;
                  return (
                    <li key={toEventRef(member.episode, eventId)}>
                      <button
                        type="button"
                        className="echoes-link-button"
                        onClick={() => selectEvent(toEventRef(member.episode, eventId))}
                      >
                        {TEXT.match(
                          other.label,
                          match.title,
                          formatHistoricalSpan(match.date, match.endDate, currentLocale()),
                        )}
                      </button>
                    </li>
                  );
                });
              })}
          </ul>
          {role.alike.length > 0 ? (
            <>
              <h4>{TEXT.alike}</h4>
              <StatementList
                statements={role.alike}
                episodes={collection.episodes}
                onShowEvent={selectEvent}
              />
            </>
          ) : null}
          <h4>{TEXT.differs}</h4>
          <StatementList
            statements={role.differs}
            episodes={collection.episodes}
            onShowEvent={selectEvent}
          />
        </section>
      ))}

      {passages.length > 0 ? (
        <section className="echoes-details__passages">
          <h3>{TEXT.inArticle}</h3>
          {passages.map(({ article, excerpt }) => (
            <figure key={toPassageRef(article.id, excerpt.id)}>
              <blockquote>{TEXT.quote(excerpt.quote)}</blockquote>
              <figcaption>
                {TEXT.passageSource(
                  article.title,
                  excerpt.check ? VERDICT_LABELS[excerpt.check.verdict] : undefined,
                )}{" "}
                <button
                  type="button"
                  className="echoes-link-button"
                  onClick={() => selectPassage(toPassageRef(article.id, excerpt.id), selectedRef)}
                >
                  {TEXT.showInArticle}
                </button>
              </figcaption>
            </figure>
          ))}
        </section>
      ) : null}
    </aside>
  );
}
