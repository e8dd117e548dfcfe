import type { ZoomTransform } from "./laneScales";
import type { ZoomLimits } from "./zoomFrames";

/**
 * The arithmetic of zooming and panning along x, as d3-zoom does it: a
 * transform maps a chart pixel p at scale 1 to p * k + x * width on screen
 * (see ZoomTransform); positions and moves are in screen pixels. Every
 * result is clamped to the limits, so the reader can neither zoom past them
 * nor pan away from the events.
 */

/** Keeps a transform within the scale limits and the pannable range [panFrom, panTo]. */
export function constrainZoom(
  zoom: ZoomTransform,
  limits: ZoomLimits,
  width: number,
): ZoomTransform {
  const k = Math.min(limits.maxScale, Math.max(limits.minScale, zoom.k));
  // The view's width and left edge in scale-1 pixels; the edge is clamped, never shifted by the
  // overshoot, so that a shift too large for arithmetic (an edited link's) still lands on the range.
  const shown = width / k;
  const range = limits.panTo - limits.panFrom;
  const left =
    shown >= range
      ? limits.panFrom - (shown - range) / 2
      : Math.min(limits.panTo - shown, Math.max(limits.panFrom, (-zoom.x * width) / k));
  return { k, x: (-left * k) / width };
}

/**
 * Whether two transforms show the same view to well within a pixel: the
 * arithmetic of constraining a transform again may move it by a rounding error.
 */
export function sameZoom(a: ZoomTransform, b: ZoomTransform): boolean {
  const near = (p: number, q: number) =>
    Math.abs(p - q) <= 1e-9 * Math.max(1, Math.abs(p), Math.abs(q));
  return near(a.k, b.k) && near(a.x, b.x);
}

/** Scales by factor about the screen position px, which stays over the same moment. */
export function zoomAround(
  zoom: ZoomTransform,
  factor: number,
  px: number,
  limits: ZoomLimits,
  width: number,
): ZoomTransform {
  const k = Math.min(limits.maxScale, Math.max(limits.minScale, zoom.k * factor));
  const anchor = (px - zoom.x * width) / zoom.k;
  return constrainZoom({ k, x: (px - anchor * k) / width }, limits, width);
}

/** Moves the view by dx screen pixels. */
export function panBy(
  zoom: ZoomTransform,
  dx: number,
  limits: ZoomLimits,
  width: number,
): ZoomTransform {
  return constrainZoom({ k: zoom.k, x: zoom.x + dx / width }, limits, width);
}

/**
 * Two fingers: the scale follows the distance between them, and the moment
 * that was midway between them at the start stays midway between them.
 */
export function pinchZoom(
  start: ZoomTransform,
  from: readonly [number, number],
  to: readonly [number, number],
  limits: ZoomLimits,
  width: number,
): ZoomTransform {
  const startDistance = Math.abs(from[1] - from[0]) || 1;
  const distance = Math.abs(to[1] - to[0]) || 1;
  const k = Math.min(
    limits.maxScale,
    Math.max(limits.minScale, (start.k * distance) / startDistance),
  );
  const anchor = ((from[0] + from[1]) / 2 - start.x * width) / start.k;
  return constrainZoom({ k, x: ((to[0] + to[1]) / 2 - anchor * k) / width }, limits, width);
}

/**
 * The scale factor of one wheel event, as in d3-zoom: a notch of a mouse
 * wheel is about 1.27×, and a trackpad pinch (sent as a wheel event with the
 * control key) is ten times as quick.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const perUnit = deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002;
  return 2 ** (-deltaY * perUnit * (ctrlKey ? 10 : 1));
}
