import type { ZoomTransform } from "./laneScales";
import type { ZoomLimits } from "./zoomFrames";

/** Where some events lie, in chart pixels at scale 1 (no zoom). */
export interface PixelSpan {
  readonly from: number;
  readonly to: number;
}

/** The share of the width that events brought into view may take, leaving room for their labels. */
const ROOM = 0.8;

/**
 * The zoom that shows a stretch whole: the current scale if the stretch fits
 * in it, else the scale that fits it (within the limits), centred on it; the
 * current view if the stretch is already in view.
 */
export function zoomToShow(
  span: PixelSpan,
  current: ZoomTransform,
  width: number,
  limits: ZoomLimits,
  /** Pixels kept clear at each edge, so that a symbol at the edge is in view. */
  margin = 24,
): ZoomTransform {
  const fits = (k: number) => (span.to - span.from) * k <= width * ROOM;
  const k = fits(current.k)
    ? current.k
    : Math.max(limits.minScale, (width * ROOM) / Math.max(1e-9, span.to - span.from));
  const from = k * span.from + current.x * width;
  const to = k * span.to + current.x * width;
  if (k === current.k && from >= margin && to <= width - margin) return current;
  return { k, x: (width / 2 - (k * (span.from + span.to)) / 2) / width };
}

/** The stretch that covers all the spans. */
export function unionSpan(spans: readonly PixelSpan[]): PixelSpan | undefined {
  if (spans.length === 0) return undefined;
  return {
    from: Math.min(...spans.map((span) => span.from)),
    to: Math.max(...spans.map((span) => span.to)),
  };
}
