import { useSyncExternalStore } from "react";
import { projectorScale } from "../../timeline/chartScale";

function subscribe(onChange: () => void) {
  window.addEventListener("resize", onChange);
  return () => window.removeEventListener("resize", onChange);
}

const projected = () => projectorScale(window.innerWidth, window.innerHeight);
const usual = () => 1;

/** The scale of the chart's type and spacing: on a projector, grown with the viewport; else 1. */
export function useProjectorScale(onProjector: boolean): number {
  return useSyncExternalStore(subscribe, onProjector ? projected : usual, usual);
}
