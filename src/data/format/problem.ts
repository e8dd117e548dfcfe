import { showValue } from "./showValue";

/** Something wrong in a data file, and what was left out because of it. */
export interface Problem {
  /** The file as the collection names it, e.g. "episodes/prague-1968.json". */
  readonly file: string;
  /** A JSON path inside the file, e.g. "events[4].date"; empty for the whole file. */
  readonly path: string;
  /** What was found and what was expected. */
  readonly message: string;
  /** What the app leaves out because of it, e.g. 'event "invasion"'; empty if nothing. */
  readonly dropped: string;
  /**
   * Worth knowing, but nothing is wrong: a file read in an assumed encoding, a day 0 known only
   * to its month. Listed apart in the page, and not a failure of `npm run validate`.
   */
  readonly note?: true;
}

/** Whether a problem is a note rather than something wrong. */
export const isNote = (problem: Problem): boolean => problem.note === true;

/** The message of whatever was thrown, for a problem or a notice. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a problem drops when a file cannot be used at all. */
export const WHOLE_FILE = "the whole file";

/**
 * A file whose id another file of the same kind already has: the first one
 * read is kept, this one is left out.
 */
export function takenIdProblem(file: string, kind: string, id: string): Problem {
  return {
    file,
    path: "id",
    message: `${showValue(id)} is already the id of another ${kind}: expected ${kind} ids unique`,
    dropped: WHOLE_FILE,
  };
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** Writes a path as JavaScript would: events[4].date. */
export function toJsonPath(segments: readonly PropertyKey[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (typeof segment === "string" && identifier.test(segment)) {
      path += path === "" ? segment : `.${segment}`;
    } else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}

export function joinJsonPath(base: string, rest: string): string {
  if (base === "") return rest;
  if (rest === "") return base;
  return rest.startsWith("[") ? `${base}${rest}` : `${base}.${rest}`;
}

export function formatProblem(problem: Problem): string {
  const location = problem.path === "" ? problem.file : `${problem.file}: ${problem.path}`;
  return `${location}: ${problem.message}`;
}
