import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

/** How long the hint stays after a wheel turn went to the page. */
const HINT_MS = 2000;

export interface PageFirstGestures {
  /** The reader has clicked, tapped or focused the chart: its gestures are the chart's. */
  readonly active: boolean;
  /** Whether a wheel event should zoom: yes when active or with a modifier key held. */
  readonly wheelZooms: (event: WheelEvent) => boolean;
  /** Shown for a moment after the wheel scrolled the page instead of zooming. */
  readonly hint: boolean;
}

/**
 * For a chart inside another page (an embed): the wheel and one-finger drags
 * scroll the page, as the reader expects of a page, until they click, tap or
 * focus the chart, or hold Ctrl, Alt or ⌘ while turning the wheel. When
 * enabled is false the chart takes its gestures at once, as in the full app.
 */
export function usePageFirstGestures(
  svgRef: RefObject<SVGSVGElement | null>,
  enabled: boolean,
): PageFirstGestures {
  const [active, setActive] = useState(!enabled);
  const [hint, setHint] = useState(false);
  const activeRef = useRef(active);
  useEffect(() => {
    activeRef.current = active;
  }, [active]);
  const hintTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const svg = svgRef.current;
    if (!enabled || !svg) return;
    const onPointerDown = (event: PointerEvent) => setActive(svg.contains(event.target as Node));
    const onFocusIn = () => setActive(true);
    const onFocusOut = (event: FocusEvent) => {
      if (!svg.contains(event.relatedTarget as Node | null)) setActive(false);
    };
    document.addEventListener("pointerdown", onPointerDown, true);
    svg.addEventListener("focusin", onFocusIn);
    svg.addEventListener("focusout", onFocusOut);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown, true);
      svg.removeEventListener("focusin", onFocusIn);
      svg.removeEventListener("focusout", onFocusOut);
      clearTimeout(hintTimer.current);
    };
  }, [svgRef, enabled]);

  const wheelZooms = useCallback(
    (event: WheelEvent) => {
      if (!enabled || activeRef.current || event.ctrlKey || event.altKey || event.metaKey) {
        return true;
      }
      setHint(true);
      clearTimeout(hintTimer.current);
      hintTimer.current = setTimeout(() => setHint(false), HINT_MS);
      return false;
    },
    [enabled],
  );

  return { active, wheelZooms, hint };
}
