import type { FileKind } from "../../src/data/format/fileKinds";
import { type Draft, type FileContent, isObject, MANIFEST, writeFiles } from "./draft";
import { FILE_MUTATIONS } from "./fileMutations";
import type { Expectation, Mutation } from "./mutation";
import { caseSeed, createRandom } from "./random";
import { SHEET_MUTATIONS } from "./sheetMutations";
import { TREE_MUTATIONS } from "./treeMutations";
import { VALUE_MUTATIONS } from "./valueMutations";

/** A valid collection to mutate: JSON files parsed, spreadsheets as text, by path from the manifest. */
export interface BaseCollection {
  readonly name: string;
  readonly files: ReadonlyMap<string, unknown>;
  readonly kinds: ReadonlyMap<string, FileKind>;
}

export interface FuzzInputs {
  readonly bases: readonly BaseCollection[];
  /** A valid spreadsheet episode, for the mutations that add one. */
  readonly sheetTemplate: string;
}

/** An episode file no mutation touched: it must load with every event it had. */
export interface IntactEpisode {
  readonly file: string;
  readonly id: string;
  readonly events: number;
}

export interface FuzzCase {
  readonly seed: number;
  readonly index: number;
  readonly base: string;
  /** What was done, one line per mutation, e.g. 'invalid date: episodes/x.json events[3].date = "2023-02-30"'. */
  readonly mutations: readonly string[];
  readonly expect: Expectation;
  readonly files: ReadonlyMap<string, FileContent>;
  readonly intactEpisodes: readonly IntactEpisode[];
  /** The base collection's first lesson, for the app to present. */
  readonly lessonId: string | undefined;
}

export const MUTATIONS: readonly Mutation[] = [
  ...TREE_MUTATIONS,
  ...VALUE_MUTATIONS,
  ...FILE_MUTATIONS,
  ...SHEET_MUTATIONS,
];

// Valid changes first: one made after a break could mend it, and the case would be misjudged.
const ORDER: Record<Expectation, number> = { valid: 0, either: 1, invalid: 2 };

/** A draft of a base collection, its JSON files copied so that mutations leave the base as it is. */
export function startDraft(base: BaseCollection, sheetTemplate: string): Draft {
  const json = new Map<string, unknown>();
  const raw = new Map<string, FileContent>();
  for (const [file, content] of base.files) {
    if (typeof content === "string") raw.set(file, content);
    else json.set(file, structuredClone(content));
  }
  return {
    json,
    raw,
    kinds: new Map(base.kinds),
    styles: new Map(),
    fragments: [],
    touched: new Set(),
    sheetTemplate,
    serial: 0,
  };
}

/** A base collection's files as served, unchanged. */
export function baseFiles(base: BaseCollection): ReadonlyMap<string, FileContent> {
  return writeFiles(startDraft(base, ""));
}

function combine(expectations: readonly Expectation[]): Expectation {
  if (expectations.includes("invalid")) return "invalid";
  return expectations.every((expect) => expect === "valid") ? "valid" : "either";
}

function intactEpisodes(base: BaseCollection, draft: Draft): IntactEpisode[] {
  if (draft.touched.has(MANIFEST)) return [];
  return [...base.kinds].flatMap(([file, kind]) => {
    const content = base.files.get(file);
    if (kind !== "episode" || draft.touched.has(file) || !isObject(content)) return [];
    const events = Array.isArray(content.events) ? content.events.length : 0;
    return [{ file, id: String(content.id), events }];
  });
}

function firstLessonId(base: BaseCollection): string | undefined {
  const file = [...base.kinds].find(([, kind]) => kind === "lesson")?.[0];
  const lesson = file === undefined ? undefined : base.files.get(file);
  return isObject(lesson) && typeof lesson.id === "string" ? lesson.id : undefined;
}

/** Case `index` of the run with this seed: a base collection and one to three mutations of it. */
export function createFuzzCase(inputs: FuzzInputs, seed: number, index: number): FuzzCase {
  const random = createRandom(caseSeed(seed, index));
  const base = random.pick(inputs.bases);
  const draft = startDraft(base, inputs.sheetTemplate);
  const drawn = Array.from({ length: random.pick([1, 1, 1, 1, 2, 2, 3]) }, () =>
    random.pick(MUTATIONS),
  ).sort((a, b) => ORDER[a.expect] - ORDER[b.expect]);
  const applied: Array<{ readonly expect: Expectation; readonly line: string }> = [];
  const apply = (mutation: Mutation) => {
    const done = mutation.apply(draft, random);
    if (done !== undefined)
      applied.push({ expect: mutation.expect, line: `${mutation.name}: ${done}` });
  };
  drawn.forEach(apply);
  // A mutation finds nothing to change only in a small collection; some other one always does.
  while (applied.length === 0) apply(random.pick(MUTATIONS));
  return {
    seed,
    index,
    base: base.name,
    mutations: applied.map((mutation) => mutation.line),
    expect: combine(applied.map((mutation) => mutation.expect)),
    files: writeFiles(draft),
    intactEpisodes: intactEpisodes(base, draft),
    lessonId: firstLessonId(base),
  };
}
