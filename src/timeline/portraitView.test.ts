import { describe, expect, it } from "vitest";
import { testEpisode, testEvent } from "../../tests/support/testEpisodes";
import { buildTimelineModel } from "./laneModels";
import { IDENTITY_ZOOM } from "./laneScales";
import { portraitScroll, zoomAtScroll } from "./portraitView";
import { zoomLimits } from "./zoomFrames";

const LENGTH = 500;
const model = buildTimelineModel(
  [
    testEpisode("a", [testEvent("a1", "1956-10-23"), testEvent("a2", "1956-11-04")]),
    testEpisode("b", [testEvent("b1", "1968-08-20"), testEvent("b2", "1968-09-30")]),
  ],
  [],
  "calendar",
  undefined,
);
const limits = zoomLimits(model, LENGTH, 16);

describe("portraitScroll(zoom, limits, length)", () => {
  it("fits the content to the frame at the scale that shows everything", () => {
    const scroll = portraitScroll({ k: limits.minScale, x: 0 }, limits, LENGTH);
    expect(scroll.contentHeight).toBeCloseTo(LENGTH, 6);
    expect(scroll.scrollTop).toBe(0);
  });

  it("makes the content k times as tall when zoomed in k times, and scrolls to the zoom's shift", () => {
    const zoom = { k: 4, x: -1.5 };
    const scroll = portraitScroll(zoom, limits, LENGTH);
    expect(scroll.contentHeight).toBeCloseTo(4 * (limits.panTo - limits.panFrom), 6);
    expect(scroll.scrollTop).toBeCloseTo(1.5 * LENGTH - 4 * limits.panFrom, 6);
  });

  it("is undone by zoomAtScroll: a scroll position gives back the zoom", () => {
    const zoom = { k: 3, x: -0.75 };
    const { scrollTop } = portraitScroll(zoom, limits, LENGTH);
    const back = zoomAtScroll(3, scrollTop, limits, LENGTH);
    expect(back.k).toBe(3);
    expect(back.x).toBeCloseTo(zoom.x, 9);
  });

  it("places content pixels so that the frame's top shows what the zoom puts at the top", () => {
    const zoom = { k: 2, x: -0.4 };
    const { contentZoom, scrollTop } = portraitScroll(zoom, limits, LENGTH);
    // A pixel p at scale 1 is at p * k + x * length on screen and at p * k + contentZoom.x * length in the content.
    const p = 321;
    const onScreen = p * zoom.k + zoom.x * LENGTH;
    const inContent = p * contentZoom.k + contentZoom.x * LENGTH;
    expect(inContent - scrollTop).toBeCloseTo(onScreen, 6);
    expect(portraitScroll(IDENTITY_ZOOM, limits, LENGTH).contentHeight).toBeGreaterThanOrEqual(
      LENGTH,
    );
  });
});
