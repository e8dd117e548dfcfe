import type { TimelineModel } from "./laneModels";
import { DEFAULT_LAYOUT, type LayoutOptions } from "./layoutLane";

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
  /** How many times their usual size the marks and their type are drawn (see chartScale.ts); 1 when left out. */
  readonly scale?: number;
}

type Spacing = Omit<ChartGeometry, "width" | "slack">;

/** The chart's spacing for type drawn `scale` times its usual size, so that rows still hold it. */
export function scaleGeometry(geometry: Spacing, scale: number): Spacing {
  if (scale === 1) return geometry;
  return {
    padding: geometry.padding * scale,
    axisHeight: geometry.axisHeight * scale,
    laneHeaderHeight: geometry.laneHeaderHeight * scale,
    rowHeight: geometry.rowHeight * scale,
    clusterRowHeight: geometry.clusterRowHeight * scale,
    laneGap: geometry.laneGap * scale,
    scale,
  };
}

export const DEFAULT_GEOMETRY: Omit<ChartGeometry, "width"> = {
  padding: 16,
  axisHeight: 28,
  laneHeaderHeight: 26,
  rowHeight: 24,
  clusterRowHeight: 22,
  laneGap: 14,
};

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
 * with as many rows as fit, else the compact spacing; both grown with the
 * type when it is drawn `scale` times its usual size.
 */
export function fitChart(
  model: TimelineModel,
  height: number,
  scale = 1,
): { readonly geometry: Omit<ChartGeometry, "width">; readonly rows: LayoutOptions } {
  const usual = scaleGeometry(DEFAULT_GEOMETRY, scale);
  const rows = rowsToFit(model, height, usual);
  if (rows.maxRows > 1 || chartHeight(model, rows, usual) <= height) {
    return { geometry: usual, rows };
  }
  const compact = scaleGeometry(COMPACT_GEOMETRY, scale);
  return { geometry: compact, rows: rowsToFit(model, height, compact) };
}
