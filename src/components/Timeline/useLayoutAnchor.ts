import { useEffect, useRef, useState } from "react";
import type { ZoomTransform } from "../../timeline/laneScales";

export interface LayoutAnchor {
  readonly zoom: ZoomTransform;
  /** Pixels laid out beyond each side of the view. */
  readonly slack: number;
}

/** A gesture is over when the view has not changed for this long. */
const GESTURE_IDLE_MS = 150;
/** How far a gesture may scale the laid-out marks before they are laid out again. */
const MAX_GESTURE_RATIO = 8;

/**
 * The zoom the marks were laid out at. A pan only moves them; during a zoom
 * gesture they are scaled as one (their symbols and labels kept at their own
 * size). They are laid out again when a gesture pauses or has gone far, so
 * that labels near the edges read inward again. A frame of a gesture costs
 * one transform, not a layout.
 */
export function useLayoutAnchor(zoom: ZoomTransform, width: number): LayoutAnchor {
  const anchor = useRef<LayoutAnchor>({ zoom, slack: width / 4 });
  const lastChange = useRef({ zoom, at: Number.NEGATIVE_INFINITY });
  const [, settle] = useState(0);
  const current = anchor.current;
  const now = performance.now();
  const changing = zoom.k !== lastChange.current.zoom.k || zoom.x !== lastChange.current.zoom.x;
  if (changing) lastChange.current = { zoom, at: now };
  const paused = !changing && now - lastChange.current.at >= GESTURE_IDLE_MS;
  if (zoom.k !== current.zoom.k) {
    const ratio = zoom.k / current.zoom.k;
    if (paused || ratio > MAX_GESTURE_RATIO || ratio < 1 / MAX_GESTURE_RATIO) {
      anchor.current = { zoom, slack: width / 4 };
    }
  } else if (
    zoom.x !== current.zoom.x &&
    (paused || Math.abs(zoom.x - current.zoom.x) * width > current.slack * 0.75)
  ) {
    anchor.current = { zoom, slack: paused ? current.slack : width };
  }
  const moved = zoom.k !== anchor.current.zoom.k || zoom.x !== anchor.current.zoom.x;
  useEffect(() => {
    if (!moved) return;
    const timer = setTimeout(() => settle((count) => count + 1), GESTURE_IDLE_MS + 10);
    return () => clearTimeout(timer);
  });
  return anchor.current;
}
