import type { AnalogyRole, Episode, EventKind } from "../data/format/schema";
import type { TimeMode } from "../data/format/vocabulary";
import { findLaneAnchor, type LaneAnchor } from "./alignEpisodes";
import { assignSequenceColumns } from "./sequenceColumns";
import { DAY_MS, type TimelineEvent, toTimelineEvents } from "./timelineEvents";

export { TIME_MODES, type TimeMode } from "../data/format/vocabulary";

/** An event's place along its lane, in the mode's units: days from day 0, calendar ms, or columns. */
export interface PositionedEvent extends TimelineEvent {
  readonly u0: number;
  readonly u1: number;
}

export interface LaneModel {
  readonly episode: Episode;
  readonly anchor: LaneAnchor;
  /** Events sorted by u0; empty in aligned mode when no event plays the role. */
  readonly events: readonly PositionedEvent[];
  /** The lane's own extent, in units; calendar lanes are drawn each on their own. */
  readonly extent: readonly [number, number];
  /** Where most of the lane's events are, shown first; far-off background and aftermath need zooming out. */
  readonly core: readonly [number, number];
  /** The longest event, in units, so that a visible-range search finds spans that began earlier. */
  readonly longest: number;
}

export interface TimelineModel {
  readonly mode: TimeMode;
  readonly lanes: readonly LaneModel[];
  /** The extent shared by the lanes in aligned and sequence modes. */
  readonly extent: readonly [number, number];
  /** The shared window shown first in aligned and sequence modes. */
  readonly core: readonly [number, number];
}

/** One day in the mode's units (one step in sequence): the least window a lane is drawn over. */
export function unitSpan(mode: TimeMode): number {
  return mode === "calendar" ? DAY_MS : 1;
}

function extentOf(events: readonly PositionedEvent[], mode: TimeMode): [number, number] {
  if (events.length === 0) return [0, unitSpan(mode)];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    min = Math.min(min, event.u0);
    max = Math.max(max, event.u1);
  }
  // A lane of one event, or of events at one instant, still gets a day (or a step) either side.
  const unit = unitSpan(mode);
  return max - min < unit ? [(min + max) / 2 - unit, (min + max) / 2 + unit] : [min, max];
}

const CORE_QUANTILE = 0.15;
const MIDDLE_HALF = 0.25;

function quantile(sorted: Float64Array, q: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[index] ?? 0;
}

/**
 * The window that holds the middle of the events (all of them when there are
 * few), so that one event decades away does not squeeze the rest into a line.
 * Events count where they begin: a span of years (reprisals, an emigration
 * wave) would otherwise stretch the window over the years it runs on.
 */
function coreOf(
  events: readonly PositionedEvent[],
  mode: TimeMode,
  include: readonly number[] = [],
  trim = CORE_QUANTILE,
): [number, number] {
  if (events.length < 8) return extentOf(events, mode);
  // A typed array sorts its numbers natively, with no call to a comparison function.
  const starts = Float64Array.from(events, (event) => event.u0).sort();
  const start = Math.min(quantile(starts, trim), ...include);
  const end = Math.max(quantile(starts, 1 - trim), ...include);
  return end - start >= unitSpan(mode) ? [start, end] : extentOf(events, mode);
}

/**
 * Day 0 and the middle half of every lane's events: each episode's central
 * stretch is in view, and one lane's crowd of events in a fortnight neither
 * hides another's months nor is squeezed to a point by another's years.
 */
function alignedCore(
  lanes: readonly { readonly events: readonly PositionedEvent[] }[],
): [number, number] {
  const cores = lanes.map((lane) => coreOf(lane.events, "aligned", [0], MIDDLE_HALF));
  return [Math.min(...cores.map(([start]) => start)), Math.max(...cores.map(([, end]) => end))];
}

function position(
  events: readonly TimelineEvent[],
  u0Of: (event: TimelineEvent) => number,
  u1Of: (event: TimelineEvent) => number,
): PositionedEvent[] {
  return events
    .map(
      // Written out: spreading the event into a new object is many times slower in V8, at
      // thousands of events a noticeable part of the first drawing.
      (event): PositionedEvent => ({
        ref: event.ref,
        episodeId: event.episodeId,
        event: event.event,
        startMs: event.startMs,
        endMs: event.endMs,
        extent: event.extent,
        order: event.order,
        u0: u0Of(event),
        u1: u1Of(event),
      }),
    )
    .sort((a, b) => a.u0 - b.u0 || a.order - b.order);
}

/**
 * Lays the episodes out along one axis per mode. This runs when the data,
 * mode or aligned role change, never on a zoom frame.
 */
export function buildTimelineModel(
  episodes: readonly Episode[],
  roles: readonly AnalogyRole[],
  mode: TimeMode,
  alignRoleId: string | undefined,
): TimelineModel {
  const role = roles.find((candidate) => candidate.id === alignRoleId);
  const timelineEvents = episodes.map(toTimelineEvents);
  const columns =
    mode === "sequence"
      ? assignSequenceColumns(
          episodes.map((episode, index) => ({
            episodeId: episode.id,
            events: timelineEvents[index] ?? [],
          })),
          roles,
        )
      : undefined;

  const lanes = episodes.map((episode, index): LaneModel => {
    const events = timelineEvents[index] ?? [];
    const anchor = findLaneAnchor(episode.id, events, role);
    let positioned: PositionedEvent[];
    if (mode === "aligned") {
      const zero = anchor.zeroMs;
      positioned =
        zero === undefined
          ? []
          : position(
              events,
              (event) => (event.startMs - zero) / DAY_MS,
              (event) => (event.endMs - zero) / DAY_MS,
            );
    } else if (mode === "calendar") {
      positioned = position(
        events,
        (event) => event.startMs,
        (event) => event.endMs,
      );
    } else {
      const column = (event: TimelineEvent) => columns?.get(event.ref) ?? event.order;
      positioned = position(events, column, column);
    }
    const longest = positioned.reduce((max, event) => Math.max(max, event.u1 - event.u0), 0);
    return {
      episode,
      anchor,
      events: positioned,
      extent: extentOf(positioned, mode),
      core: coreOf(positioned, mode),
      longest,
    };
  });

  const filled = lanes.filter((lane) => lane.events.length > 0);
  const extent: [number, number] =
    filled.length === 0
      ? [0, unitSpan(mode)]
      : [
          Math.min(...filled.map((lane) => lane.extent[0])),
          Math.max(...filled.map((lane) => lane.extent[1])),
        ];
  const core =
    filled.length === 0
      ? extent
      : mode === "aligned"
        ? alignedCore(filled)
        : coreOf(
            filled.flatMap((lane) => lane.events),
            mode,
          );
  return { mode, lanes, extent, core };
}

/** The index of the first event that starts at or after u, by binary search on sorted starts. */
function firstStartingAt(lane: LaneModel, u: number): number {
  const { events } = lane;
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((events[middle]?.u0 ?? 0) < u) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the first event that may reach into a window starting at u0 (spans that began earlier included). */
function firstVisibleIndex(lane: LaneModel, u0: number): number {
  return firstStartingAt(lane, u0 - lane.longest);
}

/**
 * Whether an event not of a hidden kind starts in [u0, u1]: where the chart
 * would draw its mark. A long event that began earlier shows only as a bar,
 * so a view holding just that has no event in it.
 */
export function startsWithin(
  lane: LaneModel,
  hidden: ReadonlySet<EventKind>,
  u0: number,
  u1: number,
): boolean {
  for (let index = firstStartingAt(lane, u0); index < lane.events.length; index += 1) {
    const event = lane.events[index];
    if (!event || event.u0 > u1) return false;
    if (!hidden.has(event.event.kind)) return true;
  }
  return false;
}

/** The events of a lane that reach into [u0, u1], found by binary search on sorted starts. */
export function visibleEvents(lane: LaneModel, u0: number, u1: number): PositionedEvent[] {
  const visible: PositionedEvent[] = [];
  for (let index = firstVisibleIndex(lane, u0); index < lane.events.length; index += 1) {
    const event = lane.events[index];
    if (!event || event.u0 > u1) break;
    if (event.u1 >= u0) visible.push(event);
  }
  return visible;
}
