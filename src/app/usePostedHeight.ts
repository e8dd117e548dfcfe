import { type RefObject, useEffect } from "react";

/** The message an embed posts to the page around it; documented in the README. */
export interface EmbedResizeMessage {
  readonly type: "echoes:resize";
  /** The height the embed needs, in CSS pixels. */
  readonly height: number;
}

/**
 * Inside an iframe, tells the page around it how tall the embed is, now and
 * whenever that changes, so that `embed.js` on that page can size the iframe.
 * Only the height is sent, so any page may receive it.
 */
export function usePostedHeight(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window || typeof ResizeObserver === "undefined") return;
    const post = () => {
      const message: EmbedResizeMessage = {
        type: "echoes:resize",
        height: Math.ceil(element.getBoundingClientRect().height),
      };
      window.parent.postMessage(message, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
}
