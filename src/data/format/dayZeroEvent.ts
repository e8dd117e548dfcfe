import { compareHistoricalDates, type DatePrecision, type HistoricalDate } from "./historicalDate";
import type { AnalogyMember, EpisodeEvent } from "./schema";

/**
 * How near a date comes to its moment. A date with its hour ranks with one
 * without: both name their day, and preferring the hour would leap over an
 * earlier event that plays the role.
 */
const VAGUENESS: Record<DatePrecision, number> = { minute: 0, day: 0, month: 1, year: 2 };

/** Whether a date names its day; one that names only a month or a year cannot place day 0 on a day. */
export function namesItsDay(date: HistoricalDate): boolean {
  return VAGUENESS[date.precision] === 0;
}

/**
 * The event that is day 0 of a role in one episode: the one the member marks
 * as its anchor, else the one dated most precisely, the earliest of those.
 * The earliest alone would let "1979-12" put day 0 on 1 December beside a
 * "1979-12-25" that says when it was.
 */
export function chooseDayZeroEvent(
  member: AnalogyMember | undefined,
  events: readonly EpisodeEvent[],
): EpisodeEvent | undefined {
  if (!member) return undefined;
  const playing = events.filter((event) => member.events.includes(event.id));
  const marked = playing.find((event) => event.id === member.anchor);
  if (marked) return marked;
  let chosen: EpisodeEvent | undefined;
  for (const event of playing) {
    const order =
      chosen === undefined
        ? -1
        : VAGUENESS[event.date.precision] - VAGUENESS[chosen.date.precision] ||
          compareHistoricalDates(event.date, chosen.date);
    if (order < 0) chosen = event;
  }
  return chosen;
}
