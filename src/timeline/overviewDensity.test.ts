import { describe, expect, it } from "vitest";
import { testEpisode, testEvent } from "../../tests/support/testEpisodes";
import { buildTimelineModel } from "./laneModels";
import { createLaneScales } from "./laneScales";
import {
  binCounts,
  DENSITY_LEVELS,
  densityLevel,
  densityPaths,
  densityRuns,
  laneSpans,
  levelHeight,
  overviewDensity,
} from "./overviewDensity";
import { fitAllTransform } from "./zoomFrames";

const spans = (...pairs: [number, number][]) => ({
  x0: Float64Array.from(pairs, ([x0]) => x0),
  x1: Float64Array.from(pairs, ([, x1]) => x1),
  units: undefined,
});

describe("binCounts(spans, width, binPx)", () => {
  it("counts a point event in the one bin it falls in", () => {
    expect([...binCounts(spans([1, 1], [4, 4], [5, 5], [11.9, 11.9]), 12, 3)]).toEqual([
      1, 2, 0, 1,
    ]);
  });

  it("counts a span in every bin it reaches into, and not the one it ends on the edge of", () => {
    expect([...binCounts(spans([1.5, 6], [7, 13]), 15, 3)]).toEqual([1, 1, 1, 1, 1]);
    expect([...binCounts(spans([0, 6]), 12, 3)]).toEqual([1, 1, 0, 0]);
  });

  it("keeps events at the strip's edges in its end bins and leaves out those beyond it", () => {
    expect([...binCounts(spans([-5, -1], [-2, 1], [12, 12], [20, 30]), 12, 3)]).toEqual([
      1, 0, 0, 1,
    ]);
  });

  it("copes with 10,000 events in one pass", () => {
    const many = Array.from({ length: 10_000 }, (_, index): [number, number] => [
      index % 300,
      (index % 300) + (index % 7),
    ]);
    const counts = binCounts(spans(...many), 300, 3);
    expect(counts).toHaveLength(100);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(10_000);
  });
});

describe("densityLevel(count, reference)", () => {
  it("is 0 for an empty bin, 1 for one event and the top step at the reference", () => {
    expect(densityLevel(0, 100)).toBe(0);
    expect(densityLevel(1, 100)).toBe(1);
    expect(densityLevel(100, 100)).toBe(DENSITY_LEVELS);
    expect(densityLevel(500, 100)).toBe(DENSITY_LEVELS);
  });

  it("grows on a log scale, so a few busy bins do not flatten the rest", () => {
    const levels = [1, 3, 10, 30, 100].map((count) => densityLevel(count, 100));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(densityLevel(10, 100)).toBeGreaterThan(1);
    expect(densityLevel(10, 100)).toBeLessThan(DENSITY_LEVELS);
  });

  it("keeps a lone event low in a small collection", () => {
    expect([1, 2, 3, 4].map((count) => densityLevel(count, 1))).toEqual([1, 2, 3, 4]);
  });
});

describe("densityRuns(counts, reference, binPx)", () => {
  it("joins neighbouring bins of the same step and leaves out empty ones", () => {
    const counts = Uint32Array.from([0, 1, 1, 4, 4, 0, 2]);
    expect(densityRuns(counts, 4, 3)).toEqual([
      { level: 1, x0: 3, x1: 9 },
      { level: 4, x0: 9, x1: 15 },
      { level: 2, x0: 18, x1: 21 },
    ]);
  });
});

describe("densityPaths(runs, bottom, bandHeight)", () => {
  it("draws one path per step, each run as tall as its step from the band's foot", () => {
    const paths = densityPaths(
      [
        { level: 1, x0: 3, x1: 9 },
        { level: 4, x0: 9, x1: 15 },
        { level: 1, x0: 30, x1: 33 },
      ],
      20,
      10,
    );
    expect(paths).toHaveLength(DENSITY_LEVELS);
    expect(paths[0]).toBe(`M3,${20 - 10 * levelHeight(1)}H9V20H3ZM30,16H33V20H30Z`);
    expect(paths[1]).toBe("");
    expect(paths[3]).toBe("M9,10H15V20H9Z");
    expect(levelHeight(DENSITY_LEVELS)).toBe(1);
  });
});

describe("laneSpans and overviewDensity", () => {
  const busy = testEpisode("busy", [
    ...Array.from({ length: 12 }, (_, index) => testEvent(`b${index}`, "1956-10-23")),
    testEvent("later", "1956-12-01", undefined, "intervention"),
  ]);
  const quiet = testEpisode("quiet", [
    testEvent("q1", "1956-10-01"),
    testEvent("q2", "1956-11-15"),
  ]);
  const model = buildTimelineModel([busy, quiet], [], "calendar", undefined);
  const width = 600;
  const fitAll = fitAllTransform(model, width, 16);

  it("places each lane's shown events in strip pixels at the zoom, leaving hidden kinds out", () => {
    const [all] = laneSpans(model, new Set(), width, 16, fitAll);
    const [shown] = laneSpans(model, new Set(["intervention"]), width, 16, fitAll);
    const lane = model.lanes[0];
    if (!lane || !all || !shown) throw new Error("no lane");
    const { toPx } = createLaneScales(model, width, 16, fitAll);
    expect(all.x0).toHaveLength(13);
    expect(all.x0[12]).toBeCloseTo(toPx(lane, lane.events[12]?.u0 ?? 0));
    expect(shown.x0).toHaveLength(12);
    expect(shown.units?.[1]).toBeLessThan(all.units?.[1] ?? 0);
    for (const x of all.x0) expect(x).toBeGreaterThanOrEqual(0);
    for (const x of all.x1) expect(x).toBeLessThanOrEqual(width);
  });

  it("steps every lane against the busiest bin of any lane", () => {
    const density = overviewDensity(model, new Set(), width, 16, fitAll);
    expect(density.reference).toBe(12);
    const [busyLane, quietLane] = density.lanes;
    expect(busyLane?.id).toBe("busy");
    expect(Math.max(...(busyLane?.runs.map((run) => run.level) ?? []))).toBe(DENSITY_LEVELS);
    expect(quietLane?.runs.map((run) => run.level)).toEqual([1, 1]);
  });
});
