import type { EventKind } from "../data/format/schema";
import type { TimelineModel } from "./laneModels";
import { createLaneScales, type ZoomTransform } from "./laneScales";

/**
 * Where the events are dense, for the overview strip: each lane's events
 * counted in bins a few pixels wide at the "fit all" zoom, and the bins drawn
 * taller and darker the more events reach into them. Done once per model,
 * hidden kinds and width, never per zoom frame: at 10,000 events in each of
 * 10 lanes it is one pass over the events and one over the bins.
 */

/** The width of a bin, in strip pixels. */
export const BIN_PX = 3;
/** How many steps of density the strip draws. */
export const DENSITY_LEVELS = 4;

/** One lane's shown events in strip pixels, sorted by start, with their extent in the mode's units. */
export interface LaneSpans {
  readonly x0: Float64Array;
  readonly x1: Float64Array;
  /** The earliest start and the latest end of these events, in units; undefined when there are none. */
  readonly units: readonly [number, number] | undefined;
}

/**
 * The events of every lane that are not of a hidden kind, as pixel spans at
 * the zoom (an event ends no earlier than it starts).
 */
export function laneSpans(
  model: TimelineModel,
  hidden: ReadonlySet<EventKind>,
  width: number,
  padding: number,
  zoom: ZoomTransform,
): LaneSpans[] {
  const { pixelsOf } = createLaneScales(model, width, padding, zoom);
  return model.lanes.map((lane) => {
    const pixels = pixelsOf(lane);
    const shown =
      hidden.size === 0
        ? lane.events
        : lane.events.filter((event) => !hidden.has(event.event.kind));
    const x0 = new Float64Array(shown.length);
    const x1 = new Float64Array(shown.length);
    let from = Number.POSITIVE_INFINITY;
    let to = Number.NEGATIVE_INFINITY;
    shown.forEach((event, index) => {
      const start = pixels(event.u0);
      x0[index] = start;
      x1[index] = Math.max(start, pixels(event.u1));
      from = Math.min(from, event.u0);
      to = Math.max(to, event.u1);
    });
    return { x0, x1, units: shown.length > 0 ? [from, to] : undefined };
  });
}

/**
 * How many events reach into each bin of binPx pixels across [0, width]: a
 * span counts in every bin it covers. Events wholly off the strip are left out.
 */
export function binCounts(spans: LaneSpans, width: number, binPx = BIN_PX): Uint32Array {
  const bins = Math.max(1, Math.ceil(width / binPx));
  // +1 where a span starts, −1 after it ends, then a running sum: linear in events plus bins.
  const steps = new Int32Array(bins + 1);
  for (let index = 0; index < spans.x0.length; index += 1) {
    const start = spans.x0[index] ?? 0;
    const end = spans.x1[index] ?? start;
    if (end < 0 || start > width) continue;
    const first = Math.min(bins - 1, Math.max(0, Math.floor(start / binPx)));
    // A span that ends on a bin's edge does not reach into the next bin.
    const last = Math.min(bins - 1, Math.max(first, Math.ceil(end / binPx) - 1));
    steps[first] = (steps[first] ?? 0) + 1;
    steps[last + 1] = (steps[last + 1] ?? 0) - 1;
  }
  const counts = new Uint32Array(bins);
  let running = 0;
  for (let bin = 0; bin < bins; bin += 1) {
    running += steps[bin] ?? 0;
    counts[bin] = running;
  }
  return counts;
}

/**
 * A bin's step of density, from 1 for one event to `levels` for `reference`
 * events or more (0 for none), on a log scale: so that a few busy days do not
 * flatten the rest. The reference is at least `levels`, so that in a small
 * collection a lone event stays a low step.
 */
export function densityLevel(count: number, reference: number, levels = DENSITY_LEVELS): number {
  if (count <= 0) return 0;
  const top = Math.max(reference, levels);
  return Math.min(levels, 1 + Math.floor(((levels - 1) * Math.log(count)) / Math.log(top)));
}

export interface DensityRun {
  readonly level: number;
  /** Strip pixels. */
  readonly x0: number;
  readonly x1: number;
}

/** Neighbouring bins of the same step joined into runs; empty bins left out. */
export function densityRuns(
  counts: Uint32Array,
  reference: number,
  binPx = BIN_PX,
  levels = DENSITY_LEVELS,
): DensityRun[] {
  const runs: DensityRun[] = [];
  let level = 0;
  let start = 0;
  for (let bin = 0; bin <= counts.length; bin += 1) {
    const next = bin < counts.length ? densityLevel(counts[bin] ?? 0, reference, levels) : 0;
    if (next === level) continue;
    if (level > 0) runs.push({ level, x0: start * binPx, x1: bin * binPx });
    level = next;
    start = bin;
  }
  return runs;
}

/** The height of a step, as a share of the lane's band: 0.4 for the lowest, the whole band for the top. */
export function levelHeight(level: number, levels = DENSITY_LEVELS): number {
  return (level + 1) / (levels + 1);
}

/**
 * One SVG path per step, for a lane's runs with the band's foot at `bottom`:
 * index 0 draws step 1. An empty string where no bin has that step.
 */
export function densityPaths(
  runs: readonly DensityRun[],
  bottom: number,
  bandHeight: number,
  levels = DENSITY_LEVELS,
): string[] {
  const parts: string[][] = Array.from({ length: levels }, () => []);
  for (const run of runs) {
    const height = bandHeight * levelHeight(run.level, levels);
    parts[run.level - 1]?.push(
      `M${run.x0},${round(bottom - height)}H${run.x1}V${round(bottom)}H${run.x0}Z`,
    );
  }
  return parts.map((part) => part.join(""));
}

const round = (value: number) => Math.round(value * 10) / 10;

export interface OverviewLane {
  readonly id: string;
  readonly spans: LaneSpans;
  readonly runs: readonly DensityRun[];
}

export interface OverviewDensity {
  readonly lanes: readonly OverviewLane[];
  /** The most events in any bin of any lane: every lane is drawn to the same scale. */
  readonly reference: number;
}

/** Each lane's shown events at the "fit all" zoom, binned and stepped; memoize it per model, hidden kinds and width. */
export function overviewDensity(
  model: TimelineModel,
  hidden: ReadonlySet<EventKind>,
  width: number,
  padding: number,
  fitAll: ZoomTransform,
  binPx = BIN_PX,
): OverviewDensity {
  const spans = laneSpans(model, hidden, width, padding, fitAll);
  const counts = spans.map((lane) => binCounts(lane, width, binPx));
  let reference = 0;
  for (const lane of counts) for (const count of lane) reference = Math.max(reference, count);
  return {
    lanes: spans.map((lane, index) => ({
      id: model.lanes[index]?.episode.id ?? String(index),
      spans: lane,
      runs: densityRuns(counts[index] ?? new Uint32Array(), reference, binPx),
    })),
    reference,
  };
}
