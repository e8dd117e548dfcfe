import { type FocusEvent, type RefObject, useCallback, useRef, useState } from "react";
import type { EventKind } from "../../data/format/schema";
import type { TimelineModel } from "../../timeline/laneModels";
import { type NavigationKey, navigateFrom } from "../../timeline/navigate";

const NAVIGATION_KEYS = new Set<string>([
  "ArrowLeft",
  "ArrowRight",
  "ArrowUp",
  "ArrowDown",
  "Home",
  "End",
]);

export interface ChartFocus {
  /** The event the keyboard is on; the chart draws it even where it would be folded. */
  readonly focusedRef: string | undefined;
  /** `follow`: focus goes to its mark as soon as it is drawn (after a key, or a choice from a list). */
  readonly setFocusedRef: (ref: string | undefined, follow?: boolean) => void;
  /**
   * Moves the focused event for a navigation key: the event moved to, `false`
   * when the key moves nowhere, undefined when it is not a navigation key.
   */
  readonly navigate: (
    model: TimelineModel,
    hidden: ReadonlySet<EventKind>,
    fromRef: string | undefined,
    key: string,
  ) => string | false | undefined;
  /** After a render: puts focus back on the focused event's mark if a redraw took it away. */
  readonly restore: () => void;
  readonly onBlur: (event: FocusEvent<SVGSVGElement>) => void;
}

/**
 * Keeps keyboard focus on the chart while its marks are redrawn: a mark that
 * leaves the layout (a pan, a zoom, a fold) would otherwise drop focus to the
 * page's body, so focus follows the focused event to its new mark.
 */
export function useChartFocus(svgRef: RefObject<SVGSVGElement | null>): ChartFocus {
  const [focusedRef, setFocused] = useState<string>();
  const follow = useRef(false);
  const focusedNow = useRef(focusedRef);
  focusedNow.current = focusedRef;

  const setFocusedRef = useCallback((ref: string | undefined, followIt = false) => {
    if (followIt) follow.current = true;
    setFocused(ref);
  }, []);

  const navigate = useCallback(
    (
      model: TimelineModel,
      hidden: ReadonlySet<EventKind>,
      fromRef: string | undefined,
      key: string,
    ) => {
      if (!NAVIGATION_KEYS.has(key)) return undefined;
      const next = navigateFrom(model, hidden, fromRef ?? focusedNow.current, key as NavigationKey);
      if (!next) return false;
      follow.current = true;
      setFocused(next);
      return next;
    },
    [],
  );

  const restore = useCallback(() => {
    const svg = svgRef.current;
    const ref = focusedNow.current;
    if (!svg || !ref || !follow.current) return;
    const active = document.activeElement;
    const onChart = active === null || active === document.body || svg.contains(active);
    if (!onChart) return;
    const mark = svg.querySelector<SVGGElement>(`[data-ref="${CSS.escape(ref)}"]`);
    if (mark && mark !== active) mark.focus({ preventScroll: true });
  }, [svgRef]);

  const onBlur = useCallback(
    (event: FocusEvent<SVGSVGElement>) => {
      const to = event.relatedTarget as Node | null;
      // Focus taken elsewhere by the reader, not lost to a redraw.
      if (to && !svgRef.current?.contains(to)) follow.current = false;
    },
    [svgRef],
  );

  return { focusedRef, setFocusedRef, navigate, restore, onBlur };
}
