import type { TimelineModel } from "./laneModels";
import type { ZoomTransform } from "./laneScales";
import type { PortraitLayout } from "./portraitLayout";
import { unionSpan } from "./revealZoom";
import { eventStarts } from "./viewFrame";
import type { ZoomLimits } from "./zoomFrames";
import { constrainZoom } from "./zoomMath";

/** The scales tried, as multiples of the current one, to unfold a "+N". */
const STEPS = [1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128];

/** Whether any of the events is in a "+N" of the layout. */
export function anyFolded(layout: PortraitLayout, refs: readonly string[]): boolean {
  return layout.lanes.some((lane) =>
    lane.clusters.some((cluster) => cluster.refs.some((ref) => refs.includes(ref))),
  );
}

/**
 * The least zoom that draws each of the events of a "+N" as a mark of its own,
 * centred on them, or the closest zoom the limits allow: `folded` lays the
 * chart out at a zoom and says whether any of them is still folded there.
 */
export function separatingZoom(
  model: TimelineModel,
  refs: readonly string[],
  current: ZoomTransform,
  length: number,
  padding: number,
  limits: ZoomLimits,
  folded: (zoom: ZoomTransform) => boolean,
): ZoomTransform {
  const span = unionSpan(eventStarts(model, refs, length, padding));
  if (!span) return current;
  const centred = (k: number) =>
    constrainZoom(
      { k, x: (length / 2 - (k * (span.from + span.to)) / 2) / length },
      limits,
      length,
    );
  let zoom = centred(current.k);
  for (const step of STEPS) {
    zoom = centred(Math.min(limits.maxScale, current.k * step));
    if (!folded(zoom) || zoom.k >= limits.maxScale) return zoom;
  }
  return zoom;
}
