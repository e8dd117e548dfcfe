import * as z from "zod/mini";
import { describeIssue } from "./describeIssue";
import { type ArticleText, HEADLINE, placeText } from "./excerptPlace";
import { joinJsonPath, type Problem, toJsonPath, WHOLE_FILE } from "./problem";
import {
  type AnalogyRole,
  type Article,
  type CollectionManifest,
  type Correction,
  collectionSchema,
  correctionSchema,
  type Episode,
  type EpisodeEvent,
  type Excerpt,
  eventSchema,
  excerptSchema,
  headerSchemas,
  type Lesson,
  type LessonStop,
  lessonStopSchema,
  roleSchema,
} from "./schema";
import { showValue } from "./showValue";

/** A file's usable content, if any, and every problem found in it. */
export interface FileValidation<T> {
  readonly value: T | undefined;
  readonly problems: readonly Problem[];
}

/** Valid items with their index in the file, so that later checks can name their path. */
export interface Located<T> {
  readonly value: T;
  readonly index: number;
}

export interface Analogies {
  readonly roles: readonly Located<AnalogyRole>[];
}

export interface LocatedArticle {
  readonly article: Article;
  readonly excerpts: readonly Located<Excerpt>[];
}

const PARSE_OPTIONS = { error: describeIssue, reportInput: true };

function parseWith<T>(
  schema: z.ZodMiniType<T>,
  data: unknown,
  file: string,
  basePath: string,
  dropped: string,
): { value: T | undefined; problems: Problem[] } {
  const result = schema.safeParse(data, PARSE_OPTIONS);
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => ({
    file,
    path: joinJsonPath(basePath, toJsonPath(issue.path)),
    message: issue.message,
    dropped,
  }));
  return { value: undefined, problems };
}

function readableId(item: unknown): string | undefined {
  if (typeof item === "object" && item !== null && "id" in item && typeof item.id === "string") {
    return item.id;
  }
  return undefined;
}

const listSchemas = new WeakMap<z.ZodMiniType, z.ZodMiniType<unknown[]>>();

function listSchemaOf<T>(schema: z.ZodMiniType<T>): z.ZodMiniType<T[]> {
  let list = listSchemas.get(schema);
  if (!list) {
    list = z.array(schema);
    listSchemas.set(schema, list);
  }
  return list as z.ZodMiniType<T[]>;
}

/** Each item's value, or its problems when it is not valid. */
function parseItems<T>(
  items: readonly unknown[],
  schema: z.ZodMiniType<T>,
  file: string,
  listPath: string,
  noun: string,
): { value: T | undefined; problems: Problem[] }[] {
  // Most lists are valid, and one parse of a whole list takes about half the time of one parse per
  // item; the list is parsed item by item only to keep the valid items of a list that has others.
  const whole = listSchemaOf(schema).safeParse(items, PARSE_OPTIONS);
  if (whole.success) return whole.data.map((value) => ({ value, problems: [] }));
  return items.map((item, index) => {
    const id = readableId(item);
    const dropped = id === undefined ? `${noun} ${index}` : `${noun} "${id}"`;
    return parseWith(schema, item, file, `${listPath}[${index}]`, dropped);
  });
}

/**
 * Validates a list item by item, keeping the valid ones; of two items with
 * the same id the first is kept.
 */
function validateItems<T extends { id: string }>(
  items: readonly unknown[],
  schema: z.ZodMiniType<T>,
  file: string,
  listPath: string,
  noun: string,
): { items: Located<T>[]; problems: Problem[] } {
  const kept: Located<T>[] = [];
  const problems: Problem[] = [];
  const firstIndexById = new Map<string, number>();
  parseItems(items, schema, file, listPath, noun).forEach((result, index) => {
    problems.push(...result.problems);
    if (!result.value) return;
    const earlier = firstIndexById.get(result.value.id);
    if (earlier !== undefined) {
      problems.push({
        file,
        path: `${listPath}[${index}].id`,
        message: `${showValue(result.value.id)} is already the id of ${listPath}[${earlier}]: expected ids unique in the file`,
        dropped: `${noun} ${index}`,
      });
      return;
    }
    firstIndexById.set(result.value.id, index);
    kept.push({ value: result.value, index });
  });
  return { items: kept, problems };
}

export function validateManifest(file: string, data: unknown): FileValidation<CollectionManifest> {
  return parseWith(collectionSchema, data, file, "", WHOLE_FILE);
}

export function validateEpisode(file: string, data: unknown): FileValidation<Episode> {
  const header = parseWith(headerSchemas.episode, data, file, "", WHOLE_FILE);
  if (!header.value) return { value: undefined, problems: header.problems };
  const events = validateItems<EpisodeEvent>(
    header.value.events,
    eventSchema,
    file,
    "events",
    "event",
  );
  if (events.items.length === 0) {
    return {
      value: undefined,
      problems: [
        ...events.problems,
        { file, path: "events", message: "no valid events are left", dropped: WHOLE_FILE },
      ],
    };
  }
  return {
    value: { ...header.value, events: events.items.map((item) => item.value) },
    problems: events.problems,
  };
}

export function validateAnalogies(file: string, data: unknown): FileValidation<Analogies> {
  const header = parseWith(headerSchemas.analogies, data, file, "", WHOLE_FILE);
  if (!header.value) return { value: undefined, problems: header.problems };
  const roles = validateItems<AnalogyRole>(header.value.roles, roleSchema, file, "roles", "role");
  return { value: { roles: roles.items }, problems: roles.problems };
}

function quoteProblem(excerpt: Excerpt, article: ArticleText): string | undefined {
  const text = placeText(article, excerpt.paragraph);
  if (text === undefined) {
    return `paragraph ${excerpt.paragraph} does not exist: expected 0 to ${article.paragraphs.length - 1}, or "${HEADLINE}"`;
  }
  if (!text.includes(excerpt.quote)) {
    const place =
      excerpt.paragraph === HEADLINE ? "the headline (title)" : `paragraphs[${excerpt.paragraph}]`;
    return `${showValue(excerpt.quote)} does not occur word for word in ${place}`;
  }
  return undefined;
}

export function validateArticle(file: string, data: unknown): FileValidation<LocatedArticle> {
  const header = parseWith(headerSchemas.article, data, file, "", WHOLE_FILE);
  if (!header.value) return { value: undefined, problems: header.problems };
  const excerpts = validateItems<Excerpt>(
    header.value.excerpts,
    excerptSchema,
    file,
    "excerpts",
    "excerpt",
  );
  const problems = [...excerpts.problems];
  const kept: Located<Excerpt>[] = [];
  for (const located of excerpts.items) {
    const { value: excerpt, index } = located;
    const message = quoteProblem(excerpt, header.value);
    if (message === undefined) {
      kept.push(located);
      continue;
    }
    const field = placeText(header.value, excerpt.paragraph) === undefined ? "paragraph" : "quote";
    problems.push({
      file,
      path: `excerpts[${index}].${field}`,
      message,
      dropped: `excerpt "${excerpt.id}"`,
    });
  }
  return {
    value: {
      article: { ...header.value, excerpts: kept.map((item) => item.value) },
      excerpts: kept,
    },
    problems,
  };
}

export interface LocatedLesson {
  readonly lesson: Lesson;
  readonly stops: readonly Located<LessonStop>[];
}

export function validateLesson(file: string, data: unknown): FileValidation<LocatedLesson> {
  const header = parseWith(headerSchemas.lesson, data, file, "", WHOLE_FILE);
  if (!header.value) return { value: undefined, problems: header.problems };
  const stops = validateItems<LessonStop>(
    header.value.stops,
    lessonStopSchema,
    file,
    "stops",
    "stop",
  );
  if (stops.items.length === 0) {
    return {
      value: undefined,
      problems: [
        ...stops.problems,
        { file, path: "stops", message: "no valid stops are left", dropped: WHOLE_FILE },
      ],
    };
  }
  return {
    value: {
      lesson: { ...header.value, stops: stops.items.map((item) => item.value) },
      stops: stops.items,
    },
    problems: stops.problems,
  };
}

export interface Corrections {
  readonly corrections: readonly Located<Correction>[];
}

export function validateCorrections(file: string, data: unknown): FileValidation<Corrections> {
  const header = parseWith(headerSchemas.corrections, data, file, "", WHOLE_FILE);
  if (!header.value) return { value: undefined, problems: header.problems };
  const corrections = validateItems<Correction>(
    header.value.corrections,
    correctionSchema,
    file,
    "corrections",
    "correction",
  );
  return { value: { corrections: corrections.items }, problems: corrections.problems };
}

export type FileKind =
  | "collection"
  | "episode"
  | "analogies"
  | "article"
  | "lesson"
  | "corrections";

const kindMarkers: ReadonlyArray<[string, FileKind]> = [
  ["episodes", "collection"],
  ["events", "episode"],
  ["roles", "analogies"],
  ["paragraphs", "article"],
  ["stops", "lesson"],
  ["corrections", "corrections"],
];

/** What a file that is of no kind Echoes reads should have been, told by the fields that mark each kind. */
export const NOT_AN_ECHOES_FILE =
  'is not an Echoes file: expected a collection (with "episodes"), an episode (with "events"), an analogy map (with "roles"), an article (with "paragraphs"), a lesson (with "stops") or a corrections log (with "corrections")';

/** Tells a file's kind by its defining field, for validating single files. */
export function detectFileKind(data: unknown): FileKind | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  return kindMarkers.find(([marker]) => marker in data)?.[1];
}

/** What each kind of file holds once validated. */
export interface FileValues {
  readonly collection: CollectionManifest;
  readonly episode: Episode;
  readonly analogies: Analogies;
  readonly article: LocatedArticle;
  readonly lesson: LocatedLesson;
  readonly corrections: Corrections;
}

const validators: {
  readonly [K in FileKind]: (file: string, data: unknown) => FileValidation<FileValues[K]>;
} = {
  collection: validateManifest,
  episode: validateEpisode,
  analogies: validateAnalogies,
  article: validateArticle,
  lesson: validateLesson,
  corrections: validateCorrections,
};

/** Validates a file of the given kind; its problems name it as file. */
export function validateFile<K extends FileKind>(
  kind: K,
  file: string,
  data: unknown,
): FileValidation<FileValues[K]> {
  return validators[kind](file, data);
}
