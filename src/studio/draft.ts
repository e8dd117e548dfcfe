import { FILE_KINDS, type FileKind } from "../data/format/fileKinds";
import { errorMessage } from "../data/format/problem";
import { ID_PATTERN } from "../data/format/schema";
import { FORMAT_VERSION } from "../data/format/vocabulary";
import {
  getIn,
  isJsonObject,
  type JsonObject,
  type JsonValue,
  listOf,
  parseFieldPath,
  setIn,
} from "./jsonPath";

/** Where a draft keeps its manifest, as the curated collection does. */
export const MANIFEST_FILE = "collection.json";

/**
 * A collection being written: its documented files as JSON values, by their
 * paths as the manifest names them. A field is kept exactly as typed, valid
 * or not, so that nothing is lost while it is wrong.
 */
export interface Draft {
  /** The project's name, which is not part of the collection. */
  readonly name: string;
  readonly files: { readonly [path: string]: JsonValue };
}

/** The kinds of file a manifest lists. */
export type ListedKind = Exclude<FileKind, "collection">;

/** The `$schema` line the curated files carry, relative to the file's own folder. */
export function schemaLine(kind: FileKind, path: string): string {
  const depth = path.split("/").length - 1;
  return `${depth === 0 ? "./" : "../".repeat(depth)}schema/${kind}.schema.json`;
}

/** The header every file of the format starts with. */
export const fileHeader = (kind: FileKind, path: string) => ({
  $schema: schemaLine(kind, path),
  formatVersion: FORMAT_VERSION,
});

/** A collection with a title and no episode yet: its only problem is that it needs one. */
export function blankDraft(name: string): Draft {
  return {
    name,
    files: {
      [MANIFEST_FILE]: { ...fileHeader("collection", MANIFEST_FILE), title: name, episodes: [] },
    },
  };
}

function fileOf(draft: Draft, path: string): JsonValue {
  const file = Object.hasOwn(draft.files, path) ? draft.files[path] : undefined;
  if (file === undefined) {
    throw new Error(`${path}: is not a file of the project "${draft.name}"`);
  }
  return file;
}

/** A field of a file, by a path written as problems write it ("events[4].date"); undefined where it is not set. */
export function getField(draft: Draft, path: string, fieldPath: string): JsonValue | undefined {
  return getIn(fileOf(draft, path), parseFieldPath(fieldPath));
}

/** Sets a field of a file as typed, valid or not; undefined leaves the field out. */
export function setField(
  draft: Draft,
  path: string,
  fieldPath: string,
  value: JsonValue | undefined,
): Draft {
  const before = fileOf(draft, path);
  let file: JsonValue | undefined;
  try {
    file = setIn(before, parseFieldPath(fieldPath), value);
  } catch (error) {
    throw new Error(`${path}: ${fieldPath}: ${errorMessage(error)}`);
  }
  if (file === undefined) throw new Error(`${path}: the whole file cannot be left out here`);
  return { ...draft, files: { ...draft.files, [path]: file } };
}

function listAt(draft: Draft, path: string, listPath: string): readonly JsonValue[] {
  const list = getField(draft, path, listPath) ?? [];
  if (!Array.isArray(list)) {
    throw new Error(`${path}: ${listPath}: is not a list: expected a list of items`);
  }
  return list as readonly JsonValue[];
}

function checkIndex(path: string, listPath: string, index: number, length: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) {
    throw new Error(
      `${path}: ${listPath}: has no item ${index}: expected an index from 0 to ${length - 1}`,
    );
  }
}

/** Adds an item to a list of a file, at the end or at an index. */
export function addItem(
  draft: Draft,
  path: string,
  listPath: string,
  item: JsonValue,
  at?: number,
): Draft {
  const list = [...listAt(draft, path, listPath)];
  const index = at ?? list.length;
  checkIndex(path, listPath, index, list.length + 1);
  list.splice(index, 0, item);
  return setField(draft, path, listPath, list);
}

export function removeItem(draft: Draft, path: string, listPath: string, index: number): Draft {
  const list = [...listAt(draft, path, listPath)];
  checkIndex(path, listPath, index, list.length);
  list.splice(index, 1);
  return setField(draft, path, listPath, list);
}

/** Moves an item of a list to another index, the others closing up around it. */
export function moveItem(
  draft: Draft,
  path: string,
  listPath: string,
  from: number,
  to: number,
): Draft {
  const list = [...listAt(draft, path, listPath)];
  checkIndex(path, listPath, from, list.length);
  checkIndex(path, listPath, to, list.length);
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item as JsonValue);
  return setField(draft, path, listPath, list);
}

/** Refuses an id that cannot name a file, in the words the format uses for ids. */
export function checkNewId(what: string, id: string): void {
  if (!ID_PATTERN.test(id)) {
    throw new Error(
      `${what} id ${JSON.stringify(id)} is not an id: expected lowercase letters and digits joined by single hyphens, e.g. "troops-arrive"`,
    );
  }
}

function manifestOf(draft: Draft): JsonObject {
  const manifest = fileOf(draft, MANIFEST_FILE);
  if (!isJsonObject(manifest)) {
    throw new Error(`${MANIFEST_FILE}: is not an object: expected the collection's manifest`);
  }
  return manifest;
}

/** Adds a file and names it in the manifest's field for its kind. */
export function addListedFile(
  draft: Draft,
  kind: ListedKind,
  path: string,
  content: JsonValue,
): Draft {
  if (Object.hasOwn(draft.files, path)) {
    throw new Error(`${path}: is already a file of the project "${draft.name}"`);
  }
  const listedIn = FILE_KINDS[kind].listedIn;
  if (!listedIn) throw new Error(`${kind} files are not listed in a manifest`);
  const manifest = manifestOf(draft);
  const current = manifest[listedIn.field];
  if (!listedIn.many && typeof current === "string" && Object.hasOwn(draft.files, current)) {
    throw new Error(
      `${MANIFEST_FILE}: ${listedIn.field}: already names ${current}: expected one ${FILE_KINDS[kind].called.replace(/^an? /, "")}`,
    );
  }
  const listed: JsonValue = listedIn.many ? [...listOf(current), path] : path;
  const withFile = { ...draft, files: { ...draft.files, [path]: content } };
  return setField(withFile, MANIFEST_FILE, listedIn.field, listed);
}

/** Removes a file and its name from the manifest; whatever else refers to what it held stays, to be flagged by the checks. */
export function removeFile(draft: Draft, path: string): Draft {
  if (path === MANIFEST_FILE) throw new Error(`${path}: the manifest cannot be removed`);
  fileOf(draft, path);
  const files = Object.fromEntries(Object.entries(draft.files).filter(([key]) => key !== path));
  const manifest = manifestOf(draft);
  let next = { ...draft, files };
  for (const kind of Object.keys(FILE_KINDS) as FileKind[]) {
    const field = FILE_KINDS[kind].listedIn?.field;
    const listed = field === undefined ? undefined : manifest[field];
    if (field === undefined || listed === undefined) continue;
    if (listed === path) next = setField(next, MANIFEST_FILE, field, undefined);
    if (Array.isArray(listed)) {
      const kept = (listed as readonly JsonValue[]).filter((name) => name !== path);
      next = setField(next, MANIFEST_FILE, field, kept);
    }
  }
  return next;
}

/** The files the manifest lists in one field, in its order; names that are not text are skipped. */
export function listedFiles(draft: Draft, kind: ListedKind): string[] {
  const field = FILE_KINDS[kind].listedIn?.field ?? "";
  const listed = manifestOf(draft)[field];
  const names = Array.isArray(listed) ? (listed as readonly JsonValue[]) : [listed];
  return names.filter((name): name is string => typeof name === "string");
}

export interface NewEpisode {
  readonly id: string;
  readonly title: string;
  /** A short place and period, e.g. "Hungary, 1956". */
  readonly label: string;
  readonly summary: string;
}

/** Where a new episode's file goes, as in data/. */
export const episodePath = (id: string) => `episodes/${id}.json`;

/** Adds an episode with no events yet, its file and its name in the manifest. */
export function addEpisode(draft: Draft, episode: NewEpisode): Draft {
  checkNewId("episode", episode.id);
  const path = episodePath(episode.id);
  return addListedFile(draft, "episode", path, {
    ...fileHeader("episode", path),
    ...episode,
    events: [],
  });
}

/**
 * A new event: every required field present, blank until typed, so that a
 * form shows each and the checks name what is still missing.
 */
export function blankEvent(id: string): JsonObject {
  return {
    id,
    date: "",
    title: "",
    summary: "",
    kind: "",
    certainty: { level: "confirmed" },
    sources: [],
  };
}

/** Adds an event to an episode's file: a blank one with the fields given, at the end or at an index. */
export function addEvent(draft: Draft, path: string, fields: JsonObject, at?: number): Draft {
  const id = typeof fields.id === "string" ? fields.id : "";
  return addItem(draft, path, "events", { ...blankEvent(id), ...fields }, at);
}

export const removeEvent = (draft: Draft, path: string, index: number) =>
  removeItem(draft, path, "events", index);

export const moveEvent = (draft: Draft, path: string, from: number, to: number) =>
  moveItem(draft, path, "events", from, to);
