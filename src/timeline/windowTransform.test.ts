import { describe, expect, it } from "vitest";
import { testEpisode, testEvent, testRole } from "../../tests/support/testEpisodes";
import { buildTimelineModel } from "./laneModels";
import { createLaneScales } from "./laneScales";
import { windowOf, windowTransform, zoomLimits } from "./zoomFrames";

const hungary = testEpisode("hungary", [
  testEvent("demo", "1956-10-23"),
  testEvent("first", "1956-10-24", undefined, "intervention"),
  testEvent("second", "1956-11-04", undefined, "intervention"),
  testEvent("execution", "1958-06-16"),
]);
const prague = testEpisode("prague", [
  testEvent("dubcek", "1968-01-05"),
  testEvent("invasion", "1968-08-21", undefined, "intervention"),
]);
const troops = testRole("troops", { hungary: ["second"], prague: ["invasion"] });
const model = buildTimelineModel([hungary, prague], [troops], "aligned", "troops");
const WIDTH = 800;
const PADDING = 24;

describe("windowTransform(model, window, width, padding)", () => {
  it("puts the window's first day at the plot's left edge and its last at the right", () => {
    const zoom = windowTransform(model, [-12, 3], WIDTH, PADDING);
    const scales = createLaneScales(model, WIDTH, PADDING, zoom);
    const lane = model.lanes[0];
    if (!lane) throw new Error("no lane");
    expect(scales.toPx(lane, -12)).toBeCloseTo(PADDING);
    expect(scales.toPx(lane, 3)).toBeCloseTo(WIDTH - PADDING);
  });

  it("keeps within the zoom's limits, centred on the window", () => {
    const limits = zoomLimits(model, WIDTH, PADDING);
    const zoom = windowTransform(model, [0, 0.001], WIDTH, PADDING);
    expect(zoom.k).toBe(limits.maxScale);
    const lane = model.lanes[0];
    if (!lane) throw new Error("no lane");
    const scales = createLaneScales(model, WIDTH, PADDING, zoom);
    expect(scales.toPx(lane, 0.0005)).toBeCloseTo(WIDTH / 2);
  });
});

describe("windowOf(model, zoom, width, padding)", () => {
  it("reads back the window a zoom was made for, within the zoom's limits", () => {
    for (const window of [
      [-12, 3],
      [0.5, 2],
      [-40, 70],
    ] as const) {
      const [from, to] = windowOf(
        model,
        windowTransform(model, window, WIDTH, PADDING),
        WIDTH,
        PADDING,
      );
      expect(from).toBeCloseTo(window[0]);
      expect(to).toBeCloseTo(window[1]);
    }
  });
});
