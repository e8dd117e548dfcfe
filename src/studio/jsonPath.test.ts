import { describe, expect, it } from "vitest";
import { getIn, listOf, parseFieldPath, setIn } from "./jsonPath";

describe("parseFieldPath(path)", () => {
  it("reads a path as problems write it", () => {
    expect(parseFieldPath("events[4].sources[0].url")).toEqual(["events", 4, "sources", 0, "url"]);
    expect(parseFieldPath('roles[1]["odd key"]')).toEqual(["roles", 1, "odd key"]);
    expect(parseFieldPath("")).toEqual([]);
  });

  it("says where a path cannot be read", () => {
    expect(() => parseFieldPath("events[x]")).toThrow(
      'field path "events[x]" cannot be read at "[x]": expected names and [index] steps, e.g. "events[4].date"',
    );
    expect(() => parseFieldPath(".title")).toThrow('cannot be read at ".title"');
  });
});

describe("getIn(value, path) and setIn(value, path, next)", () => {
  const file = { events: [{ id: "a", certainty: { level: "confirmed" } }] };

  it("reads a field, and undefined where the path leads nowhere", () => {
    expect(getIn(file, ["events", 0, "certainty", "level"])).toBe("confirmed");
    expect(getIn(file, ["events", 3, "id"])).toBeUndefined();
    expect(getIn(file, ["constructor"])).toBeUndefined();
  });

  it("copies rather than changes, making missing objects and lists on the way", () => {
    const next = setIn(file, ["events", 0, "sources", 0, "url"], "https://example.org/");
    expect(next).toEqual({
      events: [
        { id: "a", certainty: { level: "confirmed" }, sources: [{ url: "https://example.org/" }] },
      ],
    });
    expect(file.events[0]).not.toHaveProperty("sources");
  });

  it("leaves a field out when set to undefined, and a list item out of its list", () => {
    expect(setIn(file, ["events", 0, "certainty"], undefined)).toEqual({ events: [{ id: "a" }] });
    expect(setIn(file, ["events", 0], undefined)).toEqual({ events: [] });
  });

  it("refuses a step into text, or past the end of a list, naming where", () => {
    expect(() => setIn(file, ["events", 0, "id", "x"], 1)).toThrow(
      'events[0].id is a string: expected an object to take "x"',
    );
    expect(() => setIn(file, ["events", 2], {})).toThrow(
      "events has 1 items: expected an index from 0 to 1, not 2",
    );
  });
});

describe("listOf(value)", () => {
  it("gives a list as it is and anything else as an empty list", () => {
    expect(listOf([1, "a"])).toEqual([1, "a"]);
    expect(listOf({ a: 1 })).toEqual([]);
    expect(listOf(undefined)).toEqual([]);
  });
});
