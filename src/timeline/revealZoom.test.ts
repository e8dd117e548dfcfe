import { describe, expect, it } from "vitest";
import { findRevealZoom } from "./findRevealZoom";
import type { ZoomTransform } from "./laneScales";
import { type PixelSpan, unionSpan, zoomToShow } from "./revealZoom";
import type { ZoomLimits } from "./zoomFrames";

const WIDTH = 1000;
const LIMITS: ZoomLimits = { minScale: 0.5, maxScale: 100, panFrom: -1000, panTo: 2000 };

/** Where a span at scale 1 lies on screen under a zoom, whose shift is a share of the width. */
function onScreen(span: PixelSpan, zoom: ZoomTransform): [number, number] {
  return [span.from * zoom.k + zoom.x * WIDTH, span.to * zoom.k + zoom.x * WIDTH];
}

describe("zoomToShow(span, current, width, limits)", () => {
  const current: ZoomTransform = { k: 2, x: -100 / WIDTH };

  it("keeps the current zoom when the span is already in view", () => {
    const span = { from: 100, to: 200 }; // 100 to 300 on screen
    expect(zoomToShow(span, current, WIDTH, LIMITS)).toBe(current);
  });

  it("keeps the current zoom for a single instant in view", () => {
    expect(zoomToShow({ from: 300, to: 300 }, current, WIDTH, LIMITS)).toBe(current);
  });

  it("pans, at the same scale, to centre a span that fits but is off-screen", () => {
    const span = { from: 600, to: 700 }; // 1100 to 1300 on screen
    const zoom = zoomToShow(span, current, WIDTH, LIMITS);
    expect(zoom.k).toBe(current.k);
    expect(zoom.x).toBe(-800 / WIDTH);
    const [from, to] = onScreen(span, zoom);
    expect((from + to) / 2).toBeCloseTo(WIDTH / 2);
  });

  it("pans to a span partly off-screen, or within the margin of an edge", () => {
    for (const span of [
      { from: 400, to: 600 }, // 700 to 1100
      { from: 55, to: 100 }, // 10 to 100: inside the view, not the 24 px margin
      { from: 500, to: 540 }, // 900 to 980
    ]) {
      const zoom = zoomToShow(span, current, WIDTH, LIMITS);
      expect(zoom.k).toBe(current.k);
      const [from, to] = onScreen(span, zoom);
      expect((from + to) / 2).toBeCloseTo(WIDTH / 2);
    }
  });

  it("honours a margin it is given", () => {
    const span = { from: 55, to: 100 }; // 10 to 100 on screen
    expect(zoomToShow(span, current, WIDTH, LIMITS, 5)).toBe(current);
    expect(zoomToShow(span, current, WIDTH, LIMITS, 11)).not.toBe(current);
  });

  it("zooms out to fit a span wider than 80% of the width, centred on it", () => {
    const span = { from: 0, to: 1000 }; // 2000 px at scale 2
    const zoom = zoomToShow(span, current, WIDTH, LIMITS);
    expect(zoom.k).toBeLessThan(current.k);
    expect(zoom.k).toBeCloseTo(0.8);
    const [from, to] = onScreen(span, zoom);
    expect(to - from).toBeCloseTo(WIDTH * 0.8);
    expect(from).toBeCloseTo(WIDTH * 0.1);
    expect(to).toBeCloseTo(WIDTH * 0.9);
  });

  it("zooms out even when the span is in view but wider than 80% of the width", () => {
    const span = { from: 45, to: 500 }; // 90 to 1000 on screen: 910 px at scale 2
    const zoom = zoomToShow(span, { k: 2, x: 0 }, WIDTH, LIMITS);
    expect(zoom.k).toBeLessThan(2);
    const [from, to] = onScreen(span, zoom);
    expect(to - from).toBeCloseTo(WIDTH * 0.8);
  });

  it("does not zoom out below the least scale", () => {
    const span = { from: 0, to: 10_000 };
    const zoom = zoomToShow(span, current, WIDTH, LIMITS);
    expect(zoom.k).toBe(LIMITS.minScale);
    const [from, to] = onScreen(span, zoom);
    expect((from + to) / 2).toBeCloseTo(WIDTH / 2);
  });

  it("does not zoom in on a small span", () => {
    const zoom = zoomToShow({ from: 5000, to: 5001 }, { k: 1, x: 0 }, WIDTH, LIMITS);
    expect(zoom.k).toBe(1);
  });
});

describe("unionSpan(spans)", () => {
  it("is undefined for no spans", () => {
    expect(unionSpan([])).toBeUndefined();
  });

  it("covers every span", () => {
    expect(unionSpan([{ from: 5, to: 10 }])).toEqual({ from: 5, to: 10 });
    expect(
      unionSpan([
        { from: 50, to: 60 },
        { from: -20, to: 0 },
        { from: 30, to: 200 },
        { from: 40, to: 45 },
      ]),
    ).toEqual({ from: -20, to: 200 });
  });
});

describe("findRevealZoom(span, from, width, limits, revealed)", () => {
  const span = { from: 300, to: 340 };
  const middle = 320;

  function counting(revealed: (zoom: ZoomTransform) => boolean) {
    const calls: ZoomTransform[] = [];
    return {
      calls,
      revealed: (zoom: ZoomTransform) => {
        calls.push(zoom);
        return revealed(zoom);
      },
    };
  }

  it("finds a scale within 5% above the least that reveals, centred on the span", () => {
    const { calls, revealed } = counting((zoom) => zoom.k >= 7.3);
    const zoom = findRevealZoom(span, { k: 1, x: 0 }, WIDTH, LIMITS, revealed);
    expect(zoom.k).toBeGreaterThanOrEqual(7.3);
    expect(zoom.k).toBeLessThanOrEqual(7.3 * 1.05);
    expect(zoom.k * middle + zoom.x * WIDTH).toBeCloseTo(WIDTH / 2);
    expect(calls.length).toBeLessThan(20);
    // Every layout it asked for was centred on the span too.
    for (const call of calls) expect(call.k * middle + call.x * WIDTH).toBeCloseTo(WIDTH / 2);
  });

  it("works from the current scale, not from 1", () => {
    const { revealed } = counting((zoom) => zoom.k >= 30);
    const zoom = findRevealZoom(span, { k: 20, x: -5000 / WIDTH }, WIDTH, LIMITS, revealed);
    expect(zoom.k).toBeGreaterThanOrEqual(30);
    expect(zoom.k).toBeLessThanOrEqual(30 * 1.05);
  });

  it("asks for few layouts to find a scale a thousand times the start", () => {
    const limits = { ...LIMITS, maxScale: 1e6 };
    const { calls, revealed } = counting((zoom) => zoom.k >= 1000);
    const zoom = findRevealZoom(span, { k: 1, x: 0 }, WIDTH, limits, revealed);
    expect(zoom.k).toBeGreaterThanOrEqual(1000);
    expect(zoom.k).toBeLessThanOrEqual(1050);
    expect(calls.length).toBeLessThan(20);
  });

  it("returns the most scale, the stretch read from its start, when the events are never revealed", () => {
    const { calls, revealed } = counting(() => false);
    const zoom = findRevealZoom(span, { k: 1, x: 0 }, WIDTH, LIMITS, revealed);
    expect(zoom.k).toBe(LIMITS.maxScale);
    // 40 px at scale 100 is wider than the view: it starts a tenth of the way in.
    expect(zoom.k * span.from + zoom.x * WIDTH).toBeCloseTo(WIDTH * 0.1);
    expect(calls.length).toBeLessThan(20);
    for (const call of calls) expect(call.k).toBeLessThanOrEqual(LIMITS.maxScale);
  });

  it("never asks beyond the most scale", () => {
    const { calls, revealed } = counting((zoom) => zoom.k >= 99);
    const zoom = findRevealZoom(span, { k: 1, x: 0 }, WIDTH, LIMITS, revealed);
    expect(zoom.k).toBeGreaterThanOrEqual(99);
    expect(zoom.k).toBeLessThanOrEqual(LIMITS.maxScale);
    for (const call of calls) expect(call.k).toBeLessThanOrEqual(LIMITS.maxScale);
  });

  it("starts a stretch too wide for the view a little in from the left, to be read on by panning", () => {
    const wide = { from: 100, to: 900 };
    const zoom = findRevealZoom(wide, { k: 1, x: 0 }, WIDTH, LIMITS, (at) => at.k >= 4);
    expect(zoom.k).toBeGreaterThanOrEqual(4);
    const [from, to] = onScreen(wide, zoom);
    expect(from).toBeCloseTo(WIDTH * 0.1);
    expect(to).toBeGreaterThan(WIDTH);
  });

  it("returns a scale at which the events are revealed", () => {
    for (const threshold of [1.01, 2, 3.7, 12.5, 64, 80]) {
      const revealed = (zoom: ZoomTransform) => zoom.k >= threshold;
      const zoom = findRevealZoom(span, { k: 1, x: 0 }, WIDTH, LIMITS, revealed);
      expect(revealed(zoom), `threshold ${threshold}`).toBe(true);
      expect(zoom.k).toBeLessThanOrEqual(threshold * 1.05);
    }
  });
});
