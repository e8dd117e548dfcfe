import { useLayoutEffect, useRef, useState } from "react";

export interface ElementSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The size of an element, kept up to date as it resizes; undefined until it
 * is first measured, which happens before the first paint.
 */
export function useElementSize<T extends HTMLElement>(fallbackWidth = 960) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<ElementSize | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const box = element.getBoundingClientRect();
      const width = Math.round(box.width) || fallbackWidth;
      const height = Math.round(box.height);
      setSize((current) =>
        current?.width === width && current.height === height ? current : { width, height },
      );
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallbackWidth]);
  return [ref, size] as const;
}
