import { describe, expect, it } from "vitest";
import { testRole } from "../../tests/support/testEpisodes";
import { type ConnectedLane, connectorsFor } from "./connectors";

/** A lane with marks drawn at these places, each given as [ref, x, y]. */
const lane = (...marks: ReadonlyArray<readonly [string, number, number]>): ConnectedLane => ({
  marks: marks.map(([ref, x0, y]) => ({ ref, x0, y })),
});

describe("connectorsFor(roles, lanes)", () => {
  const start = testRole("start", { a: ["a1"], b: ["b1"], c: ["c1"] });

  it("joins a role's marks from each lane to the next, at the marks' x and row", () => {
    const lanes = [
      lane(["a/a0", 5, 40], ["a/a1", 100, 64]),
      lane(["b/b1", 120, 200]),
      lane(["c/c1", 90, 330]),
    ];
    expect(connectorsFor([start], lanes)).toEqual([
      { roleId: "start", from: { x: 100, y: 64 }, to: { x: 120, y: 200 } },
      { roleId: "start", from: { x: 120, y: 200 }, to: { x: 90, y: 330 } },
    ]);
  });

  it("passes over a lane where the role has no mark drawn", () => {
    const lanes = [lane(["a/a1", 100, 64]), lane(["b/b2", 120, 200]), lane(["c/c1", 90, 330])];
    expect(connectorsFor([start], lanes)).toEqual([
      { roleId: "start", from: { x: 100, y: 64 }, to: { x: 90, y: 330 } },
    ]);
  });

  it("draws nothing for a role drawn in one lane only, or in none", () => {
    expect(connectorsFor([start], [lane(["a/a1", 100, 64]), lane()])).toEqual([]);
    expect(connectorsFor([start], [lane(), lane()])).toEqual([]);
    expect(connectorsFor([], [lane(["a/a1", 100, 64]), lane(["b/b1", 120, 200])])).toEqual([]);
  });

  it("gives each role its own connectors, in the roles' order", () => {
    const link = testRole("link", { a: ["a0"], b: ["b1"] });
    const lanes = [lane(["a/a0", 5, 40], ["a/a1", 100, 64]), lane(["b/b1", 120, 200])];
    expect(connectorsFor([start, link], lanes).map((line) => [line.roleId, line.from.x])).toEqual([
      ["start", 100],
      ["link", 5],
    ]);
  });
});
