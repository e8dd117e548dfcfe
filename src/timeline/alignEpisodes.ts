import { chooseDayZeroEvent, namesItsDay } from "../data/format/dayZeroEvent";
import { periodEndMs } from "../data/format/historicalDate";
import type { AnalogyRole } from "../data/format/schema";
import { DAY_MS, type TimelineEvent } from "./timelineEvents";

export interface LaneAnchor {
  /** The event that plays the role in this lane, if any. */
  readonly anchor: TimelineEvent | undefined;
  /** Day 0 of this lane, in calendar milliseconds; undefined when no event plays the role. */
  readonly zeroMs: number | undefined;
  /**
   * Where day 0 falls, in days from zeroMs, when the anchor is dated only to
   * its month or year: that whole period, drawn as a band, as the day is not known.
   */
  readonly zeroPeriod: readonly [number, number] | undefined;
  /** Why the lane has no anchor, from the analogy map's note, if it says. */
  readonly note: string | undefined;
}

/**
 * Finds, for each episode, the event that is day 0 of the role (see
 * chooseDayZeroEvent); aligned mode counts that lane's days from the moment
 * it began: its hour where the sources give one, else the start of its day.
 * So every anchor sits on the day-0 line, and "day +1" is 24 hours after it
 * in every lane. An anchor known only to its month or year counts from the
 * start of that period, which is then day 0's band.
 */
export function findLaneAnchor(
  episodeId: string,
  events: readonly TimelineEvent[],
  role: AnalogyRole | undefined,
): LaneAnchor {
  const member = role?.members.find((candidate) => candidate.episode === episodeId);
  const chosen = chooseDayZeroEvent(
    member,
    events.map((event) => event.event),
  );
  const anchor = events.find((event) => event.event === chosen);
  const date = anchor?.event.date;
  return {
    anchor,
    zeroMs: anchor?.startMs,
    zeroPeriod:
      anchor && date && !namesItsDay(date)
        ? [0, (periodEndMs(date) - anchor.startMs) / DAY_MS]
        : undefined,
    note: anchor ? undefined : member?.note,
  };
}
