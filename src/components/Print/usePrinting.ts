import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * Whether the page is being printed: from "beforeprint" (or the print media
 * taking over, as when saved as PDF) to "afterprint". What it shows is built
 * then and at once, since the browser lays the page out for paper right after.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    const media = window.matchMedia?.("print");
    const onChange = (event: MediaQueryListEvent) => (event.matches ? start() : end());
    window.addEventListener("beforeprint", start);
    window.addEventListener("afterprint", end);
    media?.addEventListener("change", onChange);
    return () => {
      window.removeEventListener("beforeprint", start);
      window.removeEventListener("afterprint", end);
      media?.removeEventListener("change", onChange);
    };
  }, []);
  return printing;
}
