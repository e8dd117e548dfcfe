import "./LoadNotice.css";
import type { Problem } from "../../data/format/problem";
import { NOTICE_TEXT } from "../../i18n/notices";

export interface ProblemListProps {
  readonly problems: readonly Problem[];
}

/** Problems as authors see them from npm run validate: file, path, message, and what was left out. */
export function ProblemList({ problems }: ProblemListProps) {
  return (
    <ul className="echoes-problems">
      {problems.map((problem, index) => (
        // Problems have no identity of their own; the list is replaced whole on each load.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={index}>
          <code className="echoes-problems__where">
            {problem.path === "" ? problem.file : `${problem.file}: ${problem.path}`}
          </code>
          {": "}
          <span className="echoes-problems__message">{problem.message}</span>
          {problem.dropped ? (
            <span className="echoes-problems__dropped">
              {" "}
              {NOTICE_TEXT.leftOut(problem.dropped)}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
