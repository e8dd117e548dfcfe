import type { PlacedTick } from "../../../timeline/sharedAxis";
import type { TextMeasure } from "../../../timeline/textWidth";

/** A calendar lane's own axis, at its foot. */
export function LaneAxis({
  ticks,
  bottom,
  width,
  measure,
}: {
  readonly ticks: readonly PlacedTick[];
  /** Where the lane's rows end. */
  readonly bottom: number;
  /** The chart's width: a label the edge of the view would cut, where the ticks were laid out, is left out. */
  readonly width: number;
  readonly measure: TextMeasure;
}) {
  return (
    <g className="echoes-axis echoes-axis--lane" aria-hidden="true">
      {ticks.map((tick) => {
        const half = measure(tick.label) / 2;
        const cut =
          (tick.px - half < 0 && tick.px + half > 0) ||
          (tick.px - half < width && tick.px + half > width);
        return (
          <g key={tick.value} style={{ transform: `translate(${tick.px}px, ${bottom}px)` }}>
            <line y1={-4} y2={2} />
            {cut ? null : <text y={14}>{tick.label}</text>}
          </g>
        );
      })}
    </g>
  );
}
