import { type RefObject, useLayoutEffect } from "react";
import { useEchoesActions } from "../../store/EchoesProvider";

/**
 * Keeps the store told the width of the chart's column, which the chart fills
 * (timeline.css), as the column resizes: a saved picture of the view is laid
 * out at it, without asking the page what it drew. Only the reader's own chart
 * tells it, not a presenter's over it.
 */
export function useChartWidthInStore(column: RefObject<HTMLElement | null>, enabled: boolean) {
  const { setChartWidth } = useEchoesActions();
  useLayoutEffect(() => {
    const element = column.current;
    if (!enabled || !element || typeof ResizeObserver === "undefined") return;
    // Measured as the browser lays the page out, as the chart measures its own frame (useElementSize).
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize[0];
      if (box) setChartWidth(Math.round(box.inlineSize));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [column, enabled, setChartWidth]);
}
