import { type RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import type { ZoomTransform } from "../../../timeline/laneScales";
import { type PortraitScroll, zoomAtScroll } from "../../../timeline/portraitView";
import type { ZoomLimits } from "../../../timeline/zoomFrames";
import { constrainZoom, pinchZoom, wheelZoomFactor, zoomAround } from "../../../timeline/zoomMath";
import type { ZoomControls } from "../useZoomBehavior";
import { useZoomWrites } from "../useZoomWrites";

/**
 * Zoom and pan of the portrait chart. One finger scrolls its frame as any box
 * scrolls (and the page on past its ends); two fingers, the trackpad's pinch
 * (a wheel with Ctrl) and the buttons change the scale about the point held.
 * The store keeps the transform: a scroll writes it at most once a frame, and
 * a transform set elsewhere (a link, a lesson, a reveal) scrolls the frame.
 */
export function usePortraitZoom(
  scrollerRef: RefObject<HTMLDivElement | null>,
  /** Moved with the scroll at once, ahead of the render the store's change brings. */
  contentRef: RefObject<SVGGElement | null>,
  length: number,
  limits: ZoomLimits,
  fitAll: ZoomTransform,
  shown: ZoomTransform,
  scroll: PortraitScroll,
  setZoom: (zoom: ZoomTransform) => void,
): ZoomControls {
  const { latest, apply } = useZoomWrites(shown, setZoom);
  // Where the frame was scrolled to for the shown zoom: its own scroll event is not the reader's.
  const placed = useRef(scroll.scrollTop);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    placed.current = scroll.scrollTop;
    if (Math.abs(scroller.scrollTop - scroll.scrollTop) >= 1) scroller.scrollTop = scroll.scrollTop;
  }, [scrollerRef, scroll.scrollTop]);

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    let pinch: { zoom: ZoomTransform; from: [number, number] } | undefined;
    const along = (touches: TouchList): [number, number] | undefined => {
      const [a, b] = [touches[0], touches[1]];
      if (!a || !b) return undefined;
      const top = scroller.getBoundingClientRect().top;
      const middle = (a.clientY + b.clientY) / 2 - top;
      // However the fingers are turned, their distance is the scale: a pinch across zooms too.
      const half = Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) / 2;
      return [middle - half, middle + half];
    };
    const onScroll = () => {
      const top = scroller.scrollTop;
      if (contentRef.current) contentRef.current.style.transform = `translateY(${-top}px)`;
      if (Math.abs(top - placed.current) < 1) return;
      placed.current = top;
      apply(zoomAtScroll(latest.current.k, top, limits, length));
    };
    const onTouchStart = (event: TouchEvent) => {
      const from = event.touches.length === 2 ? along(event.touches) : undefined;
      pinch = from ? { zoom: latest.current, from } : undefined;
    };
    const onTouchMove = (event: TouchEvent) => {
      const to = pinch && event.touches.length === 2 ? along(event.touches) : undefined;
      if (!pinch || !to) return;
      event.preventDefault();
      apply(pinchZoom(pinch.zoom, pinch.from, to, limits, length));
    };
    const onTouchEnd = (event: TouchEvent) => {
      if (event.touches.length < 2) pinch = undefined;
    };
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      const y = event.clientY - scroller.getBoundingClientRect().top;
      const factor = wheelZoomFactor(event.deltaY, event.deltaMode, true);
      apply(zoomAround(latest.current, factor, y, limits, length));
    };
    const listening = new AbortController();
    const { signal } = listening;
    scroller.addEventListener("scroll", onScroll, { passive: true, signal });
    scroller.addEventListener("touchstart", onTouchStart, { passive: true, signal });
    scroller.addEventListener("touchmove", onTouchMove, { passive: false, signal });
    scroller.addEventListener("touchend", onTouchEnd, { signal });
    scroller.addEventListener("touchcancel", onTouchEnd, { signal });
    scroller.addEventListener("wheel", onWheel, { passive: false, signal });
    return () => listening.abort();
  }, [scrollerRef, contentRef, limits, length, apply, latest]);

  const zoomTo = useCallback(
    (next: ZoomTransform) => apply(constrainZoom(next, limits, length)),
    [apply, limits, length],
  );
  const zoomBy = useCallback(
    (factor: number) => apply(zoomAround(latest.current, factor, length / 2, limits, length)),
    [apply, limits, length, latest],
  );
  const fit = useCallback(() => zoomTo(fitAll), [zoomTo, fitAll]);
  return useMemo(() => ({ zoomBy, zoomTo, fit }), [zoomBy, zoomTo, fit]);
}
