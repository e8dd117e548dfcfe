import { type RefObject, useEffect } from "react";

/** The message an embed posts to the page around it; documented in the README. */
export interface EmbedResizeMessage {
  readonly type: "echoes:resize";
  /** The height the embed needs, in CSS pixels. */
  readonly height: number;
}

/** How much taller the chart's frame would like to be than the box lets it be. */
function chartShortfall(root: HTMLElement, frameWanted: number | undefined): number {
  const frame = root.querySelector(".echoes-chart-frame");
  if (!frame || frameWanted === undefined) return 0;
  return Math.max(0, frameWanted - frame.getBoundingClientRect().height);
}

/**
 * Inside an iframe, tells the page around it how tall the embed would like to
 * be, now and whenever that changes, so that `embed.js` on that page can size
 * the iframe: its height, plus what the chart gave up to fit the box.
 * Only the height is sent, so any page may receive it.
 */
export function usePostedHeight(
  ref: RefObject<HTMLElement | null>,
  /** The height the chart's frame would take with its usual rows, once drawn. */
  chartFrameWanted: number | undefined,
) {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window || typeof ResizeObserver === "undefined") return;
    let posted = 0;
    const post = () => {
      const height = Math.ceil(
        element.getBoundingClientRect().height + chartShortfall(element, chartFrameWanted),
      );
      if (height === posted) return;
      posted = height;
      const message: EmbedResizeMessage = { type: "echoes:resize", height };
      window.parent.postMessage(message, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    // The frame changes size as the controls above it wrap, without the embed changing size.
    const frame = element.querySelector(".echoes-chart-frame");
    if (frame) observer.observe(frame);
    return () => observer.disconnect();
  }, [ref, chartFrameWanted]);
}
