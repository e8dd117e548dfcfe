import type { TimelineModel } from "./laneModels";
import { createLaneScales, type ZoomTransform } from "./laneScales";
import { alignedTicks, sequenceTicks, type Tick } from "./ticks";

/** A tick placed on the chart, in pixels. */
export interface PlacedTick extends Tick {
  readonly px: number;
}

/**
 * The axis shared by the lanes in aligned and sequence modes, for the pixel
 * range [from, to]; cheap enough to redo on every zoom frame. Type drawn
 * `scale` times its usual size takes as many times the room between ticks.
 */
export function sharedAxisTicks(
  model: TimelineModel,
  zoom: ZoomTransform,
  width: number,
  padding: number,
  from = 0,
  to = width,
  scale = 1,
): PlacedTick[] {
  const first = model.lanes.find((lane) => lane.events.length > 0) ?? model.lanes[0];
  if (!first || model.mode === "calendar") return [];
  const { toPx, toUnits } = createLaneScales(model, width, padding, zoom);
  const window: [number, number] = [toUnits(first, from), toUnits(first, to)];
  const room = (to - from) / scale;
  const ticks = model.mode === "aligned" ? alignedTicks(window, room) : sequenceTicks(window, room);
  return ticks.map((tick) => ({ ...tick, px: toPx(first, tick.value) }));
}
