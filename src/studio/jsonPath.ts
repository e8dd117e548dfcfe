import { toJsonPath } from "../data/format/problem";

/** A value as a JSON file holds it: whatever an author typed, valid or not. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

export type JsonObject = { readonly [key: string]: JsonValue };

export type PathSegment = string | number;

const STEP = /^(?:\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/**
 * Reads a field path written as problems write it ("events[4].date",
 * 'a["odd key"]'), so that a problem's path names the field it is about.
 */
export function parseFieldPath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  let rest = path;
  while (rest !== "") {
    const match = STEP.exec(rest);
    if (!match || (segments.length === 0 && rest.startsWith("."))) {
      throw new Error(
        `field path ${JSON.stringify(path)} cannot be read at ${JSON.stringify(rest)}: expected names and [index] steps, e.g. "events[4].date"`,
      );
    }
    const [step, name, index, quoted] = match;
    segments.push(
      name ?? (index !== undefined ? Number(index) : (JSON.parse(quoted ?? '""') as string)),
    );
    rest = rest.slice(step.length);
  }
  return segments;
}

/** The value if it is a list, else an empty one: a value being typed may be of any type. */
export const listOf = (value: JsonValue | undefined): readonly JsonValue[] =>
  Array.isArray(value) ? (value as readonly JsonValue[]) : [];

export const isJsonObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The value at a path, or undefined where the path leads nowhere. */
export function getIn(
  value: JsonValue | undefined,
  segments: readonly PathSegment[],
): JsonValue | undefined {
  let current = value;
  for (const segment of segments) {
    if (typeof segment === "number") {
      current = Array.isArray(current) ? (current as readonly JsonValue[])[segment] : undefined;
    } else {
      current =
        isJsonObject(current) && Object.hasOwn(current, segment) ? current[segment] : undefined;
    }
  }
  return current;
}

function describeType(value: JsonValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * A copy of value with the field at the path set, or removed when the new
 * value is undefined (an optional field left out). Missing objects and lists
 * on the way are made; a step into text or a number is refused, naming it.
 */
export function setIn(
  value: JsonValue | undefined,
  segments: readonly PathSegment[],
  next: JsonValue | undefined,
  done: readonly PathSegment[] = [],
): JsonValue | undefined {
  const [segment, ...rest] = segments;
  if (segment === undefined) return next;
  const here = toJsonPath(done) || "the file";
  if (typeof segment === "number") {
    const list = value === undefined ? [] : value;
    if (!Array.isArray(list)) {
      throw new Error(`${here} is ${describeType(list)}: expected a list to take [${segment}]`);
    }
    const items = [...(list as readonly JsonValue[])];
    if (segment > items.length) {
      throw new Error(
        `${here} has ${items.length} items: expected an index from 0 to ${items.length}, not ${segment}`,
      );
    }
    const item = setIn(items[segment], rest, next, [...done, segment]);
    if (item === undefined) items.splice(segment, 1);
    else items[segment] = item;
    return items;
  }
  const object = value === undefined ? {} : value;
  if (!isJsonObject(object)) {
    throw new Error(`${here} is ${describeType(object)}: expected an object to take "${segment}"`);
  }
  const own = Object.hasOwn(object, segment) ? object[segment] : undefined;
  const field = setIn(own, rest, next, [...done, segment]);
  if (field !== undefined) return { ...object, [segment]: field };
  return Object.fromEntries(Object.entries(object).filter(([key]) => key !== segment));
}
