import {
  detectFileKind,
  type FileKind,
  LISTED_KINDS,
  NOT_AN_ECHOES_FILE,
} from "../format/fileKinds";
import { type Problem, WHOLE_FILE } from "../format/problem";
import { decodeText } from "./decodeText";
import { type LoadResult, loadCollection, type ReadText } from "./loadCollection";
import { readAndValidate } from "./readFiles";

/** A file the reader chose or dropped, with its path below what was chosen where the browser gives one. */
export interface ChosenFile {
  readonly file: File;
  /** "eerie-echoes/articles/eerie-echoes.json" for a file in a dropped folder; else its name. */
  readonly path: string;
}

/** A file the reader chose or dropped, already read. */
export interface LocalFile {
  /** Its path, with the folders below the one chosen where the browser gives them. */
  readonly name: string;
  /** Its text, to tell what kind of file it is. */
  readonly text: string;
  /** Its bytes as read, for loading: decoded there, with a notice if they are not UTF-8. */
  readonly bytes?: Uint8Array;
}

/** The name under which a collection made up for loose files is read. */
export const MADE_UP_MANIFEST = "your files (collection)";

/** What a file turned out to be: a kind Echoes reads, JSON it cannot place, or neither. */
type Found = FileKind | "unknown JSON" | "not JSON" | "other";

const baseName = (path: string) => path.split("/").pop() ?? path;
const folderOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);

/** A path with its `.` and `..` steps taken, as a manifest's names are read against its folder. */
function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

function parse(text: string): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function kindOf(file: LocalFile): Found {
  const name = file.name.toLowerCase();
  if (name.endsWith(".csv")) return "episode";
  if (!name.endsWith(".json")) return "other";
  const parsed = parse(file.text);
  if (!parsed.ok) return "not JSON";
  return detectFileKind(parsed.data) ?? "unknown JSON";
}

/** The names a manifest's text lists, by the kind of file each field holds; read leniently, as it is validated on its own. */
function listing(manifest: LocalFile): Map<string, FileKind> {
  const parsed = parse(manifest.text);
  const listed = new Map<string, FileKind>();
  if (!parsed.ok || typeof parsed.data !== "object" || parsed.data === null) return listed;
  const fields = parsed.data as Record<string, unknown>;
  for (const { field, kind } of LISTED_KINDS) {
    const value = fields[field];
    for (const name of Array.isArray(value) ? value : [value]) {
      if (typeof name === "string") listed.set(name, kind);
    }
  }
  return listed;
}

/**
 * Finds the file a manifest names: at the path it gives, from the manifest's
 * own folder, where the browser gave folders (a dropped folder); else by name
 * among files of the kind the manifest expects there, as files picked one by
 * one come without folders. Two such files of one name are a collision,
 * reported as one rather than guessed at.
 */
function findListed(
  location: string,
  kind: FileKind | undefined,
  manifestPath: string,
  entries: readonly { file: LocalFile; kind: Found }[],
): LocalFile {
  const path = normalise(folderOf(manifestPath) + location);
  const atPath = entries.find((entry) => normalise(entry.file.name) === path);
  if (atPath) return atPath.file;
  const named = entries.filter((entry) => baseName(entry.file.name) === baseName(location));
  const ofKind = kind === undefined ? named : named.filter((entry) => entry.kind === kind);
  const candidates = ofKind.length > 0 ? ofKind : named;
  const [only, ...others] = candidates;
  if (only && others.length === 0) return only.file;
  if (only) {
    throw new Error(
      `${candidates.length} of the files you chose are named ${baseName(location)} (${candidates.map((entry) => entry.file.name).join(", ")}), and none is at ${path}: drop the collection's folder whole, so that their folders tell them apart`,
    );
  }
  throw new Error("it was not among the files you chose");
}

/**
 * A collection from the reader's own files: their manifest if one is among
 * them, or else one made up to hold the episodes, analogy map, articles,
 * lessons and corrections log given. A file Echoes cannot place is a problem
 * of its own; nothing valid is lost because of it.
 */
export function localCollection(files: readonly LocalFile[]): {
  manifestFile: string;
  readText: ReadText;
  problems: readonly Problem[];
} {
  const entries = files.map((file) => ({ file, kind: kindOf(file) }));
  // The topmost manifest, where a folder holds more than one.
  const manifest = entries
    .filter((entry) => entry.kind === "collection")
    .map((entry) => entry.file)
    .sort((a, b) => a.name.split("/").length - b.name.split("/").length)[0];
  const problems: Problem[] = [];

  if (manifest) {
    const listed = listing(manifest);
    const readText: ReadText = async (location) => {
      const found =
        location === manifest.name
          ? manifest
          : findListed(location, listed.get(location), manifest.name, entries);
      return found.bytes ?? found.text;
    };
    return { manifestFile: manifest.name, readText, problems };
  }

  const ofKind = (kind: Found) =>
    entries.filter((entry) => entry.kind === kind).map((entry) => entry.file.name);
  for (const entry of entries) {
    const unplaced =
      entry.kind === "other"
        ? "is not a JSON or CSV file: expected an Echoes file saved as .json, or an episode as .csv"
        : entry.kind === "unknown JSON"
          ? NOT_AN_ECHOES_FILE
          : undefined;
    if (unplaced) {
      problems.push({ file: entry.file.name, path: "", message: unplaced, dropped: WHOLE_FILE });
    }
  }
  const [analogies, ...moreAnalogies] = ofKind("analogies");
  const [corrections, ...moreCorrections] = ofKind("corrections");
  const oneOnly = (extras: readonly string[], what: string, read: string | undefined) => {
    for (const extra of extras) {
      problems.push({
        file: extra,
        path: "",
        message: `a collection has one ${what}, and ${read} is the one read: expected one, or a collection.json naming the one to use`,
        dropped: WHOLE_FILE,
      });
    }
  };
  oneOnly(moreAnalogies, "analogy map", analogies);
  oneOnly(moreCorrections, "corrections log", corrections);
  const madeUp: LocalFile = {
    name: MADE_UP_MANIFEST,
    text: JSON.stringify({
      formatVersion: 1,
      title: "Your files",
      description: `Read from ${files.map((file) => file.name).join(", ")}.`,
      // A file that is not valid JSON is read as an episode, the commonest kind, so that its
      // problem is found and placed by line and column as any file's is.
      episodes: [...ofKind("episode"), ...ofKind("not JSON")],
      ...(analogies ? { analogies } : {}),
      articles: ofKind("article"),
      lessons: ofKind("lesson"),
      ...(corrections ? { corrections } : {}),
    }),
  };
  const readText: ReadText = async (location) => {
    if (location === MADE_UP_MANIFEST) return madeUp.text;
    const found = files.find((file) => file.name === location);
    if (!found) throw new Error("it was not among the files you chose");
    return found.bytes ?? found.text;
  };
  return { manifestFile: MADE_UP_MANIFEST, readText, problems };
}

/** Reads the chosen files' bytes, and their text to tell each file's kind. */
export function readChosenFiles(chosen: readonly ChosenFile[]): Promise<LocalFile[]> {
  return Promise.all(
    chosen.map(async ({ file, path }) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return { name: path, text: (await decodeText(bytes)).text, bytes };
    }),
  );
}

/** Reads the chosen files and loads the collection they make, checked as any collection is. */
export async function loadLocalFiles(chosen: readonly ChosenFile[]): Promise<LoadResult> {
  const files = await readChosenFiles(chosen);
  const { manifestFile, readText, problems } = localCollection(files);
  const result = await loadCollection(manifestFile, readAndValidate(readText));
  return { ...result, problems: [...problems, ...result.problems] };
}
