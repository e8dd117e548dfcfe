import { describe, expect, it } from "vitest";
import { testEpisode, testEvent, testRole } from "../../tests/support/testEpisodes";
import type { AnalogyRole } from "../data/format/schema";
import { assignSequenceColumns, type SequenceLane } from "./sequenceColumns";
import { toTimelineEvents } from "./timelineEvents";

/** A lane of events one day apart, in the order given, with ids as given. */
function lane(episodeId: string, ids: readonly string[]): SequenceLane {
  const events = ids.map((id, index) =>
    testEvent(id, `2000-01-${String(index + 1).padStart(2, "0")}`),
  );
  return { episodeId, events: toTimelineEvents(testEpisode(episodeId, events)) };
}

/** Each lane's columns, in the lane's order of events. */
function columnsOf(lanes: readonly SequenceLane[], roles: readonly AnalogyRole[]) {
  const columns = assignSequenceColumns(lanes, roles);
  return Object.fromEntries(
    lanes.map((one) => [one.episodeId, one.events.map((event) => columns.get(event.ref))]),
  );
}

describe("assignSequenceColumns(lanes, roles)", () => {
  it("puts each lane's events in columns 0, 1, 2… when no role lines them up", () => {
    expect(columnsOf([lane("a", ["a0", "a1", "a2"]), lane("b", ["b0"])], [])).toEqual({
      a: [0, 1, 2],
      b: [0],
    });
  });

  it("gives a role's events one column, as far right as the lane that reaches it latest", () => {
    const role = testRole("r", { a: ["a2"], b: ["b0"] });
    expect(
      columnsOf([lane("a", ["a0", "a1", "a2", "a3"]), lane("b", ["b0", "b1"])], [role]),
    ).toEqual({ a: [0, 1, 2, 3], b: [2, 3] });
  });

  it("leaves room between two roles for the lane with the most events between them", () => {
    const first = testRole("first", { a: ["x"], b: ["p"] });
    const second = testRole("second", { a: ["z"], b: ["q"] });
    expect(columnsOf([lane("a", ["x", "y", "z"]), lane("b", ["p", "q"])], [first, second])).toEqual(
      { a: [0, 1, 2], b: [0, 2] },
    );
  });

  it("counts back from a lane's first role for the events before it", () => {
    const role = testRole("r", { a: ["a0"], b: ["b2"] });
    expect(columnsOf([lane("a", ["a0", "a1"]), lane("b", ["b0", "b1", "b2"])], [role])).toEqual({
      a: [2, 3],
      b: [0, 1, 2],
    });
  });

  it("lines up no role in a lane whose events play them in another order, and keeps the lane's order", () => {
    const first = testRole("first", { a: ["a0"], b: ["b1"] });
    const second = testRole("second", { a: ["a1"], b: ["b0"] });
    // In b the second role comes first: only the first role is lined up there.
    expect(columnsOf([lane("a", ["a0", "a1"]), lane("b", ["b0", "b1"])], [first, second])).toEqual({
      a: [1, 2],
      b: [0, 1],
    });
  });

  it("lines a role up in the lanes that have it, and skips a role no lane has", () => {
    const nowhere = testRole("nowhere", { c: ["c0"] });
    const some = testRole("some", { a: ["a1"] });
    expect(columnsOf([lane("a", ["a0", "a1"]), lane("b", ["b0", "b1"])], [nowhere, some])).toEqual({
      a: [0, 1],
      b: [0, 1],
    });
  });

  it("lines up a role on the first of its events in a lane", () => {
    const role = testRole("r", { a: ["a1", "a2"], b: ["b0"] });
    expect(columnsOf([lane("a", ["a0", "a1", "a2"]), lane("b", ["b0"])], [role])).toEqual({
      a: [0, 1, 2],
      b: [1],
    });
  });
});
