import { TIMELINE_TEXT } from "../i18n/timeline";
import { type ChartCluster, type ChartMark, CLUSTER_BADGE_WIDTH } from "../timeline/laneMarks";
import { KIND_STYLES } from "./kindStyles";
import type { Palette } from "./palette";
import { type SvgNode, svg, translate } from "./svgNode";
import { SYMBOL_PATHS } from "./symbolPaths";

/** A mark's label's size in pixels: the size the layout measured it at. */
export const LABEL_FONT_SIZE = 12;

export interface EventMarkState {
  /** Underlined, as the selection is on the screen. */
  readonly selected: boolean;
  /** Ringed: selected, or lit as a lesson stop's evidence. */
  readonly ringed: boolean;
  /** Its symbol is past the left edge: its label would start cut off, so it is left out. */
  readonly clipped: boolean;
}

/**
 * One event, as the screen's marks/EventMark.tsx draws it: a symbol for its
 * kind, a bar under a span, a pale band behind a date known only to its month
 * or year, a dashed ring when disputed, and its label as laid out.
 */
export function eventMarkNode(mark: ChartMark, state: EventMarkState, palette: Palette): SvgNode {
  const { event, extent } = mark.event;
  const colour = palette.kinds[event.kind];
  const stroked = KIND_STYLES[event.kind].stroked;
  const length = Math.max(2, mark.x1 - mark.x0);
  const left = mark.labelSide === "left";
  return svg(
    "g",
    {
      "data-ref": mark.ref,
      "data-kind": event.kind,
      "data-extent": extent,
      transform: translate(mark.x0, mark.y),
    },
    [
      extent === "span"
        ? svg("rect", {
            y: 6,
            width: length,
            height: 5,
            fill: colour,
            "fill-opacity": 0.35,
            stroke: colour,
          })
        : null,
      extent === "period"
        ? svg("rect", {
            y: -9,
            width: length,
            height: 18,
            rx: 3,
            fill: colour,
            "fill-opacity": 0.12,
            stroke: colour,
            "stroke-dasharray": "4 3",
          })
        : null,
      state.ringed
        ? svg("circle", { r: 10, fill: palette.halo, stroke: palette.focus, "stroke-width": 2 })
        : null,
      event.certainty.level === "disputed"
        ? svg("circle", {
            r: 8.5,
            fill: "none",
            stroke: colour,
            "stroke-width": 1.5,
            "stroke-dasharray": "2 2",
          })
        : null,
      svg("path", {
        d: SYMBOL_PATHS[event.kind].mark,
        fill: stroked ? palette.card : colour,
        stroke: colour,
        "stroke-width": stroked ? 2 : 1,
      }),
      mark.label && !state.clipped
        ? svg(
            "text",
            // A label's offset from its symbol is the layout's labelOffset; 0.33 em down centres it on the row.
            {
              x: left ? -LABEL_FONT_SIZE : LABEL_FONT_SIZE,
              y: LABEL_FONT_SIZE * 0.33,
              "font-size": LABEL_FONT_SIZE,
              fill: palette.ink,
              "text-anchor": left ? "end" : undefined,
              "text-decoration": state.selected ? "underline" : undefined,
            },
            mark.label,
          )
        : null,
    ],
  );
}

/** Events with no room even for their symbol, as one "+N". */
export function clusterBadgeNode(cluster: ChartCluster, palette: Palette): SvgNode {
  return svg(
    "g",
    { "data-refs": cluster.refs.join(" "), transform: translate(cluster.x, cluster.y) },
    [
      svg("rect", {
        x: -2,
        y: -9,
        width: CLUSTER_BADGE_WIDTH,
        height: 18,
        rx: 9,
        fill: palette.accent,
      }),
      svg(
        "text",
        {
          x: CLUSTER_BADGE_WIDTH / 2 - 2,
          y: 4,
          "font-size": 11,
          "font-weight": 700,
          fill: palette.card,
          "text-anchor": "middle",
        },
        TIMELINE_TEXT.chart.cluster(cluster.refs.length),
      ),
    ],
  );
}
