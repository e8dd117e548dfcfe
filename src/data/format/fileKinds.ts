import { EPISODE_FILE_PATH, JSON_FILE_PATH } from "./filePaths";

export type FileKind =
  | "collection"
  | "episode"
  | "analogies"
  | "article"
  | "lesson"
  | "corrections";

/** What the loader, the read-ahead, local files and the command line each need to know of a kind of file. */
export interface FileKindRules {
  /** The field that only this kind of file has, by which a file is told apart. */
  readonly marker: string;
  /** The kind as a message names it: "an analogy map". */
  readonly called: string;
  /** The list of items validated one by one, and what one item is called. */
  readonly items?: { readonly field: string; readonly noun: string };
  /** The manifest's field that lists files of this kind, whether it lists several, and the names it allows. */
  readonly listedIn?: { readonly field: string; readonly many: boolean; readonly names: RegExp };
}

/**
 * Every kind of file a collection is made of. Kept free of the validator, so
 * that the first load can read a manifest's listing by it.
 */
export const FILE_KINDS: { readonly [K in FileKind]: FileKindRules } = {
  collection: { marker: "episodes", called: "a collection" },
  episode: {
    marker: "events",
    called: "an episode",
    items: { field: "events", noun: "event" },
    listedIn: { field: "episodes", many: true, names: EPISODE_FILE_PATH },
  },
  analogies: {
    marker: "roles",
    called: "an analogy map",
    items: { field: "roles", noun: "role" },
    listedIn: { field: "analogies", many: false, names: JSON_FILE_PATH },
  },
  article: {
    marker: "paragraphs",
    called: "an article",
    items: { field: "excerpts", noun: "excerpt" },
    listedIn: { field: "articles", many: true, names: JSON_FILE_PATH },
  },
  lesson: {
    marker: "stops",
    called: "a lesson",
    items: { field: "stops", noun: "stop" },
    listedIn: { field: "lessons", many: true, names: JSON_FILE_PATH },
  },
  corrections: {
    marker: "corrections",
    called: "a corrections log",
    items: { field: "corrections", noun: "correction" },
    listedIn: { field: "corrections", many: false, names: JSON_FILE_PATH },
  },
};

const kinds = Object.keys(FILE_KINDS) as FileKind[];

/** The kinds a manifest lists, each with the field that lists it. */
export const LISTED_KINDS = kinds.flatMap((kind) => {
  const { listedIn } = FILE_KINDS[kind];
  return listedIn ? [{ kind, ...listedIn }] : [];
});

const expectedKinds = kinds.map(
  (kind) => `${FILE_KINDS[kind].called} (with "${FILE_KINDS[kind].marker}")`,
);

/** What a file that is of no kind Echoes reads should have been, told by the field that marks each kind. */
export const NOT_AN_ECHOES_FILE = `is not an Echoes file: expected ${expectedKinds.slice(0, -1).join(", ")} or ${expectedKinds.at(-1)}`;

/** Tells a file's kind by its marking field, for a file met on its own. */
export function detectFileKind(data: unknown): FileKind | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  return kinds.find((kind) => FILE_KINDS[kind].marker in data);
}
