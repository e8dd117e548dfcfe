import "./LoadNotice.css";
import { useId } from "react";
import { isNote } from "../../data/format/problem";
import { NOTICE_TEXT } from "../../i18n/notices";
import { useEchoes, useEchoesActions } from "../../store/EchoesProvider";
import { selectNoticeProblems } from "../../store/selectors";
import { ProblemList } from "./ProblemList";

/** Lists what was skipped while loading, until the reader dismisses it. */
export function LoadNotice() {
  const problems = useEchoes(selectNoticeProblems);
  const { dismissNotice } = useEchoesActions();
  const headingId = useId();
  if (problems.length === 0) return null;
  const errors = problems.filter((problem) => !isNote(problem));
  const notes = problems.filter(isNote);
  return (
    <section className="echoes-notice" aria-labelledby={headingId}>
      <div className="echoes-notice__header">
        <h2 id={headingId}>
          {errors.length > 0
            ? NOTICE_TEXT.partlyLoaded(errors.length)
            : NOTICE_TEXT.notes(notes.length)}
        </h2>
        <button type="button" className="echoes-button" onClick={dismissNotice}>
          {NOTICE_TEXT.dismiss}
        </button>
      </div>
      {errors.length > 0 ? (
        <>
          <p>{NOTICE_TEXT.restShown}</p>
          <ProblemList problems={errors} />
        </>
      ) : null}
      {notes.length > 0 ? (
        <>
          <p>{errors.length > 0 ? NOTICE_TEXT.notes(notes.length) : NOTICE_TEXT.allShown}</p>
          <ProblemList problems={notes} />
        </>
      ) : null}
    </section>
  );
}
