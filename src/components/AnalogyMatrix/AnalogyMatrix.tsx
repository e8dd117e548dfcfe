import "./analogyMatrix.css";
import { useMemo } from "react";
import { formatHistoricalSpan } from "../../data/format/formatHistoricalDate";
import { writtenIn } from "../../i18n/languages";
import { currentLocale } from "../../i18n/locale";
import { MATRIX_TEXT } from "../../i18n/matrix";
import { analogyMatrix, firstSentence } from "../../matrix/analogyMatrix";
import type { DrawnCollection } from "../../store/drawnCollection";
import { useEchoes, useEchoesActions } from "../../store/EchoesProvider";
import { selectSelectedRef } from "../../store/selectors";
import { StatementList } from "../StatementList/StatementList";
import { useEpisodesInView } from "../Timeline/useEpisodesInView";

export interface AnalogyMatrixProps {
  readonly collection: DrawnCollection;
}

/** About two lines of a cell on screen, so that the matrix prints on one page. */
const SUMMARY_LIMIT = 90;

/**
 * The structure of the analogy in one table: roles as rows, episodes as
 * columns, and in each row what holds across the episodes and what does not.
 */
export function AnalogyMatrix({ collection }: AnalogyMatrixProps) {
  const selectedRef = useEchoes(selectSelectedRef);
  const { selectEvent, setAlignRole, setPage } = useEchoesActions();
  const { shown: episodes } = useEpisodesInView(collection.episodes);
  const rows = useMemo(
    () => analogyMatrix(collection.roles, episodes),
    [collection.roles, episodes],
  );
  // As the timeline shows an event chosen in a cell: aligned on the row's role.
  const showEvent = (roleId: string, ref: string) => {
    setAlignRole(roleId);
    selectEvent(ref);
    setPage("timeline");
  };

  const content = writtenIn(collection.language);
  return (
    <section className="echoes-matrix-view" aria-labelledby="echoes-matrix-heading">
      <h2 id="echoes-matrix-heading" className="echoes-section-heading" tabIndex={-1}>
        {MATRIX_TEXT.heading}
      </h2>
      <p className="echoes-matrix-view__intro">{MATRIX_TEXT.intro}</p>
      <div className="echoes-matrix-view__scroll">
        <table className="echoes-matrix">
          <caption className="echoes-visually-hidden">{MATRIX_TEXT.caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="echoes-matrix__role-column">
                {MATRIX_TEXT.role}
              </th>
              {episodes.map((episode) => (
                <th key={episode.id} scope="col" {...content}>
                  {episode.label}
                </th>
              ))}
              <th scope="col" className="echoes-matrix__alike-column">
                {MATRIX_TEXT.alike}
              </th>
              <th scope="col" className="echoes-matrix__differs-column">
                {MATRIX_TEXT.differs}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ role, cells }) => (
              <tr key={role.id}>
                <th scope="row" {...content}>
                  <span className="echoes-matrix__role">{role.label}</span>
                  <span className="echoes-matrix__description">{role.description}</span>
                </th>
                {cells.map((cell) => (
                  <td key={cell.episode.id} data-label={cell.episode.label}>
                    {cell.events.map(({ ref, event }) => (
                      <div key={ref} className="echoes-matrix__event">
                        <button
                          {...content}
                          type="button"
                          className="echoes-link-button echoes-matrix__show"
                          aria-pressed={ref === selectedRef}
                          aria-label={MATRIX_TEXT.showEvent(event.title, cell.episode.label)}
                          onClick={() => showEvent(role.id, ref)}
                        >
                          {event.title}
                        </button>
                        <time className="echoes-matrix__date" dateTime={event.date.text}>
                          {formatHistoricalSpan(event.date, event.endDate, currentLocale())}
                        </time>
                        <span className="echoes-matrix__summary" {...content}>
                          {firstSentence(event.summary, SUMMARY_LIMIT)}
                        </span>
                      </div>
                    ))}
                    {cell.note || cell.events.length === 0 ? (
                      <p className="echoes-matrix__note" {...(cell.note ? content : {})}>
                        {cell.note ?? MATRIX_TEXT.notInRole}
                      </p>
                    ) : null}
                  </td>
                ))}
                <td data-label={MATRIX_TEXT.alike}>
                  {role.alike.length > 0 ? (
                    <StatementList
                      className="echoes-matrix__list"
                      statements={role.alike}
                      episodes={collection.episodes}
                      onShowEvent={(ref) => showEvent(role.id, ref)}
                    />
                  ) : (
                    <p className="echoes-matrix__note">{MATRIX_TEXT.nothingAlike}</p>
                  )}
                </td>
                <td data-label={MATRIX_TEXT.differs}>
                  <StatementList
                    className="echoes-matrix__list"
                    statements={role.differs}
                    episodes={collection.episodes}
                    onShowEvent={(ref) => showEvent(role.id, ref)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
