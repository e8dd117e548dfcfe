import { type RefObject, useCallback, useEffect, useMemo } from "react";
import type { ZoomTransform } from "../../timeline/laneScales";
import type { ZoomLimits } from "../../timeline/zoomFrames";
import {
  constrainZoom,
  panBy,
  pinchZoom,
  wheelZoomFactor,
  zoomAround,
} from "../../timeline/zoomMath";
import { useZoomWrites } from "./useZoomWrites";

export interface ZoomControls {
  readonly zoomBy: (factor: number) => void;
  readonly zoomTo: (next: ZoomTransform) => void;
  readonly fit: () => void;
}

const everyWheelZooms = () => true;

/** Pointer travel, in pixels, beyond which a press is a drag and not a click. */
const DRAG_THRESHOLD = 3;

interface Pointer {
  startX: number;
  x: number;
}

/**
 * Zoom and pan by wheel, drag, one-finger pan, two-finger pinch and
 * double-click (shift to zoom out), with the arithmetic of d3-zoom
 * (`timeline/zoomMath.ts`) on Pointer Events. The store owns the transform,
 * so that buttons, keys and links can set it too; gestures write it at most
 * once a frame.
 */
export function useZoomBehavior(
  svgRef: RefObject<SVGSVGElement | null>,
  width: number,
  limits: ZoomLimits,
  fitAll: ZoomTransform,
  current: ZoomTransform,
  setZoom: (zoom: ZoomTransform) => void,
  /** Whether a wheel event zooms; one that does not is left to scroll the page. */
  wheelZooms: (event: WheelEvent) => boolean = everyWheelZooms,
): ZoomControls {
  const { latest, apply } = useZoomWrites(current, setZoom);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const pointers = new Map<number, Pointer>();
    let pinchStart: { zoom: ZoomTransform; from: [number, number] } | undefined;
    let dragged = false;
    const localX = (event: MouseEvent) => event.clientX - svg.getBoundingClientRect().left;

    const onWheel = (event: WheelEvent) => {
      if (!wheelZooms(event)) return;
      event.preventDefault();
      const factor = wheelZoomFactor(event.deltaY, event.deltaMode, event.ctrlKey);
      apply(zoomAround(latest.current, factor, localX(event), limits, width));
    };
    const startPinch = () => {
      const [a, b] = [...pointers.values()];
      pinchStart = a && b ? { zoom: latest.current, from: [a.x, b.x] } : undefined;
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType === "mouse" && event.button !== 0) return;
      if (pointers.size >= 2) return;
      const x = localX(event);
      pointers.set(event.pointerId, { startX: x, x });
      dragged = false;
      if (pointers.size === 2) startPinch();
    };
    const onPointerMove = (event: PointerEvent) => {
      const pointer = pointers.get(event.pointerId);
      if (!pointer) return;
      const x = localX(event);
      const dx = x - pointer.x;
      pointer.x = x;
      if (!dragged && Math.abs(x - pointer.startX) > DRAG_THRESHOLD) {
        dragged = true;
        // Captured only once it is a drag, so that a click still reaches the mark under it.
        if (!svg.hasPointerCapture(event.pointerId)) svg.setPointerCapture(event.pointerId);
      }
      if (pinchStart) {
        const [a, b] = [...pointers.values()];
        if (a && b) apply(pinchZoom(pinchStart.zoom, pinchStart.from, [a.x, b.x], limits, width));
      } else if (dragged) {
        apply(panBy(latest.current, dx, limits, width));
      }
    };
    const onPointerEnd = (event: PointerEvent) => {
      if (!pointers.delete(event.pointerId)) return;
      // A finger lifted from a pinch leaves the other one panning from where it is.
      pinchStart = undefined;
      for (const pointer of pointers.values()) pointer.startX = pointer.x;
    };
    // A drag that ends over a mark is not a click on it.
    const onClickCapture = (event: MouseEvent) => {
      if (!dragged) return;
      dragged = false;
      event.stopPropagation();
      event.preventDefault();
    };
    const onDoubleClick = (event: MouseEvent) => {
      if ((event.target as Element).closest("[data-ref], [data-cluster-x]")) return;
      event.preventDefault();
      apply(zoomAround(latest.current, event.shiftKey ? 0.5 : 2, localX(event), limits, width));
    };

    const listening = new AbortController();
    const { signal } = listening;
    svg.addEventListener("wheel", onWheel, { passive: false, signal });
    svg.addEventListener("pointerdown", onPointerDown, { signal });
    svg.addEventListener("pointermove", onPointerMove, { signal });
    svg.addEventListener("pointerup", onPointerEnd, { signal });
    svg.addEventListener("pointercancel", onPointerEnd, { signal });
    svg.addEventListener("click", onClickCapture, { capture: true, signal });
    svg.addEventListener("dblclick", onDoubleClick, { signal });
    return () => listening.abort();
  }, [svgRef, width, limits, apply, wheelZooms, latest]);

  const zoomTo = useCallback(
    (next: ZoomTransform) => apply(constrainZoom(next, limits, width)),
    [apply, limits, width],
  );
  const zoomBy = useCallback(
    (factor: number) => apply(zoomAround(latest.current, factor, width / 2, limits, width)),
    [apply, limits, width, latest],
  );
  const fit = useCallback(() => zoomTo(fitAll), [zoomTo, fitAll]);
  return useMemo(() => ({ zoomBy, zoomTo, fit }), [zoomBy, zoomTo, fit]);
}
