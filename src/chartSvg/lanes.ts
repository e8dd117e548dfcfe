import { formatHistoricalDate } from "../data/format/formatHistoricalDate";
import { currentLocale } from "../i18n/locale";
import { TIMELINE_TEXT } from "../i18n/timeline";
import type { TimeMode } from "../timeline/laneModels";
import type { ChartLane } from "../timeline/layoutChart";
import type { Palette } from "./palette";
import { type SvgNode, svg } from "./svgNode";

/** A lane's name's size in pixels, as timeline.css draws it on the screen. */
const LANE_NAME_FONT_SIZE = 13;

/** A lane's background, every other one shaded, and its name in its header. */
export function laneFrameNode(
  { lane, top, height }: ChartLane,
  index: number,
  width: number,
  mode: TimeMode,
  palette: Palette,
): SvgNode {
  const note =
    mode === "aligned" && !lane.anchor.anchor
      ? TIMELINE_TEXT.chart.noEventInRole(lane.anchor.note)
      : "";
  return svg("g", { "data-episode": lane.episode.id }, [
    svg("rect", {
      y: top,
      width,
      height,
      fill: index % 2 === 0 ? palette.shade : "none",
    }),
    svg(
      "text",
      // 1.31 em below the lane's top: inside its header.
      {
        x: 8,
        y: top + LANE_NAME_FONT_SIZE * 1.31,
        "font-size": LANE_NAME_FONT_SIZE,
        "font-weight": 700,
        fill: palette.accent,
      },
      `${lane.episode.label}${note}`,
    ),
  ]);
}

/**
 * Day 0 of a lane whose anchor is known only to its month or year: a band
 * over that whole period, where a line would claim a day the sources do not give.
 */
export function dayZeroBandNode(
  { lane, top, height, dayZeroBand }: ChartLane,
  palette: Palette,
): SvgNode | null {
  const date = lane.anchor.anchor?.event.date;
  if (!dayZeroBand || !date) return null;
  return svg(
    "rect",
    {
      "data-episode": lane.episode.id,
      x: dayZeroBand.x0,
      y: top,
      width: Math.max(2, dayZeroBand.x1 - dayZeroBand.x0),
      height: Math.max(2, height),
      fill: palette.accent,
      "fill-opacity": 0.1,
      stroke: palette.accent,
      "stroke-opacity": 0.5,
      "stroke-dasharray": "4 3",
    },
    [
      svg(
        "title",
        {},
        TIMELINE_TEXT.chart.dayZeroBand(
          lane.episode.label,
          formatHistoricalDate(date, currentLocale()),
        ),
      ),
    ],
  );
}
