import type { AnalogyRole, EventKind } from "../data/schema";
import type { TimeMode } from "../data/vocabulary";
import type { LaneModel, PositionedEvent, TimelineModel } from "./laneModels";
import { unitSpan, visibleEvents } from "./laneModels";
import {
  DEFAULT_LAYOUT,
  type LabelSide,
  type LayoutOptions,
  layoutLane,
  type MarkCluster,
  type MarkInput,
} from "./layoutLane";
import { eventRank, roleMemberRefs } from "./significance";
import { toEventRef } from "./timelineEvents";
import { alignedTicks, calendarTicks, type Tick } from "./ticks";

export interface ZoomTransform {
  readonly k: number;
  readonly x: number;
}

export interface ChartGeometry {
  readonly width: number;
  /** Pixels laid out beyond each side of the view, so that a pan can move the layout instead of redoing it. */
  readonly slack?: number;
  readonly padding: number;
  readonly axisHeight: number;
  readonly laneHeaderHeight: number;
  readonly rowHeight: number;
  readonly clusterRowHeight: number;
  readonly laneGap: number;
}

export const DEFAULT_GEOMETRY: Omit<ChartGeometry, "width"> = {
  padding: 16,
  axisHeight: 28,
  laneHeaderHeight: 26,
  rowHeight: 24,
  clusterRowHeight: 22,
  laneGap: 14,
};

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

export interface PlacedTick extends Tick {
  readonly px: number;
}

export interface ChartLane {
  readonly lane: LaneModel;
  readonly top: number;
  readonly height: number;
  readonly marks: readonly ChartMark[];
  readonly clusters: readonly ChartCluster[];
  /** A calendar lane's own axis, drawn at its foot. */
  readonly ticks: readonly PlacedTick[];
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
  readonly height: number;
  /** Units to pixels and back, per lane, under the current zoom. */
  readonly toPx: (lane: LaneModel, units: number) => number;
  readonly toUnits: (lane: LaneModel, px: number) => number;
}

/** A little room either side of a window; a window of one instant gets a day (or a step) either side. */
export function padded(
  [start, end]: readonly [number, number],
  mode: TimeMode,
): [number, number] {
  const pad = (end - start) * 0.04 || unitSpan(mode);
  return [start - pad, end + pad];
}

/** Width of a "+N" badge, drawn from its x. */
export const CLUSTER_BADGE_WIDTH = 34;

/** Rows shared out among the lanes, so that many lanes stay a chart, not a wall: 6 each for up to 4. */
const ROW_BUDGET = 24;

export function rowsFor(laneCount: number): LayoutOptions {
  return {
    ...DEFAULT_LAYOUT,
    maxRows: Math.max(
      2,
      Math.min(DEFAULT_LAYOUT.maxRows, Math.floor(ROW_BUDGET / Math.max(1, laneCount))),
    ),
  };
}

type HeightGeometry = Omit<ChartGeometry, "width" | "slack" | "padding">;

/** How tall layoutChart draws the chart with these rows: lanes keep their height whatever the zoom. */
export function chartHeight(
  model: TimelineModel,
  options: LayoutOptions,
  geometry: HeightGeometry,
): number {
  const shared = model.mode !== "calendar";
  let top = shared ? geometry.axisHeight : 0;
  for (const lane of model.lanes) {
    const rows = Math.max(1, Math.min(options.maxRows, lane.events.length));
    top +=
      geometry.laneHeaderHeight +
      rows * geometry.rowHeight +
      geometry.clusterRowHeight +
      (shared ? 0 : geometry.axisHeight) +
      6 +
      geometry.laneGap;
  }
  return Math.max(top - geometry.laneGap, 0) + 8;
}

/**
 * The most rows per lane (up to the usual number) with which the chart fits
 * the height, for a view that must fit its box, as an embed does; at least one.
 */
export function rowsToFit(
  model: TimelineModel,
  height: number,
  geometry: HeightGeometry,
): LayoutOptions {
  const usual = rowsFor(model.lanes.length);
  for (let maxRows = usual.maxRows; maxRows > 1; maxRows -= 1) {
    const options = { ...usual, maxRows };
    if (chartHeight(model, options, geometry) <= height) return options;
  }
  return { ...usual, maxRows: 1 };
}

/** Tighter lanes, for a box too small for one row per lane at the usual spacing. */
export const COMPACT_GEOMETRY: Omit<ChartGeometry, "width"> = {
  padding: 16,
  axisHeight: 22,
  laneHeaderHeight: 18,
  rowHeight: 22,
  clusterRowHeight: 20,
  laneGap: 6,
};

/**
 * The spacing and rows with which the chart fits a height: the usual spacing
 * with as many rows as fit, else the compact spacing.
 */
export function fitChart(
  model: TimelineModel,
  height: number,
): { readonly geometry: Omit<ChartGeometry, "width">; readonly rows: LayoutOptions } {
  const rows = rowsToFit(model, height, DEFAULT_GEOMETRY);
  if (rows.maxRows > 1 || chartHeight(model, rows, DEFAULT_GEOMETRY) <= height) {
    return { geometry: DEFAULT_GEOMETRY, rows };
  }
  return { geometry: COMPACT_GEOMETRY, rows: rowsToFit(model, height, COMPACT_GEOMETRY) };
}

export interface LaneScales {
  /** A lane's units to chart pixels under the zoom. */
  readonly toPx: (lane: LaneModel, units: number) => number;
  readonly toUnits: (lane: LaneModel, px: number) => number;
}

/**
 * Maps each lane's units to pixels: at scale 1 the core of the events fills
 * the width (one shared domain in aligned and sequence modes, each lane's own
 * in calendar mode), and the zoom transform applies to every lane alike.
 */
export function createLaneScales(
  model: TimelineModel,
  width: number,
  padding: number,
  zoom: ZoomTransform,
): LaneScales {
  const sharedDomain = padded(model.core, model.mode);
  // Computed once per call, not per event: this runs for every visible event on every zoom frame.
  const domains = new Map(
    model.lanes.map((lane) => [lane, model.mode === "calendar" ? padded(lane.core, model.mode) : sharedDomain]),
  );
  const plotWidth = Math.max(1, width - 2 * padding);
  const domainOf = (lane: LaneModel) => domains.get(lane) ?? sharedDomain;
  return {
    toPx: (lane, units) => {
      const [start, end] = domainOf(lane);
      return zoom.k * (padding + ((units - start) / (end - start)) * plotWidth) + zoom.x;
    },
    toUnits: (lane, px) => {
      const [start, end] = domainOf(lane);
      return start + (((px - zoom.x) / zoom.k - padding) / plotWidth) * (end - start);
    },
  };
}

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
    members = roleMemberRefs(roles);
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
  const { width, padding, slack = 0 } = geometry;
  const shared = model.mode !== "calendar";
  const { toPx, toUnits } = createLaneScales(model, width, padding, zoom);
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
    // toPx is linear in units: its two coefficients, taken once per lane, keep this loop cheap.
    const offset = toPx(lane, 0);
    const scale = toPx(lane, 1) - offset;
    const inView = laidOut
      ? visibleEvents(lane, uFrom, uTo).filter((event) => !hiddenKinds.has(event.event.kind))
      : [];
    const inputs: MarkInput[] = inView.map((event) => ({
      ref: event.ref,
      x0: scale * event.u0 + offset,
      x1: scale * event.u1 + offset,
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
      : calendarTicks([toUnits(lane, from), toUnits(lane, to)], to - from, locale).map((tick) => ({
          ...tick,
          px: toPx(lane, tick.value),
        }));
    const height = axisTop - top + (shared ? 0 : geometry.axisHeight) + 6;
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
        x: cluster.x >= 0 && cluster.x <= width ? Math.max(2, Math.min(width - CLUSTER_BADGE_WIDTH, cluster.x)) : cluster.x,
        y: clusterY,
      })),
      ticks,
    };
    top += height + geometry.laneGap;
    return chartLane;
  });

  const connectors: Connector[] = [];
  for (const role of roles) {
    const roleMembers = new Set(
      role.members.flatMap((member) => member.events.map((id) => toEventRef(member.episode, id))),
    );
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
    ticks: shared ? sharedAxisTicks(model, zoom, width, padding, from, to) : [],
    connectors,
    height: Math.max(top - geometry.laneGap, 0) + 8,
    toPx,
    toUnits,
  };
}

/**
 * The zoom that shows every event of every lane: the widest reach of any
 * lane's extent decides the scale, in calendar mode where each lane has its own.
 */
export function fitAllTransform(
  model: TimelineModel,
  width: number,
  padding: number,
): ZoomTransform {
  if (model.lanes.length === 0) return { k: 1, x: 0 };
  const { toPx } = createLaneScales(model, width, padding, { k: 1, x: 0 });
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const lane of model.lanes) {
    const [from, to] = padded(model.mode === "calendar" ? lane.extent : model.extent, model.mode);
    start = Math.min(start, toPx(lane, from));
    end = Math.max(end, toPx(lane, to));
  }
  const plotWidth = Math.max(1, width - 2 * padding);
  const k = Math.min(1, plotWidth / Math.max(1e-9, end - start));
  return { k, x: padding - k * start };
}

/**
 * The zoom that fits the units [from, to] of the shared axis (days from day 0
 * in the aligned mode) to the plot, within the zoom's limits.
 */
export function windowTransform(
  model: TimelineModel,
  [from, to]: readonly [number, number],
  width: number,
  padding: number,
): ZoomTransform {
  const [start, end] = padded(model.core, model.mode);
  const plotWidth = Math.max(1, width - 2 * padding);
  const limits = zoomLimits(model, width, padding);
  const k = Math.max(limits.minScale, Math.min(limits.maxScale, (end - start) / (to - from)));
  const fromPx = padding + ((from - start) / (end - start)) * plotWidth;
  // Centred on the window when the limits leave it wider or narrower than asked.
  const middlePx = padding + (((from + to) / 2 - start) / (end - start)) * plotWidth;
  const x = k === (end - start) / (to - from) ? padding - k * fromPx : width / 2 - k * middlePx;
  return { k, x };
}

export interface ZoomLimits {
  readonly minScale: number;
  readonly maxScale: number;
  /** How far left and right the reader may pan, in chart pixels at scale 1. */
  readonly panFrom: number;
  readonly panTo: number;
}

/** Zoom out as far as shows everything; zoom in to an hour of time, or two steps of sequence. */
export function zoomLimits(model: TimelineModel, width: number, padding: number): ZoomLimits {
  const fit = fitAllTransform(model, width, padding);
  const items = model.mode === "calendar" ? model.lanes : [model];
  const finest = model.mode === "aligned" ? 1 / 24 : model.mode === "calendar" ? 3_600_000 : 2;
  const widestCore = Math.max(...items.map((item) => item.core[1] - item.core[0]), finest);
  const panFrom = fit.x / -fit.k;
  return {
    minScale: fit.k,
    maxScale: Math.max(2, widestCore / finest),
    panFrom: Math.min(0, panFrom),
    panTo: Math.max(width, panFrom + width / fit.k),
  };
}

/**
 * The axis shared by the lanes in aligned and sequence modes, for the pixel
 * range [from, to]; cheap enough to redo on every zoom frame.
 */
export function sharedAxisTicks(
  model: TimelineModel,
  zoom: ZoomTransform,
  width: number,
  padding: number,
  from = 0,
  to = width,
): PlacedTick[] {
  const first = model.lanes.find((lane) => lane.events.length > 0) ?? model.lanes[0];
  if (!first || model.mode === "calendar") return [];
  const { toPx, toUnits } = createLaneScales(model, width, padding, zoom);
  const window: [number, number] = [toUnits(first, from), toUnits(first, to)];
  const ticks =
    model.mode === "aligned" ? alignedTicks(window, to - from) : sequenceTicks(window, to - from);
  return ticks.map((tick) => ({ ...tick, px: toPx(first, tick.value) }));
}

/** Sequence mode counts steps, not time: label every column, or every nth as space allows. */
function sequenceTicks(
  [start, end]: readonly [number, number],
  widthPx: number,
  minPixels = 80,
): Tick[] {
  const first = Math.ceil(start);
  const last = Math.floor(end);
  const step = Math.max(1, Math.ceil((last - first) / Math.max(1, widthPx / minPixels)));
  const ticks: Tick[] = [];
  for (let value = first; value <= last; value += step) {
    if (value >= 0) ticks.push({ value, label: `${value + 1}` });
  }
  return ticks;
}

/**
 * Pixel spans joined where they touch or lie within half a pixel of each
 * other, so that thousands of events draw as a few hundred shapes.
 */
export function mergeSpans(
  spans: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [x0, x1] of sorted) {
    const last = merged[merged.length - 1];
    if (last && x0 <= last[1] + 0.5) last[1] = Math.max(last[1], x1);
    else merged.push([x0, x1]);
  }
  return merged;
}
