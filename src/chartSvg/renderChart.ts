import type { TimeMode } from "../timeline/laneModels";
import type { ChartLayout } from "../timeline/layoutChart";
import type { TextMeasure } from "../timeline/textWidth";
import { axisNode } from "./axis";
import { connectorsNode } from "./connectors";
import { clusterBadgeNode, eventMarkNode } from "./events";
import { dayZeroBandNode, laneFrameNode } from "./lanes";
import type { Palette } from "./palette";
import { type SvgNode, svg, svgImage } from "./svgNode";

export interface ChartSvgOptions {
  /** The width the layout was made at. */
  readonly width: number;
  readonly mode: TimeMode;
  readonly palette: Palette;
  /** The measure the layout was made with: tick labels an edge would cut are left out by it. */
  readonly measure: TextMeasure;
  /** The chart's accessible name, also its title. */
  readonly label: string;
  /** The typeface asked for; without one, the drawing takes its page's. */
  readonly fontFamily?: string;
  readonly selectedRef?: string | undefined;
  /** Events ringed as on the screen: a lesson stop's evidence. */
  readonly lit?: ReadonlySet<string>;
  /** Whether folded events are drawn as "+N" badges; paper lists them under the chart instead. */
  readonly clusterBadges?: boolean;
}

const NOTHING: ReadonlySet<string> = new Set();

/** How far under the top of the chart the shared axis's lines start: below its labels. */
const SHARED_LINE_TOP = 20;
/** How far above a calendar lane's foot its own axis stands. */
const LANE_AXIS_RISE = 22;
/** A mark whose symbol is this far past the left edge has its label cut off: it is left out. */
const CLIPPED_PX = -6;

/**
 * The chart as the screen draws it, as an SVG drawing in plain data: lanes
 * and their names, the axes, day 0's line and bands, the role connectors,
 * every event mark with its label as laid out, and the "+N" badges. Pure, so
 * a saved picture, a printed page and a snapshot test all draw the same.
 */
export function renderChart(layout: ChartLayout, options: ChartSvgOptions): SvgNode {
  const { width, mode, palette, measure, selectedRef, lit = NOTHING } = options;
  const { height } = layout;
  return svgImage({ width, height, label: options.label, fontFamily: options.fontFamily }, [
    svg(
      "g",
      { "aria-label": "lane" },
      layout.lanes.map((lane, index) => laneFrameNode(lane, index, width, mode, palette)),
    ),
    mode === "calendar"
      ? null
      : axisNode("axis", {
          ticks: layout.ticks,
          y: 0,
          line: [SHARED_LINE_TOP, height],
          zeroGaps: mode === "aligned" ? layout.dayZeroGaps : undefined,
          width,
          measure,
          palette,
        }),
    svg(
      "g",
      { "aria-label": "day-0 band" },
      layout.lanes.map((lane) => dayZeroBandNode(lane, palette)),
    ),
    connectorsNode(layout.connectors, palette),
    ...layout.lanes.map(({ lane, top, height: laneHeight, marks, clusters, ticks }) =>
      svg("g", { "aria-label": "events", "data-episode": lane.episode.id }, [
        ticks.length > 0
          ? axisNode("lane axis", {
              ticks,
              y: top + laneHeight - LANE_AXIS_RISE,
              line: [-4, 2],
              width,
              measure,
              palette,
            })
          : null,
        ...marks.map((mark) =>
          eventMarkNode(
            mark,
            {
              selected: mark.ref === selectedRef,
              ringed: mark.ref === selectedRef || lit.has(mark.ref),
              clipped: mark.x0 < CLIPPED_PX,
            },
            palette,
          ),
        ),
        ...(options.clusterBadges === false
          ? []
          : clusters.map((cluster) => clusterBadgeNode(cluster, palette))),
      ]),
    ),
  ]);
}
