import { type RefObject, useEffect, useRef } from "react";

/**
 * When the reader chooses a passage of the article, brings the chart, where its
 * events light up, into view if it is not: on a phone the article is far below it.
 */
export function useChartIntoViewOnPassage(
  sectionRef: RefObject<HTMLElement | null>,
  selectedPassage: string | undefined,
) {
  const shown = useRef(selectedPassage);
  useEffect(() => {
    if (shown.current === selectedPassage) return;
    shown.current = selectedPassage;
    const frame = sectionRef.current?.querySelector<HTMLElement>(".echoes-chart-frame");
    if (!selectedPassage || !frame) return;
    const { top, bottom } = frame.getBoundingClientRect();
    const inSight = top >= 0 && top < window.innerHeight / 2 && bottom > 0;
    if (!inSight) frame.scrollIntoView?.({ block: "start" });
  }, [sectionRef, selectedPassage]);
}
