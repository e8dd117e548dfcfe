import { formatProblem, isNote, type Problem } from "../../data/format/problem";
import { STUDIO_TEXT } from "../../i18n/studio";
import { fieldId } from "./fieldId";

const TEXT = STUDIO_TEXT.checks;

/** The path and the paths that hold it, nearest first: "stops[1].evidence[0]", "stops[1].evidence", "stops[1]"… */
export function enclosingPaths(path: string): string[] {
  const paths = [path];
  for (let rest = path; rest !== ""; ) {
    rest = rest.replace(/(\[\d+\]|\.?[^.[\]]+)$/, "");
    paths.push(rest);
  }
  return paths;
}

/**
 * Takes the author to the field a problem names, or, for an item of a list that is edited as one
 * field (the events of a role), to the nearest field that holds it.
 */
function goTo(problem: Problem) {
  for (const path of enclosingPaths(problem.path)) {
    const field = document.getElementById(fieldId(problem.file, path));
    if (!field) continue;
    field.scrollIntoView({ block: "center" });
    field.focus();
    return;
  }
}

/** Every problem of the draft, in the words `npm run validate` uses, each a way to its field. */
export function ProblemList({
  problems,
  startProblems,
  checking,
}: {
  readonly problems: readonly Problem[];
  readonly startProblems: readonly Problem[];
  readonly checking: boolean;
}) {
  const wrong = problems.filter((problem) => !isNote(problem));
  return (
    <section className="echoes-studio-checks" aria-labelledby="echoes-studio-checks">
      <h3 id="echoes-studio-checks" className="echoes-studio__subheading">
        {TEXT.heading}
      </h3>
      <p role="status" className={wrong.length === 0 ? "is-valid" : "is-invalid"}>
        {checking ? TEXT.checking : wrong.length === 0 ? TEXT.none : TEXT.count(wrong.length)}
      </p>
      {wrong.length > 0 ? (
        <ul className="echoes-studio-checks__list">
          {wrong.map((problem) => (
            <li key={`${problem.file}#${problem.path}#${problem.message}`}>
              <button type="button" className="echoes-link-button" onClick={() => goTo(problem)}>
                {formatProblem(problem)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {startProblems.length > 0 ? (
        <details className="echoes-studio-checks__started">
          <summary>{TEXT.started}</summary>
          <ul>
            {startProblems.map((problem) => (
              <li key={`${problem.file}#${problem.path}#${problem.message}`}>
                {formatProblem(problem)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
