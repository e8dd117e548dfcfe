import { startTransition, useLayoutEffect, useRef, useState } from "react";

export interface ElementSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The size of an element, kept up to date as it resizes; undefined until it
 * is first measured. Measured as the browser lays the page out, never forcing
 * it to, and what depends on it renders as a transition: React splits that
 * work into short tasks, so that the page stays responsive while it is drawn.
 */
export function useElementSize<T extends HTMLElement>(fallbackWidth = 960) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<ElementSize | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (width: number, height: number) =>
      startTransition(() =>
        setSize((current) =>
          current?.width === width && current.height === height ? current : { width, height },
        ),
      );
    if (typeof ResizeObserver === "undefined") {
      const box = element.getBoundingClientRect();
      update(Math.round(box.width) || fallbackWidth, Math.round(box.height));
      return;
    }
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize[0];
      if (box) update(Math.round(box.inlineSize) || fallbackWidth, Math.round(box.blockSize));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallbackWidth]);
  return [ref, size] as const;
}
