import type { Problem } from "../../data/format/problem";
import { FieldProblems } from "./FieldProblems";

export interface OtherProblemsProps {
  readonly className: string;
  /** What the problems are of, above them. */
  readonly heading: string;
  readonly problems: readonly Problem[];
}

/** Problems no field shows, set apart above the fields; nothing when there are none. */
export function OtherProblems({ className, heading, problems }: OtherProblemsProps) {
  if (problems.length === 0) return null;
  return (
    <div className={className}>
      <p>{heading}</p>
      <FieldProblems problems={problems} />
    </div>
  );
}
