import { describe, expect, it } from "vitest";
import { testEpisode, testEvent, testRole } from "../../tests/support/testEpisodes";
import { utcMs } from "../data/format/historicalDate";
import { findLaneAnchor } from "./alignEpisodes";
import { buildTimelineModel } from "./laneModels";
import { toTimelineEvents } from "./timelineEvents";

const afghanistan = testEpisode("afghanistan", [
  testEvent("build-up", "1979-12"),
  testEvent("crossing", "1979-12-25", undefined, "intervention"),
  testEvent("advisers", "1979"),
]);
const events = toTimelineEvents(afghanistan);
const anchorOf = (members: string[], anchor?: string) =>
  findLaneAnchor(
    "afghanistan",
    events,
    testRole("troops", { afghanistan: members }, {}, anchor ? { afghanistan: anchor } : {}),
  );

describe("findLaneAnchor(episodeId, events, role)", () => {
  it("puts day 0 on the crossing of 25 December, not on 1 December of a month-only member", () => {
    const found = anchorOf(["build-up", "crossing"]);
    expect(found.anchor?.event.id).toBe("crossing");
    expect(found.zeroMs).toBe(utcMs(1979, 12, 25));
    expect(found.zeroPeriod).toBeUndefined();
  });

  it("makes day 0 a band over the whole month or year when no member names its day", () => {
    const month = anchorOf(["build-up", "advisers"]);
    expect(month.anchor?.event.id).toBe("build-up");
    expect(month.zeroMs).toBe(utcMs(1979, 12, 1));
    expect(month.zeroPeriod).toEqual([0, 31]);
    expect(anchorOf(["advisers"]).zeroPeriod).toEqual([0, 365]);
  });

  it("counts from the anchor the author marks, a band if it is dated only to its month", () => {
    const marked = anchorOf(["build-up", "crossing"], "build-up");
    expect(marked.anchor?.event.id).toBe("build-up");
    expect(marked.zeroPeriod).toEqual([0, 31]);
  });
});

describe("buildTimelineModel: aligned on a role with a month-only member", () => {
  it("places the crossing at day 0 and the month-only member 24 days before it", () => {
    const model = buildTimelineModel(
      [afghanistan],
      [testRole("troops", { afghanistan: ["build-up", "crossing"] })],
      "aligned",
      "troops",
    );
    const u0 = (id: string) => model.lanes[0]?.events.find((event) => event.event.id === id)?.u0;
    expect(u0("crossing")).toBe(0);
    expect(u0("build-up")).toBe(-24);
  });
});
