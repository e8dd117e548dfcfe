// Mutations of single values: dates, ranges, texts and ids, each either broken or odd but valid.
import type { FileKind } from "../../src/data/format/fileKinds";
import { type Draft, isObject, type Slot, setSlot, shapeOf, slotsOf } from "./draft";
import { findObjectFile, findSlot, type Mutation, shown, shuffled, where } from "./mutation";
import type { Random } from "./random";
import { referenceOf } from "./treeMutations";

/**
 * Fields of plain text that nothing else matches against: an article's title
 * and paragraphs are left out, since its excerpts quote them word for word.
 */
const FREE_TEXT: Record<FileKind, ReadonlySet<string>> = {
  collection: new Set(["title", "description"]),
  episode: new Set(["title", "label", "summary", "place", "note", "unit", "publisher", "locator"]),
  analogies: new Set(["label", "description", "note", "text", "title", "publisher", "locator"]),
  article: new Set(["subtitle", "author", "publisher", "editorialNote", "note", "locator"]),
  lesson: new Set(["title", "summary", "text", "question"]),
  corrections: new Set(["wrong", "now", "title", "publisher", "locator"]),
};

const isFreeText = (slot: Slot) =>
  typeof slot.value === "string" &&
  slot.kind !== undefined &&
  (FREE_TEXT[slot.kind].has(String(slot.key)) ||
    /^events\[\]\.actors\[\]$|^roles\[\]\.(alike|differs)\[\]$/.test(shapeOf(slot)));

const DATE_FIELDS = new Set(["date", "endDate", "published"]);
const isDate = (slot: Slot) => typeof slot.value === "string" && DATE_FIELDS.has(String(slot.key));
const isId = (slot: Slot) => typeof slot.value === "string" && slot.key === "id";

/** Characters that reorder, hide, break or overlay text; not one of them belongs in an id or a date. */
export const HOSTILE_CHARACTERS = [
  "\u202E", // right-to-left override
  "\u202D",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200F",
  "\u061C",
  "\u0000",
  "\u0007",
  "\u001B[31m",
  "\b",
  "\r",
  "\n",
  "\t",
  "\uFEFF",
  "\uFFFF",
  "\uD800", // half of a surrogate pair
  "\u0301", // combining accent, with nothing to combine with at the start
  "\u00AD",
  "\u2028",
  "👩‍👩‍👧",
];

function insertCharacters(text: string, random: Random, count: number): string {
  let result = text;
  for (let inserted = 0; inserted < count; inserted += 1) {
    const at = random.below(result.length + 1);
    result = `${result.slice(0, at)}${random.pick(HOSTILE_CHARACTERS)}${result.slice(at)}`;
  }
  return result;
}

const MEGABYTE = 1 << 20;

const INVALID_DATES = [
  "2023-02-30",
  "99999",
  "",
  "1968-13-01",
  "1968-00-10",
  "1969-02-29",
  "1900-02-29",
  "2023-01-01T24:00",
  "2023-01-01T12:60",
  "2023-1-1",
  " 1968-01-01",
  "1968-01-01Z",
  "1968-01-01T12:00:00",
  "-0044-03-15",
  "1968/08/20",
  "20 August 1968",
  "NaN",
  "0000-00-00",
  "١٩٦٨",
];

const NOT_IDS = [
  "__proto__",
  "constructor ",
  "hasOwnProperty",
  "../../etc/passwd",
  "<img src=x onerror=alert(1)>",
  "Prague-1968",
  "a--b",
  "-a",
  "",
];

/** Ids the format allows that name members of Object.prototype, read as numbers, or go on and on. */
const ODD_IDS = ["constructor", "prototype", "length", "0", "1e3", "a-".repeat(2500).slice(0, -1)];

const oddIdNotIn = (taken: ReadonlySet<unknown>, random: Random) => {
  const free = ODD_IDS.filter((id) => !taken.has(id));
  return free.length > 0 ? random.pick(free) : undefined;
};

/** Where a file names an event as "episode-id/event-id". */
const EVENT_REFERENCES = new Set([
  "analogies roles[].alike[].evidence[]",
  "analogies roles[].differs[].evidence[]",
  "article excerpts[].events[]",
  "lesson stops[].view.event",
  "lesson stops[].evidence[]",
  "corrections corrections[].events[]",
]);

/** Rewrites the draft's references to events, and its analogy members, after an id changed. */
function rewriteReferences(
  draft: Draft,
  rewriteEventRef: (ref: string) => string,
  rewriteMember: (member: Record<string, unknown>) => void,
): void {
  for (const file of draft.json.keys()) {
    for (const slot of slotsOf(draft, file)) {
      const shape = `${slot.kind} ${shapeOf(slot)}`;
      if (typeof slot.value === "string" && EVENT_REFERENCES.has(shape)) {
        const rewritten = rewriteEventRef(slot.value);
        if (rewritten !== slot.value) setSlot(draft, slot, rewritten);
      } else if (shape === "analogies roles[].members[]" && isObject(slot.value)) {
        const before = JSON.stringify(slot.value);
        rewriteMember(slot.value);
        if (JSON.stringify(slot.value) !== before) draft.touched.add(file);
      }
    }
  }
}

function renameEpisode(draft: Draft, random: Random): string | undefined {
  const found = findObjectFile(draft, random, "episode");
  const from = found?.root.id;
  if (!found || typeof from !== "string") return undefined;
  const taken = new Set([...draft.json.values()].map((root) => isObject(root) && root.id));
  const to = oddIdNotIn(taken, random);
  if (to === undefined) return undefined;
  found.root.id = to;
  draft.touched.add(found.file);
  rewriteReferences(
    draft,
    (ref) => (ref.startsWith(`${from}/`) ? `${to}${ref.slice(from.length)}` : ref),
    (member) => {
      if (member.episode === from) member.episode = to;
    },
  );
  return `${found.file} id ${shown(from)} = ${shown(to)}, and every reference to it`;
}

function renameEvent(draft: Draft, random: Random): string | undefined {
  const found = findObjectFile(draft, random, "episode");
  const episode = found?.root.id;
  const events = found?.root.events;
  if (!found || typeof episode !== "string" || !Array.isArray(events)) return undefined;
  const named = events.filter((event) => isObject(event) && typeof event.id === "string");
  if (named.length === 0) return undefined;
  const event = random.pick(named) as { id: string };
  const taken = new Set(named.map((other) => (other as { id: string }).id));
  const to = oddIdNotIn(taken, random);
  if (to === undefined) return undefined;
  const from = event.id;
  event.id = to;
  draft.touched.add(found.file);
  rewriteReferences(
    draft,
    (ref) => (ref === `${episode}/${from}` ? `${episode}/${to}` : ref),
    (member) => {
      if (member.episode !== episode) return;
      if (Array.isArray(member.events)) {
        member.events = member.events.map((id) => (id === from ? to : id));
      }
      if (member.anchor === from) member.anchor = to;
    },
  );
  return `${found.file} event ${shown(from)} = ${shown(to)}, and every reference to it`;
}

/** Windows of days around day 0 that the format allows, from the whole range of numbers to a sliver. */
const EXTREME_WINDOWS = [
  [-1e308, 1e308],
  [0, 5e-324],
  [1e15, 1e15 + 1e3],
  [-3_650_000, -3_649_999],
];

const isEvent = (slot: Slot) =>
  slot.kind === "episode" && shapeOf(slot) === "events[]" && isObject(slot.value);

export const VALUE_MUTATIONS: readonly Mutation[] = [
  {
    name: "control and bidi characters in text",
    expect: "valid",
    apply: (draft, random) => {
      const slot = findSlot(draft, random, isFreeText);
      if (!slot) return undefined;
      const text = insertCharacters(slot.value as string, random, 1 + random.below(4));
      setSlot(draft, slot, text);
      return `${where(slot)} = ${shown(text)}`;
    },
  },
  {
    name: "control and bidi characters in an id, date or reference",
    expect: "invalid",
    apply: (draft, random) => {
      // Not the manifest's file names: a browser drops tabs and newlines from addresses.
      const slot = findSlot(
        draft,
        random,
        (candidate) =>
          isId(candidate) ||
          isDate(candidate) ||
          (candidate.kind !== "collection" &&
            typeof candidate.value === "string" &&
            referenceOf(candidate) !== undefined),
      );
      if (!slot) return undefined;
      const text = insertCharacters(slot.value as string, random, 1);
      setSlot(draft, slot, text);
      return `${where(slot)} = ${shown(text)}`;
    },
  },
  {
    name: "a megabyte of text",
    expect: "valid",
    apply: (draft, random) => {
      const slot = findSlot(draft, random, isFreeText);
      if (!slot) return undefined;
      const text = random.pick([
        `${slot.value} ${"word ".repeat(MEGABYTE / 5)}`,
        `${"x".repeat(MEGABYTE)}${slot.value}`,
      ]);
      setSlot(draft, slot, text);
      return `${where(slot)} = ${shown(text)}`;
    },
  },
  {
    name: "a megabyte where a short value belongs",
    expect: "invalid",
    apply: (draft, random) => {
      const slot = findSlot(
        draft,
        random,
        (candidate) =>
          isId(candidate) ||
          isDate(candidate) ||
          (typeof candidate.value === "string" &&
            ["kind", "level", "mode", "verdict"].includes(String(candidate.key))),
      );
      if (!slot) return undefined;
      const text = "not short ".repeat(MEGABYTE / 10);
      setSlot(draft, slot, text);
      return `${where(slot)} = ${shown(text)}`;
    },
  },
  {
    name: "invalid date",
    expect: "invalid",
    apply: (draft, random) => {
      const slot = findSlot(draft, random, isDate);
      if (!slot) return undefined;
      const date = random.pick(INVALID_DATES);
      setSlot(draft, slot, date);
      return `${where(slot)} = ${shown(date)}`;
    },
  },
  {
    name: "reversed range",
    expect: "invalid",
    apply: (draft, random) => {
      const slot = findSlot(
        draft,
        random,
        (candidate) =>
          isEvent(candidate) ||
          (isObject(candidate.value) &&
            ((candidate.kind === "episode" && shapeOf(candidate) === "events[].figures[]") ||
              (candidate.kind === "lesson" && shapeOf(candidate) === "stops[].view"))),
      );
      if (!slot) return undefined;
      const target = slot.value as Record<string, unknown>;
      const [field, range] = isEvent(slot)
        ? ["date … endDate", { date: "1970-01-02", endDate: "1970-01-01" }]
        : shapeOf(slot) === "stops[].view"
          ? ["window", { window: [30, -30] }]
          : ["value", { value: [10, 1] }];
      Object.assign(target, range);
      draft.touched.add(slot.file);
      return `${where(slot)} ${field} = ${shown(range)}`;
    },
  },
  {
    name: "id that is not an id",
    expect: "invalid",
    apply: (draft, random) => {
      const slot = findSlot(draft, random, isId);
      if (!slot) return undefined;
      const id = random.pick(NOT_IDS);
      setSlot(draft, slot, id);
      return `${where(slot)} = ${shown(id)}`;
    },
  },
  {
    name: "odd but valid id",
    expect: "valid",
    apply: (draft, random) =>
      random.next() < 0.5 ? renameEpisode(draft, random) : renameEvent(draft, random),
  },
  {
    name: "dates at the ends of the calendar",
    expect: "valid",
    apply: (draft, random) => {
      const slot = findSlot(draft, random, isEvent);
      if (!slot) return undefined;
      const event = slot.value as Record<string, unknown>;
      if (random.next() < 0.5) {
        Object.assign(event, { date: "0000-01-01", endDate: "9999-12-31" });
      } else {
        // Dated to the day: an event that is day 0 in a role must be (checkReferences).
        event.date = random.pick([
          "0000-01-01",
          "0001-01-01T00:00",
          "9999-12-31",
          "9999-12-31T23:59",
        ]);
        delete event.endDate;
      }
      draft.touched.add(slot.file);
      return `${where(slot)} date = ${shown(event.date)}, endDate = ${shown(event.endDate)}`;
    },
  },
  {
    name: "lesson windows at the limits of numbers",
    expect: "valid",
    apply: (draft, random) => {
      const found = findObjectFile(draft, random, "lesson");
      const stops = found?.root.stops;
      if (!found || !Array.isArray(stops)) return undefined;
      const window = random.pick(EXTREME_WINDOWS);
      // Every stop, so that whichever the app opens first has one; each its own copy, which
      // later mutations may change.
      for (const stop of stops) {
        if (isObject(stop) && isObject(stop.view)) {
          Object.assign(stop.view, { mode: "aligned", window: [...window] });
        }
      }
      draft.touched.add(found.file);
      return `${found.file} every stop's view = aligned on ${shown(window)}`;
    },
  },
  {
    name: "events in another order",
    expect: "valid",
    apply: (draft, random) => {
      const found = findObjectFile(draft, random, "episode");
      if (!found || !Array.isArray(found.root.events)) return undefined;
      found.root.events = shuffled(found.root.events, random);
      // Not touched: the episode must still load whole.
      return `${found.file} events shuffled`;
    },
  },
];
