import type { TimeMode } from "../data/format/vocabulary";
import type { LaneModel, TimelineModel } from "./laneModels";
import { unitSpan } from "./laneModels";

/**
 * The zoom along x, the one form it takes everywhere (the store, links, the
 * layout, gestures): scale k, and the shift x as a share of the chart's
 * width, so that the same stretch of time stays in view at any width. A chart
 * pixel p at scale 1 is drawn at p * k + x * width.
 */
export interface ZoomTransform {
  readonly k: number;
  readonly x: number;
}

export const IDENTITY_ZOOM: ZoomTransform = { k: 1, x: 0 };

/** A little room either side of a window; a window of one instant gets a day (or a step) either side. */
export function padded([start, end]: readonly [number, number], mode: TimeMode): [number, number] {
  const pad = (end - start) * 0.04 || unitSpan(mode);
  return [start - pad, end + pad];
}

export interface LaneScales {
  /** A lane's units to chart pixels under the zoom. */
  readonly toPx: (lane: LaneModel, units: number) => number;
  readonly toUnits: (lane: LaneModel, px: number) => number;
  /**
   * One lane's units to pixels as a function of the units alone, for a loop over
   * many events: measured from the lane's own domain, never from units 0 (calendar
   * units count milliseconds from 1970, far from a 1956 lane).
   */
  readonly pixelsOf: (lane: LaneModel) => (units: number) => number;
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
    model.lanes.map((lane) => [
      lane,
      model.mode === "calendar" ? padded(lane.core, model.mode) : sharedDomain,
    ]),
  );
  const plotWidth = Math.max(1, width - 2 * padding);
  const shift = zoom.x * width;
  const domainOf = (lane: LaneModel) => domains.get(lane) ?? sharedDomain;
  return {
    toPx: (lane, units) => {
      const [start, end] = domainOf(lane);
      return zoom.k * (padding + ((units - start) / (end - start)) * plotWidth) + shift;
    },
    toUnits: (lane, px) => {
      const [start, end] = domainOf(lane);
      return start + (((px - shift) / zoom.k - padding) / plotWidth) * (end - start);
    },
    pixelsOf: (lane) => {
      const [start, end] = domainOf(lane);
      const perUnit = (zoom.k * plotWidth) / (end - start);
      const atStart = zoom.k * padding + shift;
      return (units) => atStart + (units - start) * perUnit;
    },
  };
}
