import { LIGHT_PALETTE } from "../../chartSvg/palette";
import { renderChart } from "../../chartSvg/renderChart";
import type { TimeMode } from "../../data/format/vocabulary";
import type { PrintLayout } from "../../timeline/printLayout";
import type { TextMeasure } from "../../timeline/textWidth";
import { SvgDrawing } from "./SvgDrawing";

export interface PrintChartProps {
  readonly print: PrintLayout;
  readonly mode: TimeMode;
  readonly measure: TextMeasure;
  /** What the chart shows, for a screen reader. */
  readonly label: string;
  readonly selectedRef?: string | undefined;
  /** Events ringed as on the screen: a lesson stop's evidence. */
  readonly lit?: ReadonlySet<string>;
}

/**
 * A chart laid out for paper, drawn as a saved picture is (chartSvg/), in the
 * light palette and with its events' own sizes: the page scales it only to its
 * printable width, never to a screen's. The events it has no room for are
 * listed under it, not drawn as "+N".
 */
export function PrintChart({ print, mode, measure, label, selectedRef, lit }: PrintChartProps) {
  const drawing = renderChart(print.layout, {
    width: print.width,
    mode,
    palette: LIGHT_PALETTE,
    measure,
    label,
    selectedRef,
    lit,
    clusterBadges: false,
  });
  return <SvgDrawing node={drawing} className="echoes-print-chart" />;
}
