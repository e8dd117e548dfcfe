import { type FileKind, LISTED_KINDS } from "../data/format/fileKinds";
import { errorMessage, type Problem, WHOLE_FILE } from "../data/format/problem";
import { ID_PATTERN } from "../data/format/schema";
import { showValue } from "../data/format/showValue";
import { csvToEpisode } from "../data/loading/csvEpisode";
import { decodeText } from "../data/loading/decodeText";
import type { FileContent, ReadText } from "../data/loading/loadCollection";
import { type LocalFile, localCollection } from "../data/loading/localFiles";
import { readJsonFile } from "../data/loading/readFiles";
import {
  addListedFile,
  blankDraft,
  type Draft,
  episodePath,
  fileHeader,
  listedFiles,
  MANIFEST_FILE,
} from "./draft";
import { isJsonObject, type JsonObject, type JsonValue } from "./jsonPath";

/** A draft begun from files, and what could not be taken from them. */
export interface Started {
  readonly draft: Draft;
  readonly problems: readonly Problem[];
}

const isCsv = (name: string) => /\.csv$/i.test(name);

/** A spreadsheet's rows as an episode file's JSON, with the sheet's own problems (missing or unknown columns). */
function readSheet(fileName: string, text: string): { data: JsonObject; problems: Problem[] } {
  const sheet = csvToEpisode(fileName, text);
  return {
    data: sheet.data as JsonObject,
    problems: sheet.problems.map((problem) => ({
      file: fileName,
      path: problem.where,
      message: problem.message,
      dropped: "",
    })),
  };
}

/** The manifest with each listed name that was moved given its new path, and each one dropped left out. */
function relist(manifest: JsonObject, moved: ReadonlyMap<string, string | undefined>): JsonObject {
  const rename = (name: JsonValue) =>
    typeof name === "string" && moved.has(name) ? moved.get(name) : name;
  const fields = LISTED_KINDS.map(({ field }) => field);
  return Object.fromEntries(
    Object.entries(manifest).flatMap(([field, value]) => {
      if (!fields.includes(field)) return [[field, value]];
      if (!Array.isArray(value)) {
        const renamed = rename(value);
        return renamed === undefined ? [] : [[field, renamed]];
      }
      return [
        [field, (value as readonly JsonValue[]).map(rename).filter((name) => name !== undefined)],
      ];
    }),
  );
}

/** One listed file as the draft keeps it: a spreadsheet as the episode file it stands for. */
async function readOne(
  name: string,
  kind: FileKind,
  readText: ReadText,
): Promise<{ path: string; data: JsonValue | undefined; problems: Problem[] }> {
  if (kind !== "episode" || !isCsv(name)) {
    const read = await readJsonFile(name, readText);
    return { path: name, data: read.data as JsonValue | undefined, problems: read.problems };
  }
  let content: FileContent;
  try {
    content = await readText(name);
  } catch (error) {
    const message = `could not be read (${errorMessage(error)})`;
    return {
      path: name,
      data: undefined,
      problems: [{ file: name, path: "", message, dropped: WHOLE_FILE }],
    };
  }
  const sheet = readSheet(name, (await decodeText(content)).text);
  const path = name.replace(/\.csv$/i, ".json");
  return {
    path,
    data: { ...fileHeader("episode", path), ...sheet.data },
    problems: sheet.problems,
  };
}

/** Reads every file a manifest lists, and the manifest as it names them in the draft. */
async function readListed(
  manifest: JsonObject,
  readText: ReadText,
): Promise<{ files: Record<string, JsonValue>; manifest: JsonObject; problems: Problem[] }> {
  const files: Record<string, JsonValue> = {};
  const problems: Problem[] = [];
  const moved = new Map<string, string | undefined>();
  for (const { field, kind } of LISTED_KINDS) {
    const listed = manifest[field];
    for (const name of Array.isArray(listed) ? listed : [listed]) {
      if (typeof name !== "string") continue;
      const read = await readOne(name, kind, readText);
      problems.push(...read.problems);
      // A file at the manifest's own path that is not the manifest (a broken one, read as an
      // episode) has its problems told and is no longer listed, so that the manifest stays.
      if (read.path === MANIFEST_FILE) moved.set(name, undefined);
      else if (read.data !== undefined) files[read.path] = read.data;
      if (read.path !== name) moved.set(name, read.path);
    }
  }
  return { files, manifest: relist(manifest, moved), problems };
}

/**
 * A draft from dropped or chosen files, found and read as the app reads
 * them (`localCollection`): their manifest, or one made up for loose files.
 * Whatever cannot be read is a problem, and the rest is kept.
 */
export async function startFromFiles(name: string, chosen: readonly LocalFile[]): Promise<Started> {
  const { manifestFile, readText, problems } = localCollection(chosen);
  const manifest = await readJsonFile(manifestFile, readText);
  const data = manifest.data as JsonValue | undefined;
  if (!isJsonObject(data ?? null)) {
    return { draft: blankDraft(name), problems: [...problems, ...manifest.problems] };
  }
  const read = await readListed(data as JsonObject, readText);
  return {
    draft: { name, files: { [MANIFEST_FILE]: read.manifest, ...read.files } },
    problems: [...problems, ...manifest.problems, ...read.problems],
  };
}

/** A draft from files' texts by their paths, such as the curated collection's. */
export function startFromTexts(
  name: string,
  texts: { readonly [path: string]: string },
): Promise<Started> {
  return startFromFiles(
    name,
    Object.entries(texts).map(([path, text]) => ({ name: path, text })),
  );
}

export const startBlank = (name: string): Started => ({ draft: blankDraft(name), problems: [] });

function episodeIds(draft: Draft): Map<string, string> {
  const ids = new Map<string, string>();
  for (const path of listedFiles(draft, "episode")) {
    const file = draft.files[path];
    if (isJsonObject(file) && typeof file.id === "string") ids.set(file.id, path);
  }
  return ids;
}

/**
 * Adds a spreadsheet's episode to a draft beside the episodes it has. A
 * sheet whose episode the draft already has is refused, as a spreadsheet
 * adds an episode and never replaces one.
 */
export function addCsvEpisode(draft: Draft, fileName: string, text: string): Started {
  const sheet = readSheet(fileName, text);
  const id = sheet.data.id;
  const base = (fileName.split("/").pop() ?? fileName).replace(/\.csv$/i, "");
  const path =
    typeof id === "string" && ID_PATTERN.test(id) ? episodePath(id) : `episodes/${base}.json`;
  const taken = typeof id === "string" ? episodeIds(draft).get(id) : undefined;
  if (taken !== undefined || Object.hasOwn(draft.files, path)) {
    const problem: Problem = {
      file: fileName,
      path: "episode_id",
      message: `${showValue(id)} is already the episode of ${taken ?? path}: expected a new episode, as a spreadsheet adds one and cannot replace one (give it another episode_id)`,
      dropped: WHOLE_FILE,
    };
    return { draft, problems: [...sheet.problems, problem] };
  }
  const file = { ...fileHeader("episode", path), ...sheet.data };
  return { draft: addListedFile(draft, "episode", path, file), problems: sheet.problems };
}
