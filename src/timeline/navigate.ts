import type { EventKind } from "../data/format/schema";
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

/** The nearest lane after (step 1) or before (step -1) `laneIndex` that has events shown. */
function nextLane(
  model: TimelineModel,
  hidden: ReadonlySet<EventKind>,
  laneIndex: number,
  step: 1 | -1,
): PositionedEvent[] | undefined {
  for (let other = laneIndex + step; other >= 0 && other < model.lanes.length; other += step) {
    const events = laneEvents(model, other, hidden);
    if (events.length > 0) return events;
  }
  return undefined;
}

/**
 * The event the keyboard moves to: Left and Right step through time in the
 * lane, and on from a lane's last event to the next lane's first (so that
 * Right alone reads every event); Home and End go to the lane's ends; Up and
 * Down go to the nearest event in the lane above or below that has any.
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
  if (laneIndex < 0) return nextLane(model, hidden, -1, 1)?.[0]?.ref;
  const events = laneEvents(model, laneIndex, hidden);
  const index = events.findIndex((event) => event.ref === currentRef);
  const current = events[index];
  switch (key) {
    case "ArrowLeft":
      return index > 0
        ? events[index - 1]?.ref
        : (nextLane(model, hidden, laneIndex, -1)?.at(-1)?.ref ?? currentRef);
    case "ArrowRight":
      return index < events.length - 1
        ? events[index + 1]?.ref
        : (nextLane(model, hidden, laneIndex, 1)?.[0]?.ref ?? currentRef);
    case "Home":
      return events[0]?.ref;
    case "End":
      return events.at(-1)?.ref;
    case "ArrowUp":
    case "ArrowDown": {
      if (!current) return currentRef;
      const candidates = nextLane(model, hidden, laneIndex, key === "ArrowUp" ? -1 : 1);
      if (!candidates) return currentRef;
      const otherIndex = model.lanes.findIndex((lane) =>
        lane.events.includes(candidates[0] as PositionedEvent),
      );
      const target = relativePosition(model, laneIndex, current);
      let best = candidates[0];
      for (const candidate of candidates) {
        const distance = Math.abs(relativePosition(model, otherIndex, candidate) - target);
        if (best && distance < Math.abs(relativePosition(model, otherIndex, best) - target))
          best = candidate;
      }
      return best?.ref;
    }
  }
}
