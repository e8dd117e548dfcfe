import type { AnalogyRole, EventKind } from "../data/format/schema";
import { type ChartGeometry, rowsFor } from "./chartGeometry";
import { type Connector, connectorsFor } from "./connectors";
import type { Stretch } from "./dayZeroRule";
import { type Emphasis, NO_EMPHASIS } from "./emphasis";
import {
  type ChartCluster,
  type ChartMark,
  CLUSTER_BADGE_WIDTH,
  layoutLaneMarks,
} from "./laneMarks";
import type { LaneModel, TimelineModel } from "./laneModels";
import { createLaneScales, type LaneScales, type ZoomTransform } from "./laneScales";
import type { LayoutOptions } from "./layoutLane";
import { type PlacedTick, sharedAxisTicks } from "./sharedAxis";
import { refsPlayingARole } from "./significance";
import type { CalendarTickFunction } from "./ticks";

export interface ChartLane {
  readonly lane: LaneModel;
  readonly top: number;
  readonly height: number;
  readonly marks: readonly ChartMark[];
  readonly clusters: readonly ChartCluster[];
  /** A calendar lane's own axis, drawn at its foot. */
  readonly ticks: readonly PlacedTick[];
  /** Day 0 as a band, where the lane's anchor is known only to its month or year (aligned mode). */
  readonly dayZeroBand: { readonly x0: number; readonly x1: number } | undefined;
}

export interface ChartLayout {
  readonly lanes: readonly ChartLane[];
  /** The axis shared by all lanes in aligned and sequence modes, at the top. */
  readonly ticks: readonly PlacedTick[];
  readonly connectors: readonly Connector[];
  /** Where day 0's line is left out, down the chart: the lanes whose day 0 is a band. */
  readonly dayZeroGaps: readonly Stretch[];
  readonly height: number;
  /** Units to pixels and back, per lane, under the current zoom. */
  readonly toPx: (lane: LaneModel, units: number) => number;
  readonly toUnits: (lane: LaneModel, px: number) => number;
}

export interface ChartLayoutOptions {
  readonly model: TimelineModel;
  readonly roles: readonly AnalogyRole[];
  readonly hiddenKinds: ReadonlySet<EventKind>;
  readonly zoom: ZoomTransform;
  readonly geometry: ChartGeometry;
  readonly locale: string;
  /** What is drawn whatever the crowding, or brought out of a "+N"; nothing when left out. */
  readonly emphasis?: Emphasis;
  /** Rows per lane and how labels are measured; the usual rows for the number of lanes when left out. */
  readonly rows?: LayoutOptions;
  /** Only these lanes' marks are laid out (the others keep their place, empty): for a search that asks of a few events. */
  readonly onlyLanes?: ReadonlySet<string>;
  /** The calendar axis's ticks, once loaded (see loadCalendarTicks): without them, calendar lanes have none. */
  readonly calendarTicks?: CalendarTickFunction;
}

const NO_MARKS = { marks: [], clusters: [] } as const;

const roleMembersCache = new WeakMap<readonly AnalogyRole[], ReadonlySet<string>>();

function membersOf(roles: readonly AnalogyRole[]): ReadonlySet<string> {
  let members = roleMembersCache.get(roles);
  if (!members) {
    members = refsPlayingARole(roles);
    roleMembersCache.set(roles, members);
  }
  return members;
}

/** A calendar lane's ticks over the stretch laid out, named for the view that starts at pixel 0. */
function laneTicks(
  calendarTicks: CalendarTickFunction,
  lane: LaneModel,
  { toPx, toUnits }: LaneScales,
  [from, to]: readonly [number, number],
  scale: number,
  locale: string,
): PlacedTick[] {
  return calendarTicks(
    [toUnits(lane, from), toUnits(lane, to)],
    (to - from) / scale,
    locale,
    undefined,
    toUnits(lane, 0),
  ).map((tick) => ({ ...tick, px: toPx(lane, tick.value) }));
}

/**
 * Everything the chart draws, in pixels, for one size and zoom: which events
 * are visible, their rows and labels, clusters, ticks and connectors. Pure, so
 * it is tested without a DOM; the work per layout is bounded by what is visible.
 */
export function layoutChart(options: ChartLayoutOptions): ChartLayout {
  const { model, roles, hiddenKinds, zoom, geometry, locale, onlyLanes, calendarTicks } = options;
  const { emphasis = NO_EMPHASIS, rows = rowsFor(model.lanes.length) } = options;
  const { width, padding, slack = 0, scale = 1 } = geometry;
  const shared = model.mode !== "calendar";
  const scales = createLaneScales(model, width, padding, zoom);
  const from = -slack;
  const to = width + slack;
  const members = membersOf(roles);

  let top = shared ? geometry.axisHeight : 0;
  const lanes = model.lanes.map((lane): ChartLane => {
    const rowsTop = top + geometry.laneHeaderHeight;
    // Lanes keep their height as the reader zooms, so the page never reflows under the pointer.
    const laneRows = Math.max(1, Math.min(rows.maxRows, lane.events.length));
    const clusterY = rowsTop + laneRows * geometry.rowHeight + geometry.clusterRowHeight / 2;
    const axisTop = rowsTop + laneRows * geometry.rowHeight + geometry.clusterRowHeight;
    const laidOut = onlyLanes === undefined || onlyLanes.has(lane.episode.id);
    const { marks, clusters } = laidOut
      ? layoutLaneMarks({
          lane,
          scales,
          hiddenKinds,
          emphasis,
          rows,
          members,
          from,
          to,
          width,
          rowsTop,
          rowHeight: geometry.rowHeight,
          clusterY,
          badgeWidth: CLUSTER_BADGE_WIDTH * scale,
        })
      : NO_MARKS;
    const ticks =
      shared || !calendarTicks
        ? []
        : laneTicks(calendarTicks, lane, scales, [from, to], scale, locale);
    const height = axisTop - top + (shared ? 0 : geometry.axisHeight) + 6;
    const zeroPeriod = model.mode === "aligned" ? lane.anchor.zeroPeriod : undefined;
    const pixels = scales.pixelsOf(lane);
    const chartLane: ChartLane = {
      lane,
      top,
      height,
      marks,
      clusters,
      ticks,
      dayZeroBand: zeroPeriod && { x0: pixels(zeroPeriod[0]), x1: pixels(zeroPeriod[1]) },
    };
    top += height + geometry.laneGap;
    return chartLane;
  });

  return {
    lanes,
    ticks: shared ? sharedAxisTicks(model, zoom, width, padding, from, to, scale) : [],
    connectors: connectorsFor(roles, lanes),
    dayZeroGaps: lanes.flatMap((lane) =>
      lane.dayZeroBand ? [[lane.top, lane.top + lane.height] as const] : [],
    ),
    height: Math.max(top - geometry.laneGap, 0) + 8,
    toPx: scales.toPx,
    toUnits: scales.toUnits,
  };
}
