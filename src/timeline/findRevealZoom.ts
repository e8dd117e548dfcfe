import type { ZoomTransform } from "./laneScales";
import type { PixelSpan } from "./revealZoom";
import type { ZoomLimits } from "./zoomFrames";

/** The share of the width a stretch may take and still be shown whole, centred. */
const ROOM = 0.8;
/** Where a stretch too wide to show whole starts, as a share of the width: it reads from its start. */
const LEAD = 0.1;

/**
 * The least zoom, from `from` up to the limit, at which `revealed` holds (the
 * events of a "+N" each drawn, say). Centred on the stretch where it then fits
 * the view; where it is wider, its start a little in from the left, so that
 * the reader pans on through the rest. Doubles until it holds, then halves the
 * interval: about a dozen layouts of a few lanes, not one per step.
 */
export function findRevealZoom(
  span: PixelSpan,
  from: ZoomTransform,
  width: number,
  limits: ZoomLimits,
  revealed: (zoom: ZoomTransform) => boolean,
): ZoomTransform {
  const placed = (k: number): ZoomTransform =>
    (span.to - span.from) * k <= width * ROOM
      ? { k, x: (width / 2 - (k * (span.from + span.to)) / 2) / width }
      : { k, x: (width * LEAD - k * span.from) / width };
  let low = from.k;
  let high = Math.min(limits.maxScale, from.k * 2);
  while (!revealed(placed(high))) {
    if (high >= limits.maxScale) return placed(limits.maxScale);
    low = high;
    high = Math.min(limits.maxScale, high * 2);
  }
  // Within 5% of the least scale that reveals them: closer would not be seen.
  while (high / low > 1.05) {
    const mid = Math.sqrt(low * high);
    if (revealed(placed(mid))) high = mid;
    else low = mid;
  }
  return placed(high);
}
