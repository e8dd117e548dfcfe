import type { AnalogyRole } from "../data/schema";
import type { TimelineEvent } from "./timelineEvents";

export interface LaneAnchor {
  /** The event that plays the role in this lane, if any. */
  readonly anchor: TimelineEvent | undefined;
  /** Day 0 of this lane, in calendar milliseconds; undefined when no event plays the role. */
  readonly zeroMs: number | undefined;
  /** Why the lane has no anchor, from the analogy map's note, if it says. */
  readonly note: string | undefined;
}

/**
 * Finds, for each episode, the earliest event that plays the role; aligned
 * mode counts that lane's days from the moment it began: its hour where the
 * sources give one, else the start of its day. So every anchor sits on the
 * day-0 line, and "day +1" is 24 hours after it in every lane.
 */
export function findLaneAnchor(
  episodeId: string,
  events: readonly TimelineEvent[],
  role: AnalogyRole | undefined,
): LaneAnchor {
  const member = role?.members.find((candidate) => candidate.episode === episodeId);
  const memberIds = new Set(member?.events ?? []);
  const anchor = events.find((event) => memberIds.has(event.event.id));
  return {
    anchor,
    zeroMs: anchor?.startMs,
    note: anchor ? undefined : member?.note,
  };
}
