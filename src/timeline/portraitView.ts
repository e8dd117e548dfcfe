import type { TimelineModel } from "./laneModels";
import type { ZoomTransform } from "./laneScales";
import { windowTransform, type ZoomLimits } from "./zoomFrames";

/**
 * The portrait chart keeps the zoom in the one form the store, links and
 * lessons use (laneScales.ts), with the frame's height for the width: a
 * transform shows the same stretch of time at any size and either way up.
 * The frame scrolls through the zoomed timeline, which is as tall as the
 * pannable range at the zoom's scale.
 */
export interface PortraitScroll {
  /** The zoom that maps units to pixels down the scrolled content, from its top. */
  readonly contentZoom: ZoomTransform;
  /** The height of the scrolled content. */
  readonly contentHeight: number;
  /** How far the frame is scrolled for the zoom. */
  readonly scrollTop: number;
}

/** Where the frame of `length` pixels scrolls to, and how tall its content is, for a zoom. */
export function portraitScroll(
  zoom: ZoomTransform,
  limits: ZoomLimits,
  length: number,
): PortraitScroll {
  const { k } = zoom;
  const contentHeight = Math.max(length, k * (limits.panTo - limits.panFrom));
  const scrollTop = Math.min(
    contentHeight - length,
    Math.max(0, -zoom.x * length - k * limits.panFrom),
  );
  return { contentZoom: { k, x: (-k * limits.panFrom) / length }, contentHeight, scrollTop };
}

/** The zoom that a frame scrolled to `scrollTop` shows, at the scale k. */
export function zoomAtScroll(
  k: number,
  scrollTop: number,
  limits: ZoomLimits,
  length: number,
): ZoomTransform {
  return { k, x: -(scrollTop + k * limits.panFrom) / length };
}

/**
 * The days shown first on the aligned axis: a week before day 0 to two weeks after, where the
 * days read as rows of their own; the other axes start fitted, as the wide chart does.
 */
export const FIRST_ALIGNED_WINDOW: readonly [number, number] = [-7, 14];

/** The zoom the portrait chart starts at for the model, at its frame's length. */
export function firstPortraitZoom(
  model: TimelineModel,
  length: number,
  padding: number,
): ZoomTransform | undefined {
  if (model.mode !== "aligned") return undefined;
  return windowTransform(model, FIRST_ALIGNED_WINDOW, length, padding);
}
