import { roleMemberRefs } from "../data/format/collection";
import type { AnalogyRole, EventKind } from "../data/format/schema";
import { type ChartGeometry, rowsFor } from "./chartGeometry";
import type { Stretch } from "./dayZeroRule";
import type { LaneModel, PositionedEvent, TimelineModel } from "./laneModels";
import { visibleEvents } from "./laneModels";
import { createLaneScales, type ZoomTransform } from "./laneScales";
import {
  type LabelSide,
  type LayoutOptions,
  layoutLane,
  type MarkCluster,
  type MarkInput,
} from "./layoutLane";
import { type PlacedTick, sharedAxisTicks } from "./sharedAxis";
import { eventRank, refsPlayingARole } from "./significance";
import { calendarTicks } from "./ticks";

export interface ChartMark {
  readonly ref: string;
  readonly event: PositionedEvent;
  readonly x0: number;
  readonly x1: number;
  /** Centre of the mark's row, in chart pixels. */
  readonly y: number;
  /** The label as drawn (empty for a mark drawn without one); the full title is the event's. */
  readonly label: string;
  readonly labelSide: LabelSide;
}

export interface ChartCluster extends MarkCluster {
  readonly y: number;
}

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

export interface Connector {
  readonly roleId: string;
  readonly from: { readonly x: number; readonly y: number };
  readonly to: { readonly x: number; readonly y: number };
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

/** Width of a "+N" badge, drawn from its x. */
export const CLUSTER_BADGE_WIDTH = 34;

/** What the chart draws whatever the crowding, and what it brings out only when it would be folded. */
export interface Emphasis {
  /** Drawn with a label where there is room: day 0's anchors, a presented stop's evidence. */
  readonly mustShow: ReadonlySet<string>;
  /**
   * Drawn where they are when they are drawn, and brought out of a "+N" when
   * not: the selection, the pinned passage's events, the role pointed at, the
   * event with keyboard focus. So selecting an event never moves the others.
   */
  readonly promote: ReadonlySet<string>;
}

export const NO_EMPHASIS: Emphasis = { mustShow: new Set(), promote: new Set() };

const roleMembersCache = new WeakMap<readonly AnalogyRole[], ReadonlySet<string>>();

function membersOf(roles: readonly AnalogyRole[]): ReadonlySet<string> {
  let members = roleMembersCache.get(roles);
  if (!members) {
    members = refsPlayingARole(roles);
    roleMembersCache.set(roles, members);
  }
  return members;
}

/**
 * Everything the chart draws, in pixels, for one size and zoom: which events
 * are visible, their rows and labels, clusters, ticks and connectors. Pure, so
 * it is tested without a DOM; the work per layout is bounded by what is visible.
 */
export function layoutChart(
  model: TimelineModel,
  roles: readonly AnalogyRole[],
  hiddenKinds: ReadonlySet<EventKind>,
  zoom: ZoomTransform,
  geometry: ChartGeometry,
  locale: string,
  emphasis: Emphasis = NO_EMPHASIS,
  options: LayoutOptions = rowsFor(model.lanes.length),
  /** Only these lanes' marks are laid out (the others keep their place, empty): for a search that asks of a few events. */
  onlyLanes?: ReadonlySet<string>,
): ChartLayout {
  const { width, padding, slack = 0, scale = 1 } = geometry;
  const badgeWidth = CLUSTER_BADGE_WIDTH * scale;
  const shared = model.mode !== "calendar";
  const { toPx, toUnits, pixelsOf } = createLaneScales(model, width, padding, zoom);
  const from = -slack;
  const to = width + slack;
  const members = membersOf(roles);
  // In view, at the zoom laid out: labels are kept inside it.
  const bounds: [number, number] = [0, width];

  let top = shared ? geometry.axisHeight : 0;
  const lanes = model.lanes.map((lane): ChartLane => {
    const laidOut = onlyLanes === undefined || onlyLanes.has(lane.episode.id);
    // A mark whose symbol is off-screen is left out, so no label starts cut off.
    const uFrom = toUnits(lane, from - 8);
    const uTo = toUnits(lane, to + 8);
    const pixels = pixelsOf(lane);
    const inView = laidOut
      ? visibleEvents(lane, uFrom, uTo).filter((event) => !hiddenKinds.has(event.event.kind))
      : [];
    const inputs: MarkInput[] = inView.map((event) => ({
      ref: event.ref,
      x0: pixels(event.u0),
      x1: pixels(event.u1),
      label: event.event.title,
      rank: eventRank(event.event, members.has(event.ref)),
    }));
    let layout = layoutLane(inputs, options, { mustShow: emphasis.mustShow, bounds });
    // An event to bring out that was folded is laid out again with it drawn; else nothing moves.
    if (emphasis.promote.size > 0) {
      const folded = layout.clusters.flatMap((cluster) =>
        cluster.refs.filter((ref) => emphasis.promote.has(ref)),
      );
      if (folded.length > 0) {
        layout = layoutLane(inputs, options, {
          mustShow: new Set([...emphasis.mustShow, ...folded]),
          bounds,
        });
      }
    }
    const rowsTop = top + geometry.laneHeaderHeight;
    // Lanes keep their height as the reader zooms, so the page never reflows under the pointer.
    const rows = Math.max(1, Math.min(options.maxRows, lane.events.length));
    const clusterY = rowsTop + rows * geometry.rowHeight + geometry.clusterRowHeight / 2;
    const axisTop = rowsTop + rows * geometry.rowHeight + geometry.clusterRowHeight;
    const ticks = shared
      ? []
      : calendarTicks(
          [toUnits(lane, from), toUnits(lane, to)],
          (to - from) / scale,
          locale,
          undefined,
          toUnits(lane, 0),
        ).map((tick) => ({ ...tick, px: toPx(lane, tick.value) }));
    const height = axisTop - top + (shared ? 0 : geometry.axisHeight) + 6;
    const zeroPeriod = model.mode === "aligned" ? lane.anchor.zeroPeriod : undefined;
    const chartLane: ChartLane = {
      lane,
      top,
      height,
      marks: layout.marks.flatMap((mark) => {
        const event = inView[mark.index];
        return event
          ? [
              {
                ref: mark.ref,
                event,
                x0: mark.x0,
                x1: mark.x1,
                y: rowsTop + (mark.row + 0.5) * geometry.rowHeight,
                label: mark.label,
                labelSide: mark.labelSide,
              },
            ]
          : [];
      }),
      // A "+N" near an edge of the view is drawn inside it, not cut off.
      clusters: layout.clusters.map((cluster) => ({
        ...cluster,
        x:
          cluster.x >= 0 && cluster.x <= width
            ? Math.max(2, Math.min(width - badgeWidth, cluster.x))
            : cluster.x,
        y: clusterY,
      })),
      ticks,
      dayZeroBand: zeroPeriod && { x0: pixels(zeroPeriod[0]), x1: pixels(zeroPeriod[1]) },
    };
    top += height + geometry.laneGap;
    return chartLane;
  });

  const connectors: Connector[] = [];
  for (const role of roles) {
    const roleMembers = new Set(roleMemberRefs(role));
    const points = lanes.flatMap((lane) => {
      const mark = lane.marks.find((candidate) => roleMembers.has(candidate.ref));
      return mark ? [{ x: mark.x0, y: mark.y }] : [];
    });
    for (let index = 1; index < points.length; index += 1) {
      const from = points[index - 1];
      const to = points[index];
      if (from && to) connectors.push({ roleId: role.id, from, to });
    }
  }

  return {
    lanes,
    ticks: shared ? sharedAxisTicks(model, zoom, width, padding, from, to, scale) : [],
    connectors,
    dayZeroGaps: lanes.flatMap((lane) =>
      lane.dayZeroBand ? [[lane.top, lane.top + lane.height] as const] : [],
    ),
    height: Math.max(top - geometry.laneGap, 0) + 8,
    toPx,
    toUnits,
  };
}
