import type { ZoomTransform } from "./laneScales";
import type { PixelSpan } from "./revealZoom";
import type { ZoomLimits } from "./zoomFrames";

/**
 * The least zoom, from `from` up to the limit, at which `revealed` holds (the
 * events of a "+N" each drawn, say), centred on the stretch. Doubles until it
 * holds, then halves the interval: about a dozen layouts of a few lanes, not
 * one per step.
 */
export function findRevealZoom(
  span: PixelSpan,
  from: ZoomTransform,
  width: number,
  limits: ZoomLimits,
  revealed: (zoom: ZoomTransform) => boolean,
): ZoomTransform {
  const middle = (span.from + span.to) / 2;
  const centred = (k: number): ZoomTransform => ({ k, x: (width / 2 - k * middle) / width });
  let low = from.k;
  let high = Math.min(limits.maxScale, from.k * 2);
  while (!revealed(centred(high))) {
    if (high >= limits.maxScale) return centred(limits.maxScale);
    low = high;
    high = Math.min(limits.maxScale, high * 2);
  }
  // Within 5% of the least scale that reveals them: closer would not be seen.
  while (high / low > 1.05) {
    const mid = Math.sqrt(low * high);
    if (revealed(centred(mid))) high = mid;
    else low = mid;
  }
  return centred(high);
}
