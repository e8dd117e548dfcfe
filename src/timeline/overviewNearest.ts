import type { EventKind } from "../data/schema";
import type { LaneModel, TimelineModel } from "./laneModels";
import { createLaneScales, type ZoomTransform } from "./layoutChart";
import { type LaneSpans, laneSpans } from "./overviewDensity";

/**
 * Finding the events nearest a point, so that a click on an empty stretch of
 * the overview strip, or the "Go to the nearest events" button over an empty
 * chart, shows events rather than a blank stretch of time.
 */

interface Nearest {
  /** Where to centre a view to show the event. */
  readonly target: number;
  /** From the point to the event's nearest end, 0 when the point is within it. */
  readonly distance: number;
}

/**
 * The point of the span [x0, x1] to centre a view on: the middle of a short
 * span; of a long one, the part nearest x, `inset` pixels in from its end.
 */
function targetIn(x0: number, x1: number, x: number, inset: number): number {
  const keep = Math.min(inset, (x1 - x0) / 2);
  return Math.min(Math.max(x, x0 + keep), x1 - keep);
}

/** The shown event nearest x, across the lanes, in pixels; undefined when there is none. */
function nearestSpan(
  lanes: readonly Pick<LaneSpans, "x0" | "x1">[],
  x: number,
  inset: number,
): Nearest | undefined {
  let best: { x0: number; x1: number; distance: number } | undefined;
  for (const lane of lanes) {
    // A click is not a zoom frame: one pass over every event is quick enough, even at 100,000.
    for (let index = 0; index < lane.x0.length; index += 1) {
      const x0 = lane.x0[index] ?? 0;
      const x1 = lane.x1[index] ?? x0;
      const distance = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
      if (!best || distance < best.distance) best = { x0, x1, distance };
    }
  }
  return best && { target: targetIn(best.x0, best.x1, x, inset), distance: best.distance };
}

/**
 * Where to centre the strip's window when it is clicked at x: undefined when
 * a window of halfWidth centred at x would show an event (or there are no
 * events at all), so the click centres where it was; else the strip x of the
 * event nearest the click, across the lanes.
 *
 * @param lanes each lane's shown events in strip pixels (see `laneSpans`).
 * @param halfWidth half the window's width, in strip pixels.
 */
export function nearestEventX(
  lanes: readonly Pick<LaneSpans, "x0" | "x1">[],
  x: number,
  halfWidth: number,
): number | undefined {
  const nearest = nearestSpan(lanes, x, halfWidth / 2);
  return nearest && nearest.distance > halfWidth ? nearest.target : undefined;
}

/**
 * The zoom, at the same scale, that centres the event nearest the view's
 * centre (in any lane; hidden kinds left out). A long event is brought in far
 * enough to fill part of the view. Undefined when no event is shown at all.
 */
export function nearestEventsZoom(
  model: TimelineModel,
  hidden: ReadonlySet<EventKind>,
  zoom: ZoomTransform,
  width: number,
  padding: number,
): ZoomTransform | undefined {
  const centre = width / 2;
  const nearest = nearestSpan(laneSpans(model, hidden, width, padding, zoom), centre, width / 4);
  return nearest && { k: zoom.k, x: zoom.x + centre - nearest.target };
}

/** The index of the first event that may reach into a window starting at u0 (spans that began earlier included). */
function firstReaching(lane: LaneModel, u0: number): number {
  const { events } = lane;
  let low = 0;
  let high = events.length;
  const from = u0 - lane.longest;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((events[middle]?.u0 ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whether any shown event reaches into the view [0, width] at the zoom; when
 * none does, the chart says so (see EmptyViewNotice). A binary search per
 * lane, so cheap enough for every zoom frame.
 */
export function viewHasEvents(
  model: TimelineModel,
  hidden: ReadonlySet<EventKind>,
  zoom: ZoomTransform,
  width: number,
  padding: number,
): boolean {
  const { toUnits } = createLaneScales(model, width, padding, zoom);
  return model.lanes.some((lane) => {
    const from = toUnits(lane, 0);
    const to = toUnits(lane, width);
    for (let index = firstReaching(lane, from); index < lane.events.length; index += 1) {
      const event = lane.events[index];
      if (!event || event.u0 > to) return false;
      if (event.u1 >= from && !hidden.has(event.event.kind)) return true;
    }
    return false;
  });
}
