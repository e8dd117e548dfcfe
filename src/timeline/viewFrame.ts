import type { EventKind } from "../data/format/schema";
import {
  type LaneModel,
  type PositionedEvent,
  startsWithin,
  type TimelineModel,
} from "./laneModels";
import { createLaneScales, IDENTITY_ZOOM, type ZoomTransform } from "./laneScales";
import { type PixelSpan, unionSpan } from "./revealZoom";
import { windowTransform, type ZoomLimits } from "./zoomFrames";

export interface EventPlace {
  readonly lane: LaneModel;
  readonly event: PositionedEvent;
}

const placesCache = new WeakMap<TimelineModel, ReadonlyMap<string, EventPlace>>();

/** Each event of the model by its ref, with its lane. */
export function eventPlaces(model: TimelineModel): ReadonlyMap<string, EventPlace> {
  let places = placesCache.get(model);
  if (!places) {
    places = new Map(
      model.lanes.flatMap((lane) =>
        lane.events.map((event) => [event.ref, { lane, event }] as const),
      ),
    );
    placesCache.set(model, places);
  }
  return places;
}

/** Where the events lie, in chart pixels at scale 1; refs not in the model are left out. */
export function eventSpans(
  model: TimelineModel,
  refs: Iterable<string>,
  width: number,
  padding: number,
): PixelSpan[] {
  const { toPx } = createLaneScales(model, width, padding, IDENTITY_ZOOM);
  const places = eventPlaces(model);
  const spans: PixelSpan[] = [];
  for (const ref of refs) {
    const place = places.get(ref);
    if (place)
      spans.push({ from: toPx(place.lane, place.event.u0), to: toPx(place.lane, place.event.u1) });
  }
  return spans;
}

/**
 * Where the events' marks are, in chart pixels at scale 1: at each event's
 * start, where its symbol is drawn. To bring an event into view is to bring
 * its mark in; a span of years (reprisals until 1961) must not pull the view
 * from the days around its start to its middle.
 */
export function eventStarts(
  model: TimelineModel,
  refs: Iterable<string>,
  width: number,
  padding: number,
): PixelSpan[] {
  return eventSpans(model, refs, width, padding).map(({ from }) => ({ from, to: from }));
}

/** Room kept at each edge when events are framed, for their symbols and the start of their labels. */
const FRAME_MARGIN = 48;

/**
 * The zoom that shows a lesson stop's frame: its window of days (aligned
 * mode), widened where needed so that every one of its events starts in view;
 * or, with no window, its events; undefined when there is nothing to frame.
 */
export function frameTransform(
  model: TimelineModel,
  frame: {
    readonly window: readonly [number, number] | undefined;
    readonly refs: readonly string[];
  },
  width: number,
  padding: number,
  limits: ZoomLimits,
): ZoomTransform | undefined {
  const windowZoom =
    frame.window && model.mode === "aligned"
      ? windowTransform(model, frame.window, width, padding)
      : undefined;
  const spans = eventStarts(model, frame.refs, width, padding);
  if (windowZoom) {
    // What the window shows, in pixels at scale 1.
    const shift = windowZoom.x * width;
    spans.push({
      from: (FRAME_MARGIN - shift) / windowZoom.k,
      to: (width - FRAME_MARGIN - shift) / windowZoom.k,
    });
  }
  const span = unionSpan(spans);
  if (!span) return windowZoom;
  const inWindow =
    windowZoom &&
    span.from * windowZoom.k + windowZoom.x * width >= FRAME_MARGIN - 0.5 &&
    span.to * windowZoom.k + windowZoom.x * width <= width - FRAME_MARGIN + 0.5;
  if (inWindow) return windowZoom;
  const room = Math.max(1, width - 2 * FRAME_MARGIN);
  const k = Math.max(
    limits.minScale,
    Math.min(limits.maxScale, room / Math.max(1e-9, span.to - span.from)),
  );
  return { k, x: (width / 2 - (k * (span.from + span.to)) / 2) / width };
}

/**
 * Whether any shown event starts in the view [0, width] at the zoom: where the
 * chart draws a mark or a "+N". When none does, the chart says so (see
 * EmptyViewNotice). A binary search per lane, cheap enough for every frame.
 */
export function viewHasEvents(
  model: TimelineModel,
  hidden: ReadonlySet<EventKind>,
  zoom: ZoomTransform,
  width: number,
  padding: number,
): boolean {
  const { toUnits } = createLaneScales(model, width, padding, zoom);
  return model.lanes.some((lane) =>
    startsWithin(lane, hidden, toUnits(lane, 0), toUnits(lane, width)),
  );
}
