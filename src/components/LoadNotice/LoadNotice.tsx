import { useId } from "react";
import { plural } from "../../data/showValue";
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
        <h2 id={headingId}>
          Part of this collection could not be loaded ({plural(problems.length, "problem")})
        </h2>
        <button type="button" className="echoes-button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
      <p>Everything else is shown. The files need fixing where listed:</p>
      <ProblemList problems={problems} />
    </section>
  );
}
