// Mutations of a file's structure: fields dropped, values of the wrong type, nesting too deep,
// keys that name Object.prototype's members, ids repeated and references to nothing.
import type { FileKind } from "../../src/data/format/fileKinds";
import { isObject, kindOf, MANIFEST, placeholder, type Slot, setSlot, shapeOf } from "./draft";
import { findObjectFile, findSlot, type Mutation, shown, where } from "./mutation";
import type { Random } from "./random";

/**
 * Fields required wherever they occur in a file of each kind. A name that is
 * required in one object and optional in another of the same kind (a role's
 * "sources", an article's "publisher") is left out, as dropping it may be valid.
 */
const REQUIRED: Record<FileKind, ReadonlySet<string>> = {
  collection: new Set(["formatVersion", "title", "episodes"]),
  episode: new Set([
    ...["formatVersion", "id", "title", "label", "summary", "events", "date", "kind"],
    ...["certainty", "level", "sources", "publisher", "url", "value", "unit"],
  ]),
  analogies: new Set([
    ...["formatVersion", "roles", "id", "label", "description", "members", "alike", "differs"],
    ...["episode", "events", "text", "evidence", "title", "publisher", "url"],
  ]),
  article: new Set([
    ...["formatVersion", "id", "title", "paragraphs", "excerpts", "paragraph", "quote"],
    ...["events", "verdict", "note", "sources"],
  ]),
  lesson: new Set([
    ...["formatVersion", "id", "title", "summary", "stops", "text", "question", "view"],
    ...["evidence", "mode"],
  ]),
  corrections: new Set([
    ...["formatVersion", "corrections", "id", "date", "wrong", "now", "sources", "events"],
    ...["title", "publisher", "url"],
  ]),
};

/**
 * A value no slot of the format accepts in place of this one: no field takes
 * null or true, and each kind of value is swapped for one that none of the
 * format's unions ("headline" or an index, text or a statement object, a
 * number or a range) would take instead.
 */
function wrongValueFor(value: unknown, random: Random): unknown {
  if (typeof value === "string") return random.pick([0.5, null, true, {}, ["wrong type"]]);
  if (typeof value === "number") return random.pick(["3", null, true, {}]);
  if (Array.isArray(value)) return random.pick(["wrong type", null, true, {}]);
  if (isObject(value)) return random.pick([null, true, [], 7]);
  return random.pick([{}, [], 7.5]);
}

const DEPTH = 10_000;

const DEEP_VALUES = [
  `${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`,
  `${'{"a":'.repeat(DEPTH)}1${"}".repeat(DEPTH)}`,
];

const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
];

/** What the fuzzer checks for after each case: an object that gained this from a "__proto__" key. */
export const POLLUTION_MARK = "polluted";

/** Lists of items with ids, by the kind of file that holds them. */
const ITEM_LISTS: Partial<Record<FileKind, string>> = {
  episode: "events",
  analogies: "roles",
  article: "excerpts",
  lesson: "stops",
  corrections: "corrections",
};

const MISSING_EVENT = "no-such-episode/no-such-event";

/** Where one file names something in another, and what names nothing there. */
const REFERENCES: Record<string, (current: string, serial: number) => string> = {
  "analogies roles[].members[].episode": () => "no-such-episode",
  "analogies roles[].members[].events[]": () => "no-such-event",
  "analogies roles[].members[].anchor": () => "no-such-event",
  "analogies roles[].alike[].evidence[]": () => MISSING_EVENT,
  "analogies roles[].differs[].evidence[]": (current) => `${current.split("/")[0]}/no-such-event`,
  "article excerpts[].events[]": (current) => `${current.split("/")[0]}/no-such-event`,
  "lesson stops[].view.event": () => MISSING_EVENT,
  "lesson stops[].view.role": () => "no-such-role",
  "lesson stops[].view.passage": () => "no-such-article/no-such-passage",
  "lesson stops[].evidence[]": (current) => `${current.split("/")[0]}/no-such-event`,
  "corrections corrections[].events[]": () => MISSING_EVENT,
  "corrections corrections[].passages[]": () => "no-such-article/no-such-passage",
  "corrections corrections[].roles[]": () => "no-such-role",
  "collection episodes[]": (_, serial) =>
    `episodes/missing-${serial}.${serial % 2 ? "csv" : "json"}`,
  "collection analogies": (_, serial) => `missing-${serial}.json`,
  "collection articles[]": (_, serial) => `articles/missing-${serial}.json`,
  "collection lessons[]": (_, serial) => `lessons/missing-${serial}.json`,
  "collection corrections": (_, serial) => `missing-${serial}.json`,
};

/** What names nothing in place of the reference in this slot, if the slot holds one. */
export const referenceOf = (slot: Slot) => REFERENCES[`${slot.kind} ${shapeOf(slot)}`];

export const TREE_MUTATIONS: readonly Mutation[] = [
  {
    name: "required field dropped",
    expect: "invalid",
    apply: (draft, random) => {
      const slot = findSlot(
        draft,
        random,
        ({ kind, key, parent }) =>
          kind !== undefined && isObject(parent) && REQUIRED[kind].has(String(key)),
      );
      if (!slot) return undefined;
      delete (slot.parent as Record<string, unknown>)[slot.key as string];
      draft.touched.add(slot.file);
      return where(slot);
    },
  },
  {
    name: "wrong type",
    expect: "invalid",
    apply: (draft, random) => {
      const slot = findSlot(draft, random, () => true);
      if (!slot) return undefined;
      const value = wrongValueFor(slot.value, random);
      setSlot(draft, slot, value);
      return `${where(slot)} = ${shown(value)}`;
    },
  },
  {
    name: "nested 10,000 levels deep",
    expect: "invalid",
    apply: (draft, random) => {
      const slot = findSlot(draft, random, () => true);
      if (!slot) return undefined;
      const deep = random.pick(DEEP_VALUES);
      setSlot(draft, slot, placeholder(draft, deep));
      return `${where(slot)} = ${deep.slice(0, 12)}…`;
    },
  },
  {
    name: "key of Object.prototype",
    expect: "invalid",
    apply: (draft, random) => {
      const slot = findSlot(draft, random, ({ value }) => isObject(value));
      if (!slot) return undefined;
      const key = random.pick(PROTOTYPE_KEYS);
      const value = random.pick([{ [POLLUTION_MARK]: "by the fuzzer" }, null, [], "x", 1]);
      (slot.value as Record<string, unknown>)[placeholder(draft, JSON.stringify(key))] = value;
      draft.touched.add(slot.file);
      return `${where(slot)} gains ${JSON.stringify(key)}: ${shown(value)}`;
    },
  },
  {
    name: "item repeated with its id",
    expect: "invalid",
    apply: (draft, random) => {
      const slot = findSlot(
        draft,
        random,
        ({ kind, segments, value }) =>
          kind !== undefined &&
          segments.length === 1 &&
          segments[0] === ITEM_LISTS[kind] &&
          Array.isArray(value) &&
          value.length > 0,
      );
      if (!slot) return undefined;
      const items = slot.value as unknown[];
      const index = random.below(items.length);
      items.push(structuredClone(items[index]));
      draft.touched.add(slot.file);
      return `${where(slot)}[${index}] again as [${items.length - 1}]`;
    },
  },
  {
    name: "episode id taken by another episode",
    expect: "invalid",
    apply: (draft, random) => {
      const first = findObjectFile(draft, random, "episode");
      const second = findObjectFile(draft, random, "episode");
      if (!first || !second || first.file === second.file) return undefined;
      second.root.id = first.root.id;
      draft.touched.add(first.file).add(second.file);
      return `${second.file} id = ${shown(first.root.id)}, the id of ${first.file}`;
    },
  },
  {
    name: "file listed twice",
    expect: "invalid",
    apply: (draft, random) => {
      const manifest = findObjectFile(draft, random, "collection");
      const lists = ["episodes", "articles", "lessons"].filter((field) => {
        const list = manifest?.root[field];
        return Array.isArray(list) && list.some((item) => typeof item === "string");
      });
      if (!manifest || lists.length === 0) return undefined;
      const field = random.pick(lists);
      const list = manifest.root[field] as unknown[];
      const file = random.pick(list.filter((item) => typeof item === "string"));
      list.push(file);
      draft.touched.add(MANIFEST);
      return `${MANIFEST} ${field} lists ${shown(file)} again`;
    },
  },
  {
    name: "reference to nothing",
    expect: "invalid",
    apply: (draft, random) => {
      const slot = findSlot(
        draft,
        random,
        (candidate) => typeof candidate.value === "string" && referenceOf(candidate) !== undefined,
      );
      const missing = slot && referenceOf(slot)?.(slot.value as string, draft.serial++);
      if (!slot || missing === undefined) return undefined;
      setSlot(draft, slot, missing);
      return `${where(slot)} = ${shown(missing)}`;
    },
  },
  {
    name: "files of two kinds swapped",
    expect: "invalid",
    apply: (draft, random) => {
      const first = findObjectFile(draft, random);
      const second = findObjectFile(draft, random);
      // Not the manifest: npm run validate checks a manifest that holds an episode as that episode.
      if (
        !first ||
        !second ||
        first.file === MANIFEST ||
        second.file === MANIFEST ||
        kindOf(draft, first.file) === kindOf(draft, second.file)
      ) {
        return undefined;
      }
      draft.json.set(first.file, second.root);
      draft.json.set(second.file, first.root);
      draft.touched.add(first.file).add(second.file);
      return `${first.file} and ${second.file}`;
    },
  },
  {
    name: "wrong formatVersion",
    expect: "invalid",
    apply: (draft, random) => {
      const found = findObjectFile(draft, random);
      if (!found) return undefined;
      const version = random.pick([2, "1", 0, null, 1.5, -1, 1e308, [1], ""]);
      found.root.formatVersion = version;
      draft.touched.add(found.file);
      return `${found.file} formatVersion = ${shown(version)}`;
    },
  },
];
