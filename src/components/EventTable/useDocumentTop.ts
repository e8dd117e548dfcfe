import { type RefObject, useLayoutEffect, useState } from "react";

/**
 * How far down the document the element starts, in px, kept current as
 * whatever is above it changes height (notices, wrapping text, fonts): the
 * page's height changes with it, so watching the body's size is enough.
 */
export function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [topPx, setTopPx] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setTopPx(element.getBoundingClientRect().top + window.scrollY);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return topPx;
}
