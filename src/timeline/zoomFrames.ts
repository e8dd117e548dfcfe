import type { TimelineModel } from "./laneModels";
import { createLaneScales, IDENTITY_ZOOM, padded, type ZoomTransform } from "./laneScales";

/**
 * The zoom that shows every event of every lane: the widest reach of any
 * lane's extent decides the scale, in calendar mode where each lane has its own.
 */
export function fitAllTransform(
  model: TimelineModel,
  width: number,
  padding: number,
): ZoomTransform {
  if (model.lanes.length === 0) return IDENTITY_ZOOM;
  const { toPx } = createLaneScales(model, width, padding, IDENTITY_ZOOM);
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const lane of model.lanes) {
    const [from, to] = padded(model.mode === "calendar" ? lane.extent : model.extent, model.mode);
    start = Math.min(start, toPx(lane, from));
    end = Math.max(end, toPx(lane, to));
  }
  const plotWidth = Math.max(1, width - 2 * padding);
  const k = Math.min(1, plotWidth / Math.max(1e-9, end - start));
  return { k, x: (padding - k * start) / width };
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
  return { k, x: x / width };
}

/**
 * The units of the shared axis (days from day 0 in the aligned mode) that a zoom shows between
 * the plot's edges: what windowTransform asked for, read back from the view.
 */
export function windowOf(
  model: TimelineModel,
  zoom: ZoomTransform,
  width: number,
  padding: number,
): readonly [number, number] {
  const [start, end] = padded(model.core, model.mode);
  const plotWidth = Math.max(1, width - 2 * padding);
  const unitsAt = (px: number) =>
    start + (((px - zoom.x * width) / zoom.k - padding) / plotWidth) * (end - start);
  return [unitsAt(padding), unitsAt(width - padding)];
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
  const panFrom = (fit.x * width) / -fit.k;
  return {
    minScale: fit.k,
    maxScale: Math.max(2, widestCore / finest),
    panFrom: Math.min(0, panFrom),
    panTo: Math.max(width, panFrom + width / fit.k),
  };
}
