import { FieldProblems } from "./FieldProblems";
import type { PartProps } from "./partProps";
import { problemsOfField } from "./StudioField";

export type ListProblemsProps = Pick<PartProps, "problems" | "file" | "path">;

/** The problems of a list itself (none left, not a list), above its items. */
export function ListProblems({ problems, file, path }: ListProblemsProps) {
  return <FieldProblems problems={problemsOfField(problems, file, path)} />;
}
