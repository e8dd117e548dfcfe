import type { Problem } from "../../data/format/problem";
import { problemsAt } from "../../studio/checkDraft";

const isAtOrIn = (path: string, field: string) =>
  path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);

/**
 * The problems of an item and of the fields inside it, notes aside, but for those of the fields
 * that show their own (and of what is inside those).
 */
export const problemsBeside = (
  problems: readonly Problem[],
  file: string,
  path: string,
  shownElsewhere: readonly string[] = [],
) =>
  problemsAt(problems, file, path).filter(
    (problem) => !problem.note && !shownElsewhere.some((shown) => isAtOrIn(problem.path, shown)),
  );
