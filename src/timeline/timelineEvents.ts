import { toEventRef } from "../data/format/collection";
import { periodEndMs, periodStartMs } from "../data/format/historicalDate";
import type { Episode, EpisodeEvent } from "../data/format/schema";

export const DAY_MS = 86_400_000;

/**
 * How an event is drawn: a point for a day or a moment, a span from its date
 * to its end date, or a period for a date known only to the month or year
 * (a band over that period, never a made-up exact day).
 */
export type EventExtent = "point" | "span" | "period";

export interface TimelineEvent {
  /** "episode-id/event-id", unique in a collection. */
  readonly ref: string;
  readonly episodeId: string;
  readonly event: EpisodeEvent;
  /** Start of the event's first period, in UTC milliseconds of its calendar. */
  readonly startMs: number;
  /** End of the event's last period (exclusive); equals startMs for points. */
  readonly endMs: number;
  readonly extent: EventExtent;
  /** Rank in date order within its episode, from 0. */
  readonly order: number;
}

function extentOf(event: EpisodeEvent): EventExtent {
  if (event.endDate) return "span";
  return event.date.precision === "year" || event.date.precision === "month" ? "period" : "point";
}

/** An episode's events in date order, with their positions in calendar time. */
export function toTimelineEvents(episode: Episode): TimelineEvent[] {
  // The period bounds are computed once per event, not once per comparison.
  return episode.events
    .map((event) => {
      const extent = extentOf(event);
      const startMs = periodStartMs(event.date);
      const endMs =
        extent === "point"
          ? startMs
          : periodEndMs(extent === "span" && event.endDate ? event.endDate : event.date);
      return { event, extent, startMs, endMs, dateEndMs: periodEndMs(event.date) };
    })
    .sort((a, b) => a.startMs - b.startMs || b.dateEndMs - a.dateEndMs)
    .map(({ event, extent, startMs, endMs }, order) => ({
      ref: toEventRef(episode.id, event.id),
      episodeId: episode.id,
      event,
      startMs,
      endMs,
      extent,
      order,
    }));
}
