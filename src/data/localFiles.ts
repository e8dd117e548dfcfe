import { decodeText } from "./decodeText";
import { type LoadResult, loadCollection, type ReadText } from "./loadCollection";
import { readAndValidate } from "./readFiles";
import { detectFileKind } from "./validateFiles";

/** A file the reader chose or dropped, already read. */
export interface LocalFile {
  /** Its name, with the folders below the one chosen where the browser gives them. */
  readonly name: string;
  /** Its text, to tell what kind of file it is. */
  readonly text: string;
  /** Its bytes as read, for loading: decoded there, with a notice if they are not UTF-8. */
  readonly bytes?: Uint8Array;
}

/** The name under which a collection made up for loose files is read. */
export const MADE_UP_MANIFEST = "your files (collection)";

const baseName = (path: string) => path.split("/").pop() ?? path;

function parsed(file: LocalFile): unknown {
  if (!file.name.toLowerCase().endsWith(".json")) return undefined;
  try {
    return JSON.parse(file.text);
  } catch {
    return undefined;
  }
}

/**
 * A collection from the reader's own files: their manifest if one is among
 * them, or else one made up to hold the episodes, analogies, articles and
 * corrections log given. Files are found by the path the manifest names or,
 * failing that, by their name alone, as a browser gives no folders for files
 * picked one by one.
 */
export function localCollection(files: readonly LocalFile[]): {
  manifestFile: string;
  readText: ReadText;
} {
  const kinds = files.map((file) => ({
    file,
    kind: file.name.toLowerCase().endsWith(".csv") ? "episode" : detectFileKind(parsed(file)),
  }));
  const manifest = kinds.find((entry) => entry.kind === "collection")?.file;
  const madeUp: LocalFile | undefined = manifest
    ? undefined
    : {
        name: MADE_UP_MANIFEST,
        text: JSON.stringify({
          formatVersion: 1,
          title: "Your files",
          description: `Read from ${files.map((file) => file.name).join(", ")}.`,
          episodes: kinds
            .filter((entry) => entry.kind === "episode")
            .map((entry) => entry.file.name),
          ...(kinds.some((entry) => entry.kind === "analogies")
            ? { analogies: kinds.find((entry) => entry.kind === "analogies")?.file.name }
            : {}),
          articles: kinds
            .filter((entry) => entry.kind === "article")
            .map((entry) => entry.file.name),
          corrections: kinds.find((entry) => entry.kind === "corrections")?.file.name,
        }),
      };
  const all = madeUp ? [madeUp, ...files] : files;
  const readText: ReadText = async (location) => {
    const found =
      all.find((file) => file.name === location) ??
      all.find((file) => baseName(file.name) === baseName(location));
    if (!found) throw new Error("it was not among the files you chose");
    return found.bytes ?? found.text;
  };
  return { manifestFile: (manifest ?? madeUp)?.name ?? MADE_UP_MANIFEST, readText };
}

/** Reads the chosen files and loads the collection they make, checked as any collection is. */
export async function loadLocalFiles(chosen: readonly File[]): Promise<LoadResult> {
  const files: LocalFile[] = await Promise.all(
    chosen.map(async (file) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return {
        name: file.webkitRelativePath || file.name,
        text: (await decodeText(bytes)).text,
        bytes,
      };
    }),
  );
  const { manifestFile, readText } = localCollection(files);
  return loadCollection(manifestFile, readAndValidate(readText));
}
