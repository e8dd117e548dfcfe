import type { TimelineModel } from "./laneModels";
import { createLaneScales, type ZoomTransform } from "./laneScales";
import { alignedTicks, sequenceTicks, type Tick } from "./ticks";

/** A tick placed on the chart, in pixels. */
export interface PlacedTick extends Tick {
  readonly px: number;
}

/**
 * The axis shared by the lanes in aligned and sequence modes, for the pixel
 * range [from, to]; cheap enough to redo on every zoom frame.
 */
export function sharedAxisTicks(
  model: TimelineModel,
  zoom: ZoomTransform,
  width: number,
  padding: number,
  from = 0,
  to = width,
): PlacedTick[] {
  const first = model.lanes.find((lane) => lane.events.length > 0) ?? model.lanes[0];
  if (!first || model.mode === "calendar") return [];
  const { toPx, toUnits } = createLaneScales(model, width, padding, zoom);
  const window: [number, number] = [toUnits(first, from), toUnits(first, to)];
  const ticks =
    model.mode === "aligned" ? alignedTicks(window, to - from) : sequenceTicks(window, to - from);
  return ticks.map((tick) => ({ ...tick, px: toPx(first, tick.value) }));
}
