import { useEffect } from "react";

export interface PresenterKeyActions {
  readonly step: (delta: number) => void;
  readonly first: () => void;
  readonly last: () => void;
  readonly exit: () => void;
}

/** The step a key takes: the arrows point the way the page reads, Next on the left in a right-to-left page. */
function stepOf(key: string): number {
  if (key === "PageDown") return 1;
  if (key === "PageUp") return -1;
  if (key !== "ArrowRight" && key !== "ArrowLeft") return 0;
  const rightToLeft = document.documentElement.dir === "rtl";
  return (key === "ArrowRight") !== rightToLeft ? 1 : -1;
}

/** Whether a key belongs to what has focus: typing in a field, or moving among the chart's events. */
function ownedByFocus(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return false;
  if (target.closest("input, select, textarea, [contenteditable='true']")) return true;
  return event.key.startsWith("Arrow") && target.closest("svg.echoes-chart") !== null;
}

/**
 * The presenter's keys, on the whole page: arrow keys and a clicker's Page Up
 * and Page Down step through the stops, Home and End jump, Escape ends.
 */
export function usePresenterKeys(actions: PresenterKeyActions) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (ownedByFocus(event)) return;
      const step = stepOf(event.key);
      if (step !== 0) actions.step(step);
      else if (event.key === "Home") actions.first();
      else if (event.key === "End") actions.last();
      else if (event.key === "Escape" && !document.fullscreenElement) actions.exit();
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [actions]);
}
