import { describe, expect, it } from "vitest";
import { testEpisode, testEvent, testRole } from "../../tests/support/testEpisodes";
import type { EventKind } from "../data/format/schema";
import { buildTimelineModel, type TimelineModel } from "./laneModels";
import { type NavigationKey, navigateFrom } from "./navigate";

// Aligned on "start": days from each lane's anchor.
const a = testEpisode("a", [
  testEvent("a1", "2000-01-01"), // day 0
  testEvent("a2", "2000-01-05", undefined, "intervention"), // day 4
  testEvent("a3", "2000-01-20"), // day 19
]);
// No event in the role: empty in the aligned mode.
const empty = testEpisode("empty", [testEvent("e1", "2005-01-01")]);
const c = testEpisode("c", [
  testEvent("c0", "2010-01-03"), // day -3
  testEvent("c1", "2010-01-06"), // day 0
  testEvent("c2", "2010-01-12", undefined, "intervention"), // day 6
  testEvent("c3", "2010-01-25"), // day 19
]);
const d = testEpisode("d", [
  testEvent("d1", "2020-01-01", undefined, "intervention"), // day 0
  testEvent("d2", "2020-01-02", undefined, "intervention"), // day 1
]);
const start = testRole("start", { a: ["a1"], c: ["c1"], d: ["d1"] });
const model = buildTimelineModel([a, empty, c, d], [start], "aligned", "start");

const NONE: ReadonlySet<EventKind> = new Set();
const NO_INTERVENTIONS: ReadonlySet<EventKind> = new Set(["intervention"]);

function walk(
  from: string,
  key: NavigationKey,
  hidden: ReadonlySet<EventKind> = NONE,
  on: TimelineModel = model,
): string[] {
  const visited = [from];
  for (let step = 0; step < 50; step += 1) {
    const next = navigateFrom(on, hidden, visited.at(-1), key);
    if (next === undefined || next === visited.at(-1)) break;
    visited.push(next);
  }
  return visited;
}

describe("navigateFrom(model, hidden, ref, key)", () => {
  it("has the lanes this test expects", () => {
    expect(model.lanes.map((lane) => lane.events.map((event) => event.ref))).toEqual([
      ["a/a1", "a/a2", "a/a3"],
      [],
      ["c/c0", "c/c1", "c/c2", "c/c3"],
      ["d/d1", "d/d2"],
    ]);
  });

  it("steps through time in a lane with Left and Right", () => {
    expect(navigateFrom(model, NONE, "a/a1", "ArrowRight")).toBe("a/a2");
    expect(navigateFrom(model, NONE, "a/a2", "ArrowRight")).toBe("a/a3");
    expect(navigateFrom(model, NONE, "c/c2", "ArrowLeft")).toBe("c/c1");
  });

  it("goes on from a lane's last event to the next lane's first with Right, past empty lanes", () => {
    expect(navigateFrom(model, NONE, "a/a3", "ArrowRight")).toBe("c/c0");
    expect(navigateFrom(model, NONE, "c/c3", "ArrowRight")).toBe("d/d1");
  });

  it("goes back from a lane's first event to the previous lane's last with Left", () => {
    expect(navigateFrom(model, NONE, "c/c0", "ArrowLeft")).toBe("a/a3");
    expect(navigateFrom(model, NONE, "d/d1", "ArrowLeft")).toBe("c/c3");
  });

  it("stays on the very last event with Right and the very first with Left", () => {
    expect(navigateFrom(model, NONE, "d/d2", "ArrowRight")).toBe("d/d2");
    expect(navigateFrom(model, NONE, "a/a1", "ArrowLeft")).toBe("a/a1");
  });

  it("visits every event of every lane exactly once, in order, with Right alone", () => {
    const all = model.lanes.flatMap((lane) => lane.events.map((event) => event.ref));
    const visited = walk("a/a1", "ArrowRight");
    expect(visited).toEqual(all);
    expect(new Set(visited).size).toBe(all.length);
  });

  it("visits every event in reverse with Left alone", () => {
    const all = model.lanes.flatMap((lane) => lane.events.map((event) => event.ref));
    expect(walk("d/d2", "ArrowLeft")).toEqual([...all].reverse());
  });

  it("skips events of hidden kinds, and lanes left with none", () => {
    expect(navigateFrom(model, NO_INTERVENTIONS, "a/a1", "ArrowRight")).toBe("a/a3");
    expect(navigateFrom(model, NO_INTERVENTIONS, "a/a3", "ArrowLeft")).toBe("a/a1");
    expect(navigateFrom(model, NO_INTERVENTIONS, "c/c1", "ArrowRight")).toBe("c/c3");
    // Lane d has only interventions: c3 is the last event shown.
    expect(navigateFrom(model, NO_INTERVENTIONS, "c/c3", "ArrowRight")).toBe("c/c3");
    expect(walk("a/a1", "ArrowRight", NO_INTERVENTIONS)).toEqual([
      "a/a1",
      "a/a3",
      "c/c0",
      "c/c1",
      "c/c3",
    ]);
    expect(walk("c/c3", "ArrowLeft", NO_INTERVENTIONS)).toEqual([
      "c/c3",
      "c/c1",
      "c/c0",
      "a/a3",
      "a/a1",
    ]);
  });

  it("goes to a lane's ends with Home and End, among the kinds shown", () => {
    expect(navigateFrom(model, NONE, "a/a3", "Home")).toBe("a/a1");
    expect(navigateFrom(model, NONE, "c/c1", "End")).toBe("c/c3");
    expect(navigateFrom(model, NONE, "d/d1", "End")).toBe("d/d2");
    const hideProtests: ReadonlySet<EventKind> = new Set(["protest"]);
    expect(navigateFrom(model, hideProtests, "c/c2", "Home")).toBe("c/c2");
    expect(navigateFrom(model, hideProtests, "c/c2", "End")).toBe("c/c2");
  });

  it("starts at the first event shown when nothing has focus", () => {
    expect(navigateFrom(model, NONE, undefined, "ArrowRight")).toBe("a/a1");
    expect(navigateFrom(model, NONE, "nowhere/x", "ArrowDown")).toBe("a/a1");
    const hideProtests: ReadonlySet<EventKind> = new Set(["protest"]);
    expect(navigateFrom(model, hideProtests, undefined, "ArrowRight")).toBe("a/a2");
  });

  it("goes to the nearest event of the next lane down with events, past empty lanes", () => {
    expect(navigateFrom(model, NONE, "a/a1", "ArrowDown")).toBe("c/c1"); // day 0 → day 0
    expect(navigateFrom(model, NONE, "a/a2", "ArrowDown")).toBe("c/c2"); // day 4 → day 6
    expect(navigateFrom(model, NONE, "a/a3", "ArrowDown")).toBe("c/c3"); // day 19 → day 19
    expect(navigateFrom(model, NONE, "c/c3", "ArrowDown")).toBe("d/d2"); // day 19 → day 1
    expect(navigateFrom(model, NONE, "c/c0", "ArrowDown")).toBe("d/d1"); // day -3 → day 0
  });

  it("goes to the nearest event of the next lane up with events, past empty lanes", () => {
    expect(navigateFrom(model, NONE, "c/c0", "ArrowUp")).toBe("a/a1"); // day -3 → day 0
    expect(navigateFrom(model, NONE, "c/c2", "ArrowUp")).toBe("a/a2"); // day 6 → day 4
    expect(navigateFrom(model, NONE, "d/d2", "ArrowUp")).toBe("c/c1"); // day 1 → day 0
  });

  it("stays put with Up in the first lane and Down in the last", () => {
    expect(navigateFrom(model, NONE, "a/a2", "ArrowUp")).toBe("a/a2");
    expect(navigateFrom(model, NONE, "d/d1", "ArrowDown")).toBe("d/d1");
  });

  it("goes Up and Down among the kinds shown only", () => {
    // c2 (day 6) is hidden: from a3 (day 19) down is c3, from a1 (day 0) down is c1.
    expect(navigateFrom(model, NO_INTERVENTIONS, "a/a1", "ArrowDown")).toBe("c/c1");
    expect(navigateFrom(model, NO_INTERVENTIONS, "c/c3", "ArrowUp")).toBe("a/a3");
    // Lane d shows nothing: Down from c stays.
    expect(navigateFrom(model, NO_INTERVENTIONS, "c/c1", "ArrowDown")).toBe("c/c1");
    // With protests hidden, lane c shows only c2 (day 6): Up from d2 (day 1) goes there, not to c1.
    const hideProtests: ReadonlySet<EventKind> = new Set(["protest"]);
    expect(navigateFrom(model, hideProtests, "d/d2", "ArrowUp")).toBe("c/c2");
  });

  it("goes Up and Down by the place within each lane in the calendar mode", () => {
    const x = testEpisode("x", [
      testEvent("x1", "1956-10-01"),
      testEvent("x2", "1956-10-15"),
      testEvent("x3", "1956-10-31"),
    ]);
    const y = testEpisode("y", [
      testEvent("y1", "1968-01-01"),
      testEvent("y2", "1968-07-01"),
      testEvent("y3", "1968-12-31"),
    ]);
    const calendar = buildTimelineModel([x, y], [], "calendar", undefined);
    expect(navigateFrom(calendar, NONE, "x/x1", "ArrowDown")).toBe("y/y1");
    expect(navigateFrom(calendar, NONE, "x/x2", "ArrowDown")).toBe("y/y2");
    expect(navigateFrom(calendar, NONE, "x/x3", "ArrowDown")).toBe("y/y3");
    expect(navigateFrom(calendar, NONE, "y/y2", "ArrowUp")).toBe("x/x2");
    expect(walk("x/x1", "ArrowRight", NONE, calendar)).toEqual([
      "x/x1",
      "x/x2",
      "x/x3",
      "y/y1",
      "y/y2",
      "y/y3",
    ]);
  });
  it("goes Up and Down by column in the sequence mode, where a role's events share one", () => {
    const x = testEpisode("x", [
      testEvent("x0", "1956-10-01"),
      testEvent("x1", "1956-10-02"), // the role: column 1
      testEvent("x2", "1956-10-03"),
    ]);
    const y = testEpisode("y", [
      testEvent("y0", "1968-01-01"), // the role: column 1
      testEvent("y1", "1968-01-02"),
    ]);
    const role = testRole("role", { x: ["x1"], y: ["y0"] });
    const sequence = buildTimelineModel([x, y], [role], "sequence", undefined);
    expect(sequence.lanes.map((lane) => lane.events.map((event) => event.u0))).toEqual([
      [0, 1, 2],
      [1, 2],
    ]);
    expect(navigateFrom(sequence, NONE, "x/x0", "ArrowDown")).toBe("y/y0");
    expect(navigateFrom(sequence, NONE, "x/x1", "ArrowDown")).toBe("y/y0");
    expect(navigateFrom(sequence, NONE, "x/x2", "ArrowDown")).toBe("y/y1");
    expect(navigateFrom(sequence, NONE, "y/y0", "ArrowUp")).toBe("x/x1");
    expect(navigateFrom(sequence, NONE, "y/y1", "ArrowUp")).toBe("x/x2");
  });
});
