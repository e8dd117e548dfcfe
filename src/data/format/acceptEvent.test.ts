import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticCollection } from "../../../scripts/syntheticCollection";
import { acceptEvent } from "./acceptEvent";
import { eventSchema } from "./schema";

const EPISODES_DIR = join(import.meta.dirname, "..", "..", "..", "data", "episodes");

const curatedEvents: unknown[] = readdirSync(EPISODES_DIR)
  .filter((name) => name.endsWith(".json"))
  .flatMap((name) => JSON.parse(readFileSync(join(EPISODES_DIR, name), "utf8")).events);

const syntheticEvents: unknown[] = Object.values(
  syntheticCollection({ events: 200, lanes: 2 }),
).flatMap((file) => (file as { events?: unknown[] }).events ?? []);

/** Values that break a field, or are odd but may be valid somewhere. */
const ODD_VALUES: readonly unknown[] = [
  undefined,
  null,
  "",
  " ",
  "x",
  "Prague-1968",
  "1968-02-30",
  "1968-08-20T23:00",
  "1967",
  "https://example.org/a",
  "http://",
  "https://exa mple.org",
  0,
  -1,
  1.5,
  3,
  6,
  Number.MAX_SAFE_INTEGER + 2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  [1],
  [2, 1],
  [1, 2],
  [1, 2, 3],
  {},
  { level: "disputed" },
  { level: "disputed", note: "n" },
  ["a"],
  [{}],
  "confirmed",
  "trigger",
];

type Path = readonly (string | number)[];

/** Every path to a value in the item, objects' and arrays' included. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [path];
  const children = Array.isArray(value)
    ? value.map((item, index) => pathsOf(item, [...path, index]))
    : Object.entries(value).map(([key, item]) => pathsOf(item, [...path, key]));
  return [path, ...children.flat()];
}

function withValue(item: unknown, path: Path, value: unknown, remove = false): unknown {
  const copy = structuredClone(item);
  if (path.length === 0) return value;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (remove) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** Events with one value changed, one field left out or one added, each of the ways to try. */
function variantsOf(event: unknown): unknown[] {
  const paths = pathsOf(event);
  const objectPaths = paths.filter((path) => {
    const value = path.reduce<any>((parent, key) => parent[key], event);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  });
  return [
    ...paths.flatMap((path) => ODD_VALUES.map((value) => withValue(event, path, value))),
    ...paths.filter((path) => path.length > 0).map((path) => withValue(event, path, 0, true)),
    ...objectPaths.map((path) => withValue(event, [...path, "extra"], "x")),
    JSON.parse(`{"__proto__": 1, ${JSON.stringify(event).slice(1)}`),
    withValue(event, ["endDate"], "1900"),
    withValue(event, ["endDate"], "2100-01-01"),
    withValue(event, ["significance"], 5),
    withValue(event, ["actors"], ["a", "b"]),
    withValue(event, ["figures"], [{ label: "l", value: [0, 0], unit: "u", sources: [] }]),
  ];
}

describe("acceptEvent", () => {
  it("accepts the curated and synthetic events as the schema gives them back", () => {
    for (const event of [...curatedEvents, ...syntheticEvents]) {
      const accepted = acceptEvent(event);
      expect(accepted).toBeDefined();
      expect(JSON.stringify(accepted)).toBe(JSON.stringify(eventSchema.parse(event)));
    }
  });

  it("accepts nothing the schema refuses, and gives back what the schema would", () => {
    let accepted = 0;
    let refused = 0;
    for (const event of [...curatedEvents.slice(0, 12), ...syntheticEvents.slice(0, 4)]) {
      for (const variant of variantsOf(event)) {
        const fast = acceptEvent(variant);
        const parsed = eventSchema.safeParse(variant);
        if (fast === undefined) {
          refused += 1;
          continue;
        }
        accepted += 1;
        expect(parsed.success, JSON.stringify(variant)).toBe(true);
        expect(fast).toStrictEqual(parsed.data);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
      }
    }
    // Both sides were tried: valid variants accepted, broken ones left to the schema.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(1000);
    // Some 7,000 variants each parsed twice: seconds on a busy machine, which is not what is tested.
  }, 60_000);
});
