import type { FileKind } from "../../src/data/format/fileKinds";
import { toJsonPath } from "../../src/data/format/problem";
import { type Draft, isObject, kindOf, type Slot, slotsOf } from "./draft";
import type { Random } from "./random";

/**
 * What loading must report once a mutation is applied to a valid collection:
 * at least one problem, none at all, or either (the fuzzer then checks only
 * that nothing crashes).
 */
export type Expectation = "invalid" | "valid" | "either";

export interface Mutation {
  readonly name: string;
  readonly expect: Expectation;
  /** Changes the draft and says what it did; changes nothing and says undefined when nothing fits. */
  readonly apply: (draft: Draft, random: Random) => string | undefined;
}

export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = random.below(index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** A random place, in any JSON file of the draft, that fits; undefined if none does. */
export function findSlot(
  draft: Draft,
  random: Random,
  fits: (slot: Slot) => boolean,
): Slot | undefined {
  for (const file of shuffled([...draft.json.keys()], random)) {
    const found = slotsOf(draft, file).filter(fits);
    if (found.length > 0) return random.pick(found);
  }
  return undefined;
}

/** A random JSON file of the draft whose content is an object, and of the given kind if one is named. */
export function findObjectFile(
  draft: Draft,
  random: Random,
  kind?: FileKind,
): { file: string; root: Record<string, unknown> } | undefined {
  const pool = [...draft.json].filter(
    ([file, root]) => isObject(root) && (kind === undefined || kindOf(draft, file) === kind),
  );
  if (pool.length === 0) return undefined;
  const [file, root] = random.pick(pool);
  return { file, root: root as Record<string, unknown> };
}

/** Where a slot is, as problems name it: file and JSON path. */
export function where(slot: Slot): string {
  return `${slot.file} ${toJsonPath(slot.segments) || "(the whole file)"}`;
}

/** A value as a mutation's description shows it: short, whatever its size. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 40)}… (${text.length} characters)` : text;
}
