import { select } from "d3-selection";
import { type D3ZoomEvent, type ZoomBehavior, zoom, zoomIdentity, zoomTransform } from "d3-zoom";
import { type RefObject, useCallback, useEffect, useMemo, useRef } from "react";
import type { ZoomState } from "../../store/slices/viewSlice";
import type { ZoomLimits } from "../../timeline/layoutChart";

export interface ZoomControls {
  readonly zoomBy: (factor: number) => void;
  readonly zoomTo: (next: ZoomState) => void;
  readonly fit: () => void;
}

/**
 * Attaches d3-zoom (wheel, drag, pinch, double-click) to the chart. d3 owns
 * the gesture; the store owns the transform, so buttons, keys and later the
 * URL can set it too.
 */
export function useZoomBehavior(
  svgRef: RefObject<SVGSVGElement | null>,
  width: number,
  height: number,
  limits: ZoomLimits,
  fitAll: ZoomState,
  current: ZoomState,
  setZoom: (zoom: ZoomState) => void,
): ZoomControls {
  const behaviorRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    let frame = 0;
    let pending: ZoomState | undefined;
    const behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([limits.minScale, limits.maxScale])
      .extent([
        [0, 0],
        [width, Math.max(1, height)],
      ])
      .translateExtent([
        [limits.panFrom, 0],
        [limits.panTo, Math.max(1, height)],
      ])
      .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Wheel and touch can fire several times a frame; the store takes the last, once a frame.
        pending = { k: event.transform.k, x: event.transform.x };
        if (frame === 0) {
          frame = requestAnimationFrame(() => {
            frame = 0;
            if (pending) setZoom(pending);
          });
        }
      });
    const selection = select(svg);
    selection.call(behavior);
    behaviorRef.current = behavior;
    return () => {
      cancelAnimationFrame(frame);
      selection.on(".zoom", null);
      behaviorRef.current = null;
    };
  }, [svgRef, width, height, limits, setZoom]);

  // Keep d3's own record of the transform in step when the store changes it.
  useEffect(() => {
    const svg = svgRef.current;
    const behavior = behaviorRef.current;
    if (!svg || !behavior) return;
    const known = zoomTransform(svg);
    if (known.k !== current.k || known.x !== current.x) {
      behavior.transform(select(svg), zoomIdentity.translate(current.x, 0).scale(current.k));
    }
  }, [svgRef, current]);

  const zoomBy = useCallback(
    (factor: number) => {
      const svg = svgRef.current;
      if (svg && behaviorRef.current)
        behaviorRef.current.scaleBy(select(svg), factor, [width / 2, 0]);
    },
    [svgRef, width],
  );
  const zoomTo = useCallback(
    (next: ZoomState) => {
      const svg = svgRef.current;
      if (svg && behaviorRef.current) {
        behaviorRef.current.transform(select(svg), zoomIdentity.translate(next.x, 0).scale(next.k));
      }
    },
    [svgRef],
  );
  const fit = useCallback(() => zoomTo(fitAll), [zoomTo, fitAll]);
  return useMemo(() => ({ zoomBy, zoomTo, fit }), [zoomBy, zoomTo, fit]);
}
