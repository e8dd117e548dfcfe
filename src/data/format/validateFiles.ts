import * as z from "zod/mini";
import { acceptEvent } from "./acceptEvent";
import { describeIssue } from "./describeIssue";
import { type ArticleText, HEADLINE, placeText } from "./excerptPlace";
import { FILE_KINDS, type FileKind } from "./fileKinds";
import { joinJsonPath, type Problem, toJsonPath, WHOLE_FILE } from "./problem";
import {
  type AnalogyRole,
  type Article,
  type CollectionManifest,
  type Correction,
  collectionSchema,
  correctionSchema,
  type Episode,
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

/** The schema of a list's items, and, for the many events of an episode, a faster check of the valid ones. */
interface ItemSchema<T> {
  readonly schema: z.ZodMiniType<T>;
  /** The item as the schema gives it back when it is plainly valid, else undefined. */
  readonly accept?: (item: unknown) => T | undefined;
}

/** Each item's value, or its problems when it is not valid. */
function parseItems<T>(
  items: readonly unknown[],
  { schema, accept }: ItemSchema<T>,
  file: string,
  listPath: string,
  noun: string,
): { value: T | undefined; problems: Problem[] }[] {
  const parseOne = (item: unknown, index: number) => {
    const id = readableId(item);
    const dropped = id === undefined ? `${noun} ${index}` : `${noun} "${id}"`;
    return parseWith(schema, item, file, `${listPath}[${index}]`, dropped);
  };
  // The schema words the problems of the items the fast check does not accept.
  if (accept) {
    return items.map((item, index) => {
      const value = accept(item);
      return value === undefined ? parseOne(item, index) : { value, problems: [] };
    });
  }
  // Most lists are valid, and one parse of a whole list takes about half the time of one parse per
  // item; the list is parsed item by item only to keep the valid items of a list that has others.
  const whole = listSchemaOf(schema).safeParse(items, PARSE_OPTIONS);
  if (whole.success) return whole.data.map((value) => ({ value, problems: [] }));
  return items.map(parseOne);
}

/**
 * Validates a list item by item, keeping the valid ones; of two items with
 * the same id the first is kept.
 */
function validateItems<T extends { id: string }>(
  items: readonly unknown[],
  schema: ItemSchema<T>,
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

type ListKind = Exclude<FileKind, "collection">;

/** Kinds of file that are of no use once none of their items is valid. */
const NEEDS_AN_ITEM: ReadonlySet<ListKind> = new Set(["episode", "lesson"]);

/**
 * A file of a header and a list of items, as every kind but the manifest is:
 * the header checked whole, the items one by one, keeping the valid ones.
 */
function validateListFile<H extends object, T extends { id: string }>(
  kind: ListKind,
  schemas: { readonly header: z.ZodMiniType<H>; readonly item: ItemSchema<T> },
  file: string,
  data: unknown,
):
  | { header: H; items: Located<T>[]; problems: Problem[] }
  | { header: undefined; problems: readonly Problem[] } {
  const header = parseWith(schemas.header, data, file, "", WHOLE_FILE);
  if (!header.value) return { header: undefined, problems: header.problems };
  const { field, noun } = itemsOf(kind);
  const list = (header.value as Record<string, unknown>)[field];
  const items = validateItems(Array.isArray(list) ? list : [], schemas.item, file, field, noun);
  if (items.items.length === 0 && NEEDS_AN_ITEM.has(kind)) {
    const problem = {
      file,
      path: field,
      message: `no valid ${field} are left`,
      dropped: WHOLE_FILE,
    };
    return { header: undefined, problems: [...items.problems, problem] };
  }
  return { header: header.value, items: items.items, problems: items.problems };
}

function itemsOf(kind: ListKind): { readonly field: string; readonly noun: string } {
  const items = FILE_KINDS[kind].items;
  if (!items) throw new Error(`${kind} files have no list of items`);
  return items;
}

const valuesOf = <T>(items: readonly Located<T>[]) => items.map((item) => item.value);

export function validateEpisode(file: string, data: unknown): FileValidation<Episode> {
  const checked = validateListFile(
    "episode",
    { header: headerSchemas.episode, item: { schema: eventSchema, accept: acceptEvent } },
    file,
    data,
  );
  if (!checked.header) return { value: undefined, problems: checked.problems };
  return {
    value: { ...checked.header, events: valuesOf(checked.items) },
    problems: checked.problems,
  };
}

export function validateAnalogies(file: string, data: unknown): FileValidation<Analogies> {
  const checked = validateListFile(
    "analogies",
    { header: headerSchemas.analogies, item: { schema: roleSchema } },
    file,
    data,
  );
  if (!checked.header) return { value: undefined, problems: checked.problems };
  return { value: { roles: checked.items }, problems: checked.problems };
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
  const checked = validateListFile(
    "article",
    { header: headerSchemas.article, item: { schema: excerptSchema } },
    file,
    data,
  );
  if (!checked.header) return { value: undefined, problems: checked.problems };
  const { header } = checked;
  const problems = [...checked.problems];
  const kept: Located<Excerpt>[] = [];
  for (const located of checked.items) {
    const { value: excerpt, index } = located;
    const message = quoteProblem(excerpt, header);
    if (message === undefined) {
      kept.push(located);
      continue;
    }
    const field = placeText(header, excerpt.paragraph) === undefined ? "paragraph" : "quote";
    problems.push({
      file,
      path: `excerpts[${index}].${field}`,
      message,
      dropped: `excerpt "${excerpt.id}"`,
    });
  }
  return { value: { article: { ...header, excerpts: valuesOf(kept) }, excerpts: kept }, problems };
}

export interface LocatedLesson {
  readonly lesson: Lesson;
  readonly stops: readonly Located<LessonStop>[];
}

export function validateLesson(file: string, data: unknown): FileValidation<LocatedLesson> {
  const checked = validateListFile(
    "lesson",
    { header: headerSchemas.lesson, item: { schema: lessonStopSchema } },
    file,
    data,
  );
  if (!checked.header) return { value: undefined, problems: checked.problems };
  return {
    value: {
      lesson: { ...checked.header, stops: valuesOf(checked.items) },
      stops: checked.items,
    },
    problems: checked.problems,
  };
}

export interface Corrections {
  readonly corrections: readonly Located<Correction>[];
}

export function validateCorrections(file: string, data: unknown): FileValidation<Corrections> {
  const checked = validateListFile(
    "corrections",
    { header: headerSchemas.corrections, item: { schema: correctionSchema } },
    file,
    data,
  );
  if (!checked.header) return { value: undefined, problems: checked.problems };
  return { value: { corrections: checked.items }, problems: checked.problems };
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
