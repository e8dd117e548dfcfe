import { describe, expect, it } from "vitest";
import { testEpisode, testEvent, testRole } from "../../tests/support/testEpisodes";
import { buildTimelineModel, visibleEvents } from "./laneModels";
import { DAY_MS, toTimelineEvents } from "./timelineEvents";

const hungary = testEpisode("hungary", [
  testEvent("second", "1956-11-04", undefined, "intervention"),
  testEvent("demo", "1956-10-23"),
  testEvent("first", "1956-10-24", undefined, "intervention"),
  testEvent("refugees", "1956-11"),
  testEvent("ceasefire", "1956-10-28", "1956-10-30"),
]);
const prague = testEpisode("prague", [
  testEvent("dubcek", "1968-01-05"),
  testEvent("invasion", "1968-08-20T23:00", "1968-08-21", "intervention"),
  testEvent("palach", "1969-01-16"),
]);
const lonely = testEpisode("lonely", [testEvent("only", "2000")]);

const troops = testRole(
  "troops",
  { hungary: ["second", "first"], prague: ["invasion"], lonely: [] },
  { lonely: "No troops came." },
);
const protest = testRole("protest", { hungary: ["demo"], prague: ["palach"] });

describe("toTimelineEvents(episode)", () => {
  it("sorts by date and tells points, spans and periods apart", () => {
    const events = toTimelineEvents(hungary);
    expect(events.map((event) => [event.event.id, event.extent])).toEqual([
      ["demo", "point"],
      ["first", "point"],
      ["ceasefire", "span"],
      ["refugees", "period"],
      ["second", "point"],
    ]);
    const refugees = events.find((event) => event.event.id === "refugees");
    expect(((refugees?.endMs ?? 0) - (refugees?.startMs ?? 0)) / DAY_MS).toBe(30);
    const ceasefire = events.find((event) => event.event.id === "ceasefire");
    expect(((ceasefire?.endMs ?? 0) - (ceasefire?.startMs ?? 0)) / DAY_MS).toBe(3);
    expect(events[0]?.ref).toBe("hungary/demo");
  });
});

describe("buildTimelineModel: aligned", () => {
  const model = buildTimelineModel(
    [hungary, prague, lonely],
    [troops, protest],
    "aligned",
    "troops",
  );
  const lane = (id: string) => model.lanes.find((candidate) => candidate.episode.id === id);
  const u0 = (laneId: string, eventId: string) =>
    lane(laneId)?.events.find((event) => event.event.id === eventId)?.u0;

  it("counts days from the earliest event in the role", () => {
    expect(lane("hungary")?.anchor.anchor?.event.id).toBe("first");
    expect(u0("hungary", "first")).toBe(0);
    expect(u0("hungary", "demo")).toBe(-1);
    expect(u0("hungary", "second")).toBe(11);
  });

  it("starts day 0 at the moment the anchor began, so an anchor known to the hour sits on day 0", () => {
    expect(u0("prague", "invasion")).toBe(0);
    // Dubček's election, 5 January 1968 (a date without a time), counted from 20 August, 23:00.
    expect(u0("prague", "dubcek")).toBeCloseTo(-228 - 23 / 24);
  });

  it("keeps a lane with no event in the role, empty, with the map's note", () => {
    expect(lane("lonely")?.events).toEqual([]);
    expect(lane("lonely")?.anchor.note).toBe("No troops came.");
  });

  it("shares one extent across the lanes", () => {
    expect(model.extent[0]).toBeCloseTo(-228 - 23 / 24);
    expect(model.extent[1]).toBeCloseTo(149 - 23 / 24);
  });
});

describe("buildTimelineModel: the first window (core)", () => {
  const days = (count: number, from: string) =>
    Array.from({ length: count }, (_, index) => {
      const date = new Date(Date.parse(from) + index * 86_400_000).toISOString().slice(0, 10);
      return testEvent(`day-${date}`, date);
    });
  // A fortnight's crowd in one lane, weeks apart in another, and a few events years away in each.
  const crowded = testEpisode("crowded", [
    ...days(12, "2022-01-02"),
    testEvent("arrival", "2022-01-06T12:00", undefined, "intervention"),
    testEvent("referendum", "2022-06-05"),
    testEvent("election", "2022-11-20"),
  ]);
  const spread = testEpisode("spread", [
    testEvent("reform", "1968-04-05"),
    testEvent("letter", "1968-07-15"),
    testEvent("invasion", "1968-08-21", undefined, "intervention"),
    testEvent("protocol", "1968-08-26"),
    testEvent("doctrine", "1968-09-26"),
    testEvent("treaty", "1968-10-16"),
    testEvent("federation", "1968-10-27"),
    testEvent("palach", "1969-01-16"),
    testEvent("emigration", "1968-08", "1989-11"),
    testEvent("purges", "1969-09", "1989-11"),
    testEvent("velvet", "1989-11-17"),
  ]);
  const arrive = testRole("arrive", { crowded: ["arrival"], spread: ["invasion"] });

  it("holds day 0 and the middle half of every lane's events, not the years at either end", () => {
    const [from, to] = buildTimelineModel([crowded, spread], [arrive], "aligned", "arrive").core;
    // The crowd's days before its day 0, and the spread lane's months from the invasion to Palach.
    expect(from).toBeLessThanOrEqual(-0.5);
    expect(to).toBeGreaterThanOrEqual(148);
    expect(to).toBeLessThan(365);
    expect(from).toBeGreaterThan(-365);
  });

  it("counts a span of decades where it begins, so it does not stretch the window", () => {
    const [, to] = buildTimelineModel([spread], [arrive], "calendar", "arrive").core;
    expect(to).toBeLessThan(Date.parse("1970-01-01"));
  });
});

describe("buildTimelineModel: degenerate lanes", () => {
  const lone = testEpisode("lone", [testEvent("only", "1956-11-04")]);
  const oneDay = testEpisode("one-day", [
    testEvent("morning", "1968-08-21T04:00"),
    testEvent("noon", "1968-08-21T12:00"),
    testEvent("day", "1968-08-21"),
  ]);

  it.each(["calendar", "aligned", "sequence"] as const)(
    "gives a lane of one event, or of one instant, a day (or a step) either side in %s mode",
    (mode) => {
      const model = buildTimelineModel([lone, oneDay], [], mode, undefined);
      const unit = mode === "calendar" ? 86_400_000 : 1;
      for (const lane of model.lanes) {
        const [start, end] = lane.extent;
        expect(end - start).toBeGreaterThanOrEqual(unit);
        for (const event of lane.events) {
          expect(event.u0).toBeGreaterThanOrEqual(start);
          expect(event.u1).toBeLessThanOrEqual(end);
        }
      }
    },
  );
});

describe("buildTimelineModel: calendar", () => {
  it("places events at their calendar time, each lane with its own extent", () => {
    const model = buildTimelineModel([hungary, prague], [troops], "calendar", "troops");
    expect(model.lanes[0]?.extent).toEqual([Date.UTC(1956, 9, 23), Date.UTC(1956, 11, 1)]);
    expect(model.lanes[1]?.events[1]?.u0).toBe(Date.UTC(1968, 7, 20, 23));
  });

  it("handles a century-wide domain", () => {
    const wide = testEpisode("wide", [testEvent("a", "1900"), testEvent("b", "1999-12-31")]);
    const model = buildTimelineModel([wide], [], "calendar", undefined);
    expect(model.lanes[0]?.extent).toEqual([Date.UTC(1900, 0, 1), Date.UTC(1999, 11, 31)]);
  });
});

describe("buildTimelineModel: sequence", () => {
  it("spaces events evenly and puts the events of one role in one column", () => {
    const model = buildTimelineModel([hungary, prague], [protest, troops], "sequence", undefined);
    const column = (laneIndex: number, id: string) =>
      model.lanes[laneIndex]?.events.find((event) => event.event.id === id)?.u0;
    expect(column(0, "demo")).toBe(column(1, "palach"));
    // Prague's role order (invasion, then Palach) differs from the role list: it keeps its own order.
    const columns = model.lanes[1]?.events.map((event) => event.u0) ?? [];
    expect([...columns].sort((a, b) => a - b)).toEqual(columns);
    expect(new Set(columns).size).toBe(columns.length);
  });

  it("lines up roles in order across lanes with different numbers of events between them", () => {
    const a = testEpisode("a", [
      testEvent("a1", "2000-01-01"),
      testEvent("a2", "2000-01-02"),
      testEvent("a3", "2000-01-03"),
      testEvent("a4", "2000-01-04"),
    ]);
    const b = testEpisode("b", [testEvent("b1", "2000-01-01"), testEvent("b2", "2000-01-02")]);
    const first = testRole("first", { a: ["a1"], b: ["b1"] });
    const last = testRole("last", { a: ["a4"], b: ["b2"] });
    const model = buildTimelineModel([a, b], [first, last], "sequence", undefined);
    expect(model.lanes[0]?.events.map((event) => event.u0)).toEqual([0, 1, 2, 3]);
    expect(model.lanes[1]?.events.map((event) => event.u0)).toEqual([0, 3]);
  });

  it("lays out an episode with one event", () => {
    const model = buildTimelineModel([lonely], [], "sequence", undefined);
    expect(model.lanes[0]?.events.map((event) => event.u0)).toEqual([0]);
    expect(model.extent).toEqual([-1, 1]);
  });
});

describe("visibleEvents(lane, u0, u1)", () => {
  it("finds points inside the window and spans that began before it", () => {
    const model = buildTimelineModel([hungary], [troops], "aligned", "troops");
    const lane = model.lanes[0];
    if (!lane) throw new Error("no lane");
    expect(visibleEvents(lane, 7.5, 8).map((event) => event.event.id)).toEqual(["refugees"]);
    expect(visibleEvents(lane, 5, 6).map((event) => event.event.id)).toEqual(["ceasefire"]);
    expect(visibleEvents(lane, -1, 0).map((event) => event.event.id)).toEqual(["demo", "first"]);
    expect(visibleEvents(lane, 200, 300)).toEqual([]);
  });
});
