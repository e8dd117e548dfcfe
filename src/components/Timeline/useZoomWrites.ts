import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef } from "react";
import type { ZoomTransform } from "../../timeline/laneScales";

/**
 * A gesture's transforms, written to the store at most once a frame. `latest`
 * is what the next step of a gesture builds on: the store's, or the one not
 * yet written this frame.
 */
export function useZoomWrites(
  current: ZoomTransform,
  setZoom: (zoom: ZoomTransform) => void,
): { readonly latest: RefObject<ZoomTransform>; readonly apply: (next: ZoomTransform) => void } {
  const latest = useRef(current);
  const pending = useRef<ZoomTransform | undefined>(undefined);
  const frame = useRef(0);
  useLayoutEffect(() => {
    if (pending.current === undefined) latest.current = current;
  }, [current]);

  const apply = useCallback(
    (next: ZoomTransform) => {
      latest.current = next;
      pending.current = next;
      if (frame.current !== 0) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        const write = pending.current;
        pending.current = undefined;
        if (write) setZoom(write);
      });
    },
    [setZoom],
  );
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return { latest, apply };
}
