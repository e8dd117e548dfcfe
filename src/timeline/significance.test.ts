import { describe, expect, it } from "vitest";
import { testEvent, testRole } from "../../tests/support/testEpisodes";
import { eventRank, refsPlayingARole } from "./significance";

describe("eventRank(event, playsARole)", () => {
  it("is the author's significance when there is one, whether or not the event plays a role", () => {
    for (const significance of [1, 2, 3, 4, 5]) {
      const event = { ...testEvent("ranked", "1968"), significance };
      expect(eventRank(event, true)).toBe(significance);
      expect(eventRank(event, false)).toBe(significance);
    }
  });

  it("is 3 for an event without one that plays an analogy role, and 2 for any other", () => {
    const event = testEvent("unranked", "1968");
    expect(eventRank(event, true)).toBe(3);
    expect(eventRank(event, false)).toBe(2);
  });
});

describe("refsPlayingARole(roles)", () => {
  it('is the "episode/event" ref of every event that is a member of any role', () => {
    const roles = [
      testRole("troops", { hungary: ["second", "first"], prague: ["invasion"], lonely: [] }),
      testRole("protest", { hungary: ["demo"], prague: ["invasion"] }),
    ];
    expect([...refsPlayingARole(roles)].sort()).toEqual([
      "hungary/demo",
      "hungary/first",
      "hungary/second",
      "prague/invasion",
    ]);
  });

  it("tells an event apart from one of the same id in another episode", () => {
    const refs = refsPlayingARole([testRole("troops", { hungary: ["invasion"], prague: [] })]);
    expect(refs.has("hungary/invasion")).toBe(true);
    expect(refs.has("prague/invasion")).toBe(false);
  });

  it("is empty without roles", () => {
    expect(refsPlayingARole([]).size).toBe(0);
  });
});
