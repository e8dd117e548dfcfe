import type { EventKind } from "../data/schema";
import type { PositionedEvent, TimelineModel } from "./laneModels";

export type NavigationKey = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End";

function laneEvents(
  model: TimelineModel,
  laneIndex: number,
  hidden: ReadonlySet<EventKind>,
): PositionedEvent[] {
  return (model.lanes[laneIndex]?.events ?? []).filter((event) => !hidden.has(event.event.kind));
}

/** Where an event sits within its lane, from 0 to 1, to find its neighbour across calendar lanes. */
function relativePosition(model: TimelineModel, laneIndex: number, event: PositionedEvent): number {
  if (model.mode !== "calendar") return event.u0;
  const [start, end] = model.lanes[laneIndex]?.extent ?? [0, 1];
  return (event.u0 - start) / (end - start || 1);
}

/**
 * The event the keyboard moves to: Left and Right step through time in the
 * lane, Home and End go to its ends, Up and Down go to the nearest event in
 * the lane above or below that has any.
 */
export function navigateFrom(
  model: TimelineModel,
  hidden: ReadonlySet<EventKind>,
  currentRef: string | undefined,
  key: NavigationKey,
): string | undefined {
  const laneIndex = model.lanes.findIndex((lane) =>
    lane.events.some((event) => event.ref === currentRef),
  );
  if (laneIndex < 0) {
    const firstLane = model.lanes.findIndex(
      (_, index) => laneEvents(model, index, hidden).length > 0,
    );
    return laneEvents(model, firstLane, hidden)[0]?.ref;
  }
  const events = laneEvents(model, laneIndex, hidden);
  const index = events.findIndex((event) => event.ref === currentRef);
  const current = events[index];
  switch (key) {
    case "ArrowLeft":
      return events[Math.max(0, index - 1)]?.ref;
    case "ArrowRight":
      return events[Math.min(events.length - 1, index + 1)]?.ref;
    case "Home":
      return events[0]?.ref;
    case "End":
      return events.at(-1)?.ref;
    case "ArrowUp":
    case "ArrowDown": {
      if (!current) return currentRef;
      const step = key === "ArrowUp" ? -1 : 1;
      const target = relativePosition(model, laneIndex, current);
      for (let other = laneIndex + step; other >= 0 && other < model.lanes.length; other += step) {
        const candidates = laneEvents(model, other, hidden);
        if (candidates.length === 0) continue;
        let best = candidates[0];
        for (const candidate of candidates) {
          const distance = Math.abs(relativePosition(model, other, candidate) - target);
          if (best && distance < Math.abs(relativePosition(model, other, best) - target))
            best = candidate;
        }
        return best?.ref;
      }
      return currentRef;
    }
  }
}
