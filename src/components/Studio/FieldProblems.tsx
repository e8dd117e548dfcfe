import { formatProblem, type Problem } from "../../data/format/problem";

export interface FieldProblemsProps {
  /** For the field's `aria-describedby`, so that its problems are read out with it. */
  readonly id?: string;
  readonly problems: readonly Problem[];
}

/** Problems in the loader's words, under the field or item they are of; nothing when there are none. */
export function FieldProblems({ id, problems }: FieldProblemsProps) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="echoes-studio-field__problems">
      {problems.map((problem) => (
        <li key={`${problem.path} ${problem.message}`}>{formatProblem(problem)}</li>
      ))}
    </ul>
  );
}
