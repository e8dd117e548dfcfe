import type { TimelineModel } from "./laneModels";

/** What the chart draws whatever the crowding, and what it brings out only when it would be folded. */
export interface Emphasis {
  /** Drawn with a label where there is room: day 0's anchors, a presented stop's evidence. */
  readonly mustShow: ReadonlySet<string>;
  /**
   * Drawn where they are when they are drawn, and brought out of a "+N" when
   * not: the selection, the pinned passage's events, the role pointed at, the
   * event with keyboard focus. So selecting an event never moves the others.
   */
  readonly promote: ReadonlySet<string>;
}

export const NO_EMPHASIS: Emphasis = { mustShow: new Set(), promote: new Set() };

/** The refs of day 0's anchor in each lane: drawn with a label whatever the crowding. */
export function dayZeroAnchorRefs(model: TimelineModel): string[] {
  return model.lanes.flatMap((lane) => (lane.anchor.anchor ? [lane.anchor.anchor.ref] : []));
}
