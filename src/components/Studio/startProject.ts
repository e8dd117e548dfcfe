import { type Problem, WHOLE_FILE } from "../../data/format/problem";
import { decodeText } from "../../data/loading/decodeText";
import { fetchCollectionFiles } from "../../data/loading/fetchCollectionFiles";
import { type ChosenFile, readChosenFiles } from "../../data/loading/localFiles";
import type { Draft } from "../../studio/draft";
import { zipToDraft } from "../../studio/exportDraft";
import { addCsvEpisode, type Started, startBlank, startFromFiles } from "../../studio/startFrom";

/** A project begun from a copy of the collection at an address, checked afresh as any is. */
export async function startFromAddress(name: string, manifestUrl: string): Promise<Started> {
  return startFromFiles(name, await fetchCollectionFiles(manifestUrl));
}

/**
 * A project begun from the files the author chose: a zip of a collection, one spreadsheet of an
 * episode (added to an empty collection), or a collection's files.
 */
export async function startFromChosen(
  name: string,
  chosen: readonly ChosenFile[],
): Promise<Started> {
  const [only] = chosen;
  if (chosen.length === 1 && only && /\.zip$/i.test(only.path)) {
    return zipToDraft(name, only.path, new Uint8Array(await only.file.arrayBuffer()));
  }
  if (chosen.length === 1 && only && /\.csv$/i.test(only.path)) {
    const [file] = await readChosenFiles(chosen);
    return addCsvEpisode(startBlank(name).draft, only.path, file?.text ?? "");
  }
  return startFromFiles(name, await readChosenFiles(chosen));
}

/**
 * A spreadsheet's episode added to a project, or why it was refused: the problem that dropped the
 * whole sheet (its episode is already there, say). Problems within rows are the draft's to show.
 */
export async function addSheetFile(
  draft: Draft,
  file: File,
): Promise<{ readonly draft: Draft } | { readonly refused: Problem }> {
  const { text } = await decodeText(new Uint8Array(await file.arrayBuffer()));
  const added = addCsvEpisode(draft, file.name, text);
  const refused = added.problems.find((problem) => problem.dropped === WHOLE_FILE);
  return added.draft === draft && refused ? { refused } : { draft: added.draft };
}
