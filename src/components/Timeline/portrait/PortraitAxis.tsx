import { cutRule, type Stretch } from "../../../timeline/dayZeroRule";
import type { PortraitLane } from "../../../timeline/portraitLayout";
import { PORTRAIT } from "../../../timeline/portraitLayout";
import type { PlacedTick } from "../../../timeline/sharedAxis";

export interface PortraitAxisProps {
  /** The shared axis: days from day 0, or steps. */
  readonly ticks: readonly PlacedTick[];
  readonly zeroY: number | undefined;
  /** Left out of day 0's rule, across the chart: the columns whose day 0 is a band. */
  readonly zeroGaps: readonly Stretch[];
  readonly lanes: readonly PortraitLane[];
  readonly gutter: number;
  readonly width: number;
}

/** Splits "day −3" or "+2 weeks" after its first word, where the gutter is too narrow for it. */
function tickLines(label: string): readonly string[] {
  const space = label.indexOf(" ");
  return label.length <= 5 || space < 0 ? [label] : [label.slice(0, space), label.slice(space + 1)];
}

/**
 * Time down the chart: the shared axis's ticks in the gutter with their rules
 * across the columns, day 0's rule marked; in the calendar mode each column's
 * own dates, over rules within the column.
 */
export function PortraitAxis({ ticks, zeroY, zeroGaps, lanes, gutter, width }: PortraitAxisProps) {
  const zeroRule = (from: number) =>
    cutRule(from, width, zeroGaps).map(([x1, x2]) => (
      <line key={x1} className="is-zero" x1={x1} x2={x2} y1={0} y2={0} />
    ));
  return (
    <g className="echoes-axis echoes-axis--shared echoes-portrait__axis" aria-hidden="true">
      {/* A tick's value is written on it for the e2e tests, which measure the scale from two. */}
      {ticks.map((tick) => (
        <g key={tick.value} transform={`translate(0, ${tick.px})`} data-value={tick.value}>
          {tick.px === zeroY ? zeroRule(gutter - 4) : <line x1={gutter - 4} x2={width} />}
          <text x={gutter - 5} y={0}>
            {tickLines(tick.label).map((line, index) => (
              <tspan key={line} x={gutter - 5} dy={index === 0 ? "-0.3em" : "1.1em"}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {zeroY !== undefined && !ticks.some((tick) => tick.px === zeroY) ? (
        <g transform={`translate(0, ${zeroY})`}>{zeroRule(gutter)}</g>
      ) : null}
      {lanes.flatMap((lane) =>
        lane.ticks.map((tick) => (
          <g
            key={`${lane.lane.episode.id}-${tick.value}`}
            className="echoes-portrait__date"
            transform={`translate(${lane.x}, ${tick.px})`}
          >
            <line x1={0} x2={lane.width} />
            <text x={PORTRAIT.text} y={-3}>
              {tick.label}
            </text>
          </g>
        )),
      )}
    </g>
  );
}
