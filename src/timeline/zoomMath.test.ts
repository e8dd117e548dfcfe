import { describe, expect, it } from "vitest";
import type { ZoomLimits } from "./zoomFrames";
import { constrainZoom, panBy, pinchZoom, sameZoom, wheelZoomFactor, zoomAround } from "./zoomMath";

const WIDTH = 1000;
const limits: ZoomLimits = { minScale: 0.5, maxScale: 8, panFrom: -500, panTo: 1500 };
/** The scale-1 chart position under screen position px; the zoom's shift is a share of the width. */
const under = (zoom: { k: number; x: number }, px: number) => (px - zoom.x * WIDTH) / zoom.k;
/** A shift of so many screen pixels, as a zoom keeps it. */
const shift = (px: number) => px / WIDTH;

describe("zoomAround(zoom, factor, px)", () => {
  it("keeps the moment under the pointer in place", () => {
    const next = zoomAround({ k: 1, x: 0 }, 2, 300, limits, WIDTH);
    expect(next.k).toBe(2);
    expect(under(next, 300)).toBeCloseTo(300);
  });

  it("keeps the moment under the pointer in place from a shifted view", () => {
    const start = { k: 2, x: shift(-400) };
    const next = zoomAround(start, 2, 300, limits, WIDTH);
    expect(next.k).toBe(4);
    expect(under(start, 300)).toBeCloseTo(350);
    expect(under(next, 300)).toBeCloseTo(350);
  });

  it("stops at the scale limits", () => {
    expect(zoomAround({ k: 4, x: 0 }, 10, 500, limits, WIDTH).k).toBe(8);
    expect(zoomAround({ k: 1, x: 0 }, 0.1, 500, limits, WIDTH).k).toBe(0.5);
  });
});

describe("constrainZoom(zoom)", () => {
  it("leaves a transform inside the limits alone", () => {
    expect(constrainZoom({ k: 2, x: shift(-400) }, limits, WIDTH)).toEqual({
      k: 2,
      x: shift(-400),
    });
  });

  it("pulls the view back to the pannable range on either side", () => {
    const tooFarLeft = constrainZoom({ k: 2, x: shift(5000) }, limits, WIDTH);
    expect(under(tooFarLeft, 0)).toBeCloseTo(limits.panFrom);
    const tooFarRight = constrainZoom({ k: 2, x: shift(-5000) }, limits, WIDTH);
    expect(under(tooFarRight, WIDTH)).toBeCloseTo(limits.panTo);
  });

  it("centres a range narrower than the view", () => {
    const centred = constrainZoom({ k: 0.25, x: 0 }, { ...limits, minScale: 0.1 }, WIDTH);
    expect((under(centred, 0) + under(centred, WIDTH)) / 2).toBeCloseTo(500);
  });

  it("brings a zoom far beyond every limit, as a hand-edited link has it, back within them", () => {
    const far = [
      { k: 1e-9, x: 0.5 },
      { k: 5e-324, x: 0 },
      { k: 1e4, x: 0 },
      { k: 1, x: 1e6 },
      { k: 1, x: -1e306 },
      { k: 1e300, x: 1e306 },
    ];
    for (const zoom of far) {
      const kept = constrainZoom(zoom, limits, WIDTH);
      expect(kept.k, JSON.stringify(zoom)).toBeGreaterThanOrEqual(limits.minScale);
      expect(kept.k, JSON.stringify(zoom)).toBeLessThanOrEqual(limits.maxScale);
      expect(under(kept, 0), JSON.stringify(zoom)).toBeGreaterThanOrEqual(limits.panFrom - 1e-6);
      expect(under(kept, WIDTH), JSON.stringify(zoom)).toBeLessThanOrEqual(limits.panTo + 1e-6);
    }
  });
});

describe("sameZoom(a, b)", () => {
  it("tells apart views a reader could tell apart, not the rounding of constraining one twice", () => {
    const zoom = { k: 2, x: shift(-400) };
    expect(sameZoom(zoom, constrainZoom(constrainZoom(zoom, limits, WIDTH), limits, WIDTH))).toBe(
      true,
    );
    expect(sameZoom(zoom, { k: 2, x: zoom.x * (1 + 1e-13) })).toBe(true);
    expect(sameZoom(zoom, { k: 2.001, x: zoom.x })).toBe(false);
    expect(sameZoom(zoom, { k: 2, x: shift(-401) })).toBe(false);
  });
});

describe("panBy(zoom, dx)", () => {
  it("moves the view by the pointer's movement until the edge of the range", () => {
    expect(panBy({ k: 1, x: 0 }, -200, limits, WIDTH)).toEqual({ k: 1, x: shift(-200) });
    expect(under(panBy({ k: 1, x: 0 }, 10_000, limits, WIDTH), 0)).toBeCloseTo(limits.panFrom);
  });
});

describe("pinchZoom(start, from, to)", () => {
  it("scales with the distance between the fingers about their midpoint", () => {
    const start = { k: 1, x: 0 };
    const next = pinchZoom(start, [400, 600], [300, 700], limits, WIDTH);
    expect(next.k).toBe(2);
    expect(under(next, 500)).toBeCloseTo(under(start, 500));
  });

  it("pans when both fingers move together", () => {
    const next = pinchZoom({ k: 2, x: shift(-500) }, [400, 600], [300, 500], limits, WIDTH);
    expect(next).toEqual({ k: 2, x: shift(-600) });
  });
});

describe("wheelZoomFactor(deltaY, deltaMode, ctrlKey)", () => {
  it("zooms in when the wheel turns away from the reader, out when towards", () => {
    expect(wheelZoomFactor(-120, 0, false)).toBeGreaterThan(1);
    expect(wheelZoomFactor(120, 0, false)).toBeLessThan(1);
    expect(wheelZoomFactor(-120, 0, false) * wheelZoomFactor(120, 0, false)).toBeCloseTo(1);
  });

  it("treats lines and pages as larger steps, and a trackpad pinch as quicker", () => {
    expect(wheelZoomFactor(-3, 1, false)).toBeCloseTo(2 ** 0.15);
    expect(wheelZoomFactor(-1, 2, false)).toBe(2);
    expect(wheelZoomFactor(-10, 0, true)).toBeCloseTo(2 ** 0.2);
  });
});
