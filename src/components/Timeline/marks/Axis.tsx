import { cutRule, type Stretch } from "../../../timeline/dayZeroRule";
import type { PlacedTick } from "../../../timeline/sharedAxis";
import type { TextMeasure } from "../../../timeline/textWidth";

export interface AxisProps {
  /**
   * Shared: the lanes' axis in aligned and sequence modes, at the top, its lines across the
   * chart and day 0's drawn as a line of its own. Lane: a calendar lane's own, at its foot, laid
   * out with the marks (beyond the view, for panning).
   */
  readonly placement: "shared" | "lane";
  readonly ticks: readonly PlacedTick[];
  /** Where the ticks stand: the top of the chart, or the foot of the lane's rows. */
  readonly y: number;
  /** The lines' ends, from y. */
  readonly line: readonly [number, number];
  /** Draws the tick at 0 as day 0's line. */
  readonly markZero?: boolean;
  /** Left out of day 0's line, from y as the line is: the lanes whose day 0 is a band. */
  readonly zeroGaps?: readonly Stretch[];
  /** The chart's width: a label that an edge of it would cut is left out, its tick kept. */
  readonly width: number;
  readonly measure: TextMeasure;
}

const NO_GAPS: readonly Stretch[] = [];

/** An axis: a line and a centred label for each tick. */
export function Axis({
  placement,
  ticks,
  y,
  line,
  markZero = false,
  zeroGaps = NO_GAPS,
  width,
  measure,
}: AxisProps) {
  return (
    <g className={`echoes-axis echoes-axis--${placement}`} aria-hidden="true">
      {ticks.map((tick) => {
        const half = measure(tick.label) / 2;
        const cut =
          (tick.px - half < 0 && tick.px + half > 0) ||
          (tick.px - half < width && tick.px + half > width);
        return (
          <g key={tick.value} style={{ transform: `translate(${tick.px}px, ${y}px)` }}>
            {markZero && tick.value === 0 ? (
              cutRule(line[0], line[1], zeroGaps).map(([y1, y2]) => (
                <line key={y1} y1={y1} y2={y2} className="is-zero" />
              ))
            ) : (
              <line y1={line[0]} y2={line[1]} />
            )}
            {/* In ems, so that the label keeps its place under the line when the type grows. */}
            {cut ? null : <text y="1.27em">{tick.label}</text>}
          </g>
        );
      })}
    </g>
  );
}
