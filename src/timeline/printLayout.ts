import type { AnalogyRole, EventKind } from "../data/format/schema";
import { type ChartGeometry, chartHeight, rowsFor } from "./chartGeometry";
import type { Emphasis } from "./emphasis";
import type { TimelineModel } from "./laneModels";
import { IDENTITY_ZOOM, type ZoomTransform } from "./laneScales";
import { type ChartLayout, layoutChart } from "./layoutChart";
import type { TextMeasure } from "./textWidth";
import type { CalendarTickFunction } from "./ticks";
import { eventPlaces, frameTransform } from "./viewFrame";
import { zoomLimits } from "./zoomFrames";

/**
 * The width a printed chart is laid out at, in CSS pixels: Letter landscape's
 * printable width with 12 mm margins (A4's is a little wider, so there the
 * chart is drawn a little larger). 12 px labels print at 9 pt or more.
 */
export const PRINT_WIDTH = 960;

/** Paper has no "+N" row: folded events are listed beside the chart instead. */
export const PRINT_GEOMETRY: Omit<ChartGeometry, "width"> = {
  padding: 16,
  axisHeight: 28,
  laneHeaderHeight: 22,
  rowHeight: 22,
  clusterRowHeight: 4,
  laneGap: 8,
};

/** More rows per lane than a screen gives, where the page has room: fewer events are folded. */
const MOST_PRINT_ROWS = 8;

/** The most rows per lane (at least one) with which the chart is at most `height` tall. */
export function printRows(
  model: TimelineModel,
  height: number,
  measure: TextMeasure,
): ReturnType<typeof rowsFor> {
  const options = { ...rowsFor(model.lanes.length), measure };
  for (let maxRows = MOST_PRINT_ROWS; maxRows > 1; maxRows -= 1) {
    if (chartHeight(model, { ...options, maxRows }, PRINT_GEOMETRY) <= height) {
      return { ...options, maxRows };
    }
  }
  return { ...options, maxRows: 1 };
}

export interface FoldedEvents {
  readonly episodeId: string;
  /** In date order. */
  readonly refs: readonly string[];
}

export interface PrintLayout {
  readonly layout: ChartLayout;
  readonly width: number;
  /** Per lane, the events in view that found no room in the chart. */
  readonly folded: readonly FoldedEvents[];
  /** Every event in view, drawn or folded. */
  readonly inView: ReadonlySet<string>;
}

export interface PrintPage {
  /** Laid out at this width in CSS pixels. */
  readonly width: number;
  /** The most the chart may take, in CSS pixels. */
  readonly height: number;
  readonly measure: TextMeasure;
  readonly locale: string;
  /** The calendar axis's ticks, once loaded (see loadCalendarTicks): without them, calendar lanes have none. */
  readonly calendarTicks?: CalendarTickFunction;
}

/**
 * The chart of a view laid out again for paper: at the page's width, with as
 * many rows as the page has room for, and what still finds no room listed
 * rather than drawn as a "+N". The zoom is a share of the width, so the same
 * stretch of time is in view as on the screen.
 */
export function layoutForPrint(
  model: TimelineModel,
  roles: readonly AnalogyRole[],
  hiddenKinds: ReadonlySet<EventKind>,
  zoom: ZoomTransform,
  emphasis: Emphasis,
  page: PrintPage,
): PrintLayout {
  const { width } = page;
  const layout = layoutChart({
    model,
    roles,
    hiddenKinds,
    zoom,
    geometry: { ...PRINT_GEOMETRY, width },
    locale: page.locale,
    emphasis,
    rows: printRows(model, page.height, page.measure),
    calendarTicks: page.calendarTicks,
  });
  const inView = new Set<string>();
  const places = eventPlaces(model);
  const folded = layout.lanes.flatMap((lane) => {
    for (const mark of lane.marks) if (mark.x1 >= 0 && mark.x0 <= width) inView.add(mark.ref);
    const refs = lane.clusters
      .flatMap((cluster) => cluster.refs)
      .sort((a, b) => (places.get(a)?.event.u0 ?? 0) - (places.get(b)?.event.u0 ?? 0));
    for (const ref of refs) inView.add(ref);
    return refs.length > 0 ? [{ episodeId: lane.lane.episode.id, refs }] : [];
  });
  return { layout, width, folded, inView };
}

/**
 * The zoom that shows a frame (a lesson stop's window of days and its events)
 * on a chart laid out for paper; the whole chart when there is nothing to frame.
 */
export function printFrameZoom(
  model: TimelineModel,
  frame: Parameters<typeof frameTransform>[1],
  width: number,
): ZoomTransform {
  const { padding } = PRINT_GEOMETRY;
  return (
    frameTransform(model, frame, width, padding, zoomLimits(model, width, padding)) ?? IDENTITY_ZOOM
  );
}
