import { cutRule, type Stretch } from "../timeline/dayZeroRule";
import type { PlacedTick } from "../timeline/sharedAxis";
import type { TextMeasure } from "../timeline/textWidth";
import type { Palette } from "./palette";
import { type SvgNode, svg, translate } from "./svgNode";

/** Tick labels' size in pixels, as timeline.css draws them on the screen. */
export const TICK_FONT_SIZE = 11;

export interface AxisOptions {
  readonly ticks: readonly PlacedTick[];
  /** Where the ticks stand: the top of the chart, or the foot of a calendar lane's rows. */
  readonly y: number;
  /** The lines' ends, from y. */
  readonly line: readonly [number, number];
  /** Draws the tick at 0 as day 0's line, left out where a lane's day 0 is a band. */
  readonly zeroGaps?: readonly Stretch[];
  /** The chart's width: a label that an edge would cut is left out, its tick kept. */
  readonly width: number;
  readonly measure: TextMeasure;
  readonly palette: Palette;
}

/** An axis: a line and a centred label for each tick (the screen's marks/Axis.tsx). */
export function axisNode(label: string, options: AxisOptions): SvgNode {
  const { ticks, y, line, zeroGaps, width, measure, palette } = options;
  return svg(
    "g",
    { "aria-label": label, "font-size": TICK_FONT_SIZE, "text-anchor": "middle" },
    ticks.map((tick) => {
      const half = measure(tick.label) / 2;
      const cut =
        (tick.px - half < 0 && tick.px + half > 0) ||
        (tick.px - half < width && tick.px + half > width);
      const lines =
        zeroGaps && tick.value === 0
          ? cutRule(line[0], line[1], zeroGaps).map(([y1, y2]) =>
              svg("line", { y1, y2, stroke: palette.accent, "stroke-width": 2 }),
            )
          : [svg("line", { y1: line[0], y2: line[1], stroke: palette.rule })];
      return svg("g", { transform: translate(tick.px, y) }, [
        ...lines,
        cut
          ? null
          : svg(
              "text",
              // 1.27 em below the axis, as on the screen.
              { y: TICK_FONT_SIZE * 1.27, fill: palette.muted, "font-variant": "tabular-nums" },
              tick.label,
            ),
      ]);
    }),
  );
}
