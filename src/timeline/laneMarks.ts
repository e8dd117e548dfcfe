import type { EventKind } from "../data/format/schema";
import type { Emphasis } from "./emphasis";
import { type LaneModel, type PositionedEvent, visibleEvents } from "./laneModels";
import type { LaneScales } from "./laneScales";
import {
  type LabelSide,
  type LaneLayout,
  type LayoutOptions,
  layoutLane,
  type MarkCluster,
  type MarkInput,
} from "./layoutLane";
import { eventRank } from "./significance";

export interface ChartMark {
  readonly ref: string;
  readonly event: PositionedEvent;
  readonly x0: number;
  readonly x1: number;
  /** Centre of the mark's row, in chart pixels. */
  readonly y: number;
  /** The label as drawn (empty for a mark drawn without one); the full title is the event's. */
  readonly label: string;
  readonly labelSide: LabelSide;
}

export interface ChartCluster extends MarkCluster {
  readonly y: number;
}

/** Width of a "+N" badge, drawn from its x. */
export const CLUSTER_BADGE_WIDTH = 34;

export interface LaneMarksOptions {
  readonly lane: LaneModel;
  readonly scales: LaneScales;
  readonly hiddenKinds: ReadonlySet<EventKind>;
  readonly emphasis: Emphasis;
  readonly rows: LayoutOptions;
  /** The events that play a role, ranked above the others. */
  readonly members: ReadonlySet<string>;
  /** The stretch laid out, in chart pixels: the view, from 0 to `width`, and any slack either side. */
  readonly from: number;
  readonly to: number;
  readonly width: number;
  /** Where the lane's first row starts, in chart pixels. */
  readonly rowsTop: number;
  readonly rowHeight: number;
  /** The centre of the lane's row of "+N"s. */
  readonly clusterY: number;
  readonly badgeWidth: number;
}

export interface LaneMarks {
  readonly marks: readonly ChartMark[];
  readonly clusters: readonly ChartCluster[];
}

/** One lane's marks and "+N"s for the stretch laid out, in chart pixels. */
export function layoutLaneMarks(options: LaneMarksOptions): LaneMarks {
  const { lane, scales, hiddenKinds, emphasis, members, from, to, width } = options;
  // A mark whose symbol is off-screen is left out, so no label starts cut off.
  const inView = visibleEvents(
    lane,
    scales.toUnits(lane, from - 8),
    scales.toUnits(lane, to + 8),
  ).filter((event) => !hiddenKinds.has(event.event.kind));
  const pixels = scales.pixelsOf(lane);
  const inputs: MarkInput[] = inView.map((event) => ({
    ref: event.ref,
    x0: pixels(event.u0),
    x1: pixels(event.u1),
    label: event.event.title,
    rank: eventRank(event.event, members.has(event.ref)),
  }));
  // In view, at the zoom laid out: labels are kept inside it.
  const layout = layoutWithPromoted(inputs, options.rows, emphasis, [0, width]);
  return {
    marks: layout.marks.flatMap((mark) => {
      const event = inView[mark.index];
      return event
        ? [
            {
              ref: mark.ref,
              event,
              x0: mark.x0,
              x1: mark.x1,
              y: options.rowsTop + (mark.row + 0.5) * options.rowHeight,
              label: mark.label,
              labelSide: mark.labelSide,
            },
          ]
        : [];
    }),
    // A "+N" near an edge of the view is drawn inside it, not cut off.
    clusters: layout.clusters.map((cluster) => ({
      ...cluster,
      x:
        cluster.x >= 0 && cluster.x <= width
          ? Math.max(2, Math.min(width - options.badgeWidth, cluster.x))
          : cluster.x,
      y: options.clusterY,
    })),
  };
}

/** The lane laid out, and laid out again with any event to bring out that was folded drawn; else nothing moves. */
function layoutWithPromoted(
  inputs: readonly MarkInput[],
  rows: LayoutOptions,
  { mustShow, promote }: Emphasis,
  bounds: readonly [number, number],
): LaneLayout {
  const layout = layoutLane(inputs, rows, { mustShow, bounds });
  if (promote.size === 0) return layout;
  const folded = layout.clusters.flatMap((cluster) =>
    cluster.refs.filter((ref) => promote.has(ref)),
  );
  if (folded.length === 0) return layout;
  return layoutLane(inputs, rows, { mustShow: new Set([...mustShow, ...folded]), bounds });
}
