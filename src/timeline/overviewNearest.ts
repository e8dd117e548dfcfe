import type { EventKind } from "../data/format/schema";
import type { TimelineModel } from "./laneModels";
import type { ZoomTransform } from "./laneScales";
import { type LaneSpans, laneSpans } from "./overviewDensity";

/**
 * Finding the events nearest a point, so that a click on an empty stretch of
 * the overview strip, or the "Go to the nearest events" button over an empty
 * chart, shows events rather than a blank stretch of time.
 *
 * An event is where its mark is drawn: at its start, where its symbol and
 * label are. The chart calls a view empty when no mark starts in it (a long
 * event that began before the view shows only as a bar), so these helpers
 * measure to starts too (see startsWithin): where they lead, a mark is in view.
 */

type Spans = Pick<LaneSpans, "x0" | "x1">;

interface Nearest {
  /** Where to centre a view to show the event. */
  readonly target: number;
  /** From the point to the event's start. */
  readonly distance: number;
}

/** The first index whose start is at or after x, in starts sorted ascending. */
function lowerBound(starts: Float64Array, x: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] ?? 0) < x) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The shown event whose start is nearest x, across the lanes; undefined when
 * there is none. Its target is its middle when it is short, else `inset`
 * pixels in from its start: its mark left of the centre, its bar running on.
 */
function nearestStart(lanes: readonly Spans[], x: number, inset: number): Nearest | undefined {
  let best: { index: number; lane: Spans; distance: number } | undefined;
  for (const lane of lanes) {
    // Starts are sorted: the nearest is one of the two either side of x.
    const after = lowerBound(lane.x0, x);
    for (const index of [after - 1, after]) {
      const start = lane.x0[index];
      if (start === undefined) continue;
      const distance = Math.abs(start - x);
      if (!best || distance < best.distance) best = { index, lane, distance };
    }
  }
  if (!best) return undefined;
  const start = best.lane.x0[best.index] ?? 0;
  const end = best.lane.x1[best.index] ?? start;
  return { target: start + Math.min((end - start) / 2, inset), distance: best.distance };
}

/**
 * Where to centre the strip's window when it is clicked at x: undefined when
 * a window of halfWidth centred at x would show an event's mark (or there are
 * no events at all), so the click centres where it was; else the strip x of
 * the event nearest the click, across the lanes.
 *
 * @param lanes each lane's shown events in strip pixels, sorted by start (see `laneSpans`).
 * @param halfWidth half the window's width, in strip pixels.
 */
export function nearestEventX(
  lanes: readonly Spans[],
  x: number,
  halfWidth: number,
): number | undefined {
  const nearest = nearestStart(lanes, x, halfWidth / 2);
  return nearest && nearest.distance > halfWidth ? nearest.target : undefined;
}

/**
 * The zoom, at the same scale, that centres the event nearest the view's
 * centre (in any lane; hidden kinds left out): a point event or a short span
 * in the middle, a long span with its start a quarter of the view left of
 * the middle. Undefined when no event is shown at all.
 */
export function nearestEventsZoom(
  model: TimelineModel,
  hidden: ReadonlySet<EventKind>,
  zoom: ZoomTransform,
  width: number,
  padding: number,
): ZoomTransform | undefined {
  const centre = width / 2;
  const nearest = nearestStart(laneSpans(model, hidden, width, padding, zoom), centre, width / 4);
  return nearest && { k: zoom.k, x: zoom.x + (centre - nearest.target) / width };
}
