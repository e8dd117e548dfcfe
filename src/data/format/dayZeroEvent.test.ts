import { describe, expect, it } from "vitest";
import { testEvent } from "../../../tests/support/testEpisodes";
import { chooseDayZeroEvent, namesItsDay } from "./dayZeroEvent";
import type { AnalogyMember, EpisodeEvent } from "./schema";

const member = (events: string[], anchor?: string): AnalogyMember => ({
  episode: "afghanistan-1979",
  events,
  anchor,
});

const chosen = (events: EpisodeEvent[], playing: AnalogyMember) =>
  chooseDayZeroEvent(playing, events)?.id;

describe("chooseDayZeroEvent(member, events)", () => {
  const build = testEvent("build-up", "1979-12");
  const crossing = testEvent("crossing", "1979-12-25");
  const palace = testEvent("palace-storm", "1979-12-27T19:30");
  const year = testEvent("advisers", "1979");

  it("takes the event dated to the day over an earlier one dated only to its month", () => {
    expect(chosen([build, crossing], member(["build-up", "crossing"]))).toBe("crossing");
  });

  it("takes the month over the year, when no event of the role names its day", () => {
    expect(chosen([year, build], member(["advisers", "build-up"]))).toBe("build-up");
  });

  it("takes the earliest of the events that name their day, with or without their hour", () => {
    expect(chosen([palace, crossing], member(["palace-storm", "crossing"]))).toBe("crossing");
    // On the same day the day itself begins first, as the aligned axis always counted it.
    const sameDay = testEvent("same-day", "1979-12-25T06:00");
    expect(chosen([sameDay, crossing], member(["same-day", "crossing"]))).toBe("crossing");
  });

  it("takes the first listed of events with the same date", () => {
    const twin = testEvent("twin", "1979-12-25");
    expect(chosen([twin, crossing], member(["crossing", "twin"]))).toBe("twin");
  });

  it("takes the event the author marks as the anchor, however it is dated", () => {
    expect(chosen([build, crossing], member(["build-up", "crossing"], "build-up"))).toBe(
      "build-up",
    );
    expect(chosen([crossing, palace], member(["crossing", "palace-storm"], "palace-storm"))).toBe(
      "palace-storm",
    );
  });

  it("never takes an event that does not play the role, marked or not", () => {
    expect(chosen([build, crossing], member(["build-up"], "crossing"))).toBe("build-up");
    expect(chosen([build, crossing], member([]))).toBeUndefined();
    expect(chooseDayZeroEvent(undefined, [crossing])).toBeUndefined();
  });
});

describe("namesItsDay(date)", () => {
  it("is true for a day or a minute, false for a month or a year", () => {
    expect(
      ["1979", "1979-12", "1979-12-25", "1979-12-25T19:30"].map((text) =>
        namesItsDay(testEvent("x", text).date),
      ),
    ).toEqual([false, false, true, true]);
  });
});
