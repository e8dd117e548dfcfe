import { findEvent } from "../../data/format/collection";
import "./statementList.css";
import type { Episode, Statement } from "../../data/format/schema";
import { STATEMENT_TEXT } from "../../i18n/statement";
import { Content } from "../ContentLanguage/Content";

export interface StatementListProps {
  readonly statements: readonly Statement[];
  /** Where the evidence is looked up: every episode, shown or not. */
  readonly episodes: readonly Episode[];
  /** The reader chose an event of a statement's evidence, by "episode-id/event-id". */
  readonly onShowEvent: (ref: string) => void;
  readonly className?: string;
}

/**
 * What is alike or what differs, each statement followed by the events that
 * back it, so that a reader can go from the claim to the record.
 */
export function StatementList({
  statements,
  episodes,
  onShowEvent,
  className,
}: StatementListProps) {
  return (
    <ul className={className}>
      {statements.map((statement) => {
        const evidence = statement.evidence.flatMap((ref) => {
          const found = findEvent(episodes, ref);
          return found ? [{ ref, ...found }] : [];
        });
        return (
          <li key={statement.text}>
            <Content>{statement.text}</Content>
            {evidence.length > 0 ? (
              <div className="echoes-statement__evidence">
                {STATEMENT_TEXT.evidence}
                <ul className="echoes-statement__events">
                  {evidence.map(({ ref, event, episode }) => (
                    <li key={ref}>
                      <button
                        type="button"
                        className="echoes-link-button echoes-statement__event"
                        onClick={() => onShowEvent(ref)}
                      >
                        <Content>{event.title}</Content>
                        <span className="echoes-statement__episode">
                          {" "}
                          <Content>{STATEMENT_TEXT.episode(episode.label)}</Content>
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
