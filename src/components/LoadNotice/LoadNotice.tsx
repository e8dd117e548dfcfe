import { useId } from "react";
import { NOTICE_TEXT } from "../../i18n/notices";
import { useEchoes } from "../../store/EchoesProvider";
import { selectDismissNotice, selectNoticeProblems } from "../../store/selectors";
import { ProblemList } from "./ProblemList";

/** Lists what was skipped while loading, until the reader dismisses it. */
export function LoadNotice() {
  const problems = useEchoes(selectNoticeProblems);
  const dismiss = useEchoes(selectDismissNotice);
  const headingId = useId();
  if (problems.length === 0) return null;
  return (
    <section className="echoes-notice" aria-labelledby={headingId}>
      <div className="echoes-notice__header">
        <h2 id={headingId}>{NOTICE_TEXT.partlyLoaded(problems.length)}</h2>
        <button type="button" className="echoes-button" onClick={dismiss}>
          {NOTICE_TEXT.dismiss}
        </button>
      </div>
      <p>{NOTICE_TEXT.restShown}</p>
      <ProblemList problems={problems} />
    </section>
  );
}
