import type { Collection } from "../data/format/collection";
import type { Problem } from "../data/format/problem";
import { loadCollection } from "../data/loading/loadCollection";
import { readAndValidate } from "../data/loading/readFiles";
import { type Draft, MANIFEST_FILE } from "./draft";

export interface DraftCheck {
  /** Every problem, in the loader's words: file, field (`path`) and message. */
  readonly problems: readonly Problem[];
  /** The collection as the app would load it, to draw beside the editor; undefined if it would not load. */
  readonly collection?: Collection;
}

/**
 * Checks a draft exactly as the app and `npm run validate` check a
 * collection: its files are read through the loader's own reader, as the text
 * a download of them would hold.
 */
export async function checkDraft(draft: Draft): Promise<DraftCheck> {
  const loadFile = readAndValidate(async (file) => {
    const value = Object.hasOwn(draft.files, file) ? draft.files[file] : undefined;
    if (value === undefined) throw new Error("it is not among the project's files");
    return JSON.stringify(value);
  });
  const result = await loadCollection(MANIFEST_FILE, loadFile);
  return result.ok
    ? { problems: result.problems, collection: result.collection }
    : { problems: result.problems };
}

/** The problems of one field and of the fields inside it, to show beside it. */
export function problemsAt(
  problems: readonly Problem[],
  file: string,
  fieldPath: string,
): Problem[] {
  return problems.filter(
    (problem) =>
      problem.file === file &&
      (problem.path === fieldPath ||
        fieldPath === "" ||
        problem.path.startsWith(`${fieldPath}.`) ||
        problem.path.startsWith(`${fieldPath}[`)),
  );
}
