import { strToU8, unzipSync, zipSync } from "fflate";
import { errorMessage, WHOLE_FILE } from "../data/format/problem";
import { decodeText } from "../data/loading/decodeText";
import type { LocalFile } from "../data/loading/localFiles";
import { blankDraft, type Draft } from "./draft";
import type { JsonValue } from "./jsonPath";
import { type Started, startFromFiles } from "./startFrom";

/** A file's text as the curated files are written: two-space indents and a closing newline. */
export const toFileText = (value: JsonValue) => `${JSON.stringify(value, null, 2)}\n`;

/** Whether a path stays inside the collection's folder, as a file in a zip must. */
const insideFolder = (path: string) =>
  !/^[a-z][a-z0-9+.-]*:/i.test(path) &&
  !path.startsWith("/") &&
  !path.split("/").some((part) => part === ".." || part === "");

/**
 * The draft as a zip of its documented files, at the paths the manifest
 * names, ready for `npm run validate` and for hosting with `?collection=`.
 * A file named outside the collection's folder cannot be placed in it.
 */
export function draftToZip(draft: Draft): Uint8Array {
  const outside = Object.keys(draft.files).filter((path) => !insideFolder(path));
  if (outside.length > 0) {
    throw new Error(
      `${outside.join(", ")}: cannot be put in the zip: expected paths inside the collection's folder, such as "episodes/x.json"`,
    );
  }
  return zipSync(
    Object.fromEntries(
      Object.entries(draft.files).map(([path, value]) => [path, strToU8(toFileText(value))]),
    ),
  );
}

/** What macOS adds to a zip it makes: its own records of the files, not files of the collection. */
const isSystemEntry = (path: string) => path.startsWith("__MACOSX/") || path.endsWith("/");

/**
 * A draft from a zip of a collection's files (such as draftToZip makes, or a
 * folder zipped by hand), read as dropped files are.
 */
export async function zipToDraft(
  name: string,
  zipName: string,
  bytes: Uint8Array,
): Promise<Started> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    const message = `is not a zip file that can be read (${errorMessage(error)}): expected a .zip of a collection's files`;
    return {
      draft: blankDraft(name),
      problems: [{ file: zipName, path: "", message, dropped: WHOLE_FILE }],
    };
  }
  const files: LocalFile[] = await Promise.all(
    Object.entries(entries)
      .filter(([path]) => !isSystemEntry(path))
      .map(async ([path, content]) => ({
        name: path,
        text: (await decodeText(content)).text,
        bytes: content,
      })),
  );
  return startFromFiles(name, files);
}
