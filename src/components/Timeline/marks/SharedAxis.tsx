import type { PlacedTick } from "../../../timeline/sharedAxis";
import type { TextMeasure } from "../../../timeline/textWidth";

/** The axis the lanes share in aligned and sequence modes, with day 0 drawn as a line across them. */
export function SharedAxis({
  ticks,
  width,
  height,
  markZero,
  measure,
}: {
  readonly ticks: readonly PlacedTick[];
  readonly width: number;
  readonly height: number;
  /** Draws the tick at 0 as day 0's line. */
  readonly markZero: boolean;
  /** How wide a tick's label is drawn, so that one cut by an edge of the chart is left out. */
  readonly measure: TextMeasure;
}) {
  return (
    <g className="echoes-axis echoes-axis--shared" aria-hidden="true">
      {ticks.map((tick) => {
        const half = measure(tick.label) / 2;
        const readable = tick.px - half >= 0 && tick.px + half <= width;
        return (
          <g key={`${tick.value}`} style={{ transform: `translateX(${tick.px}px)` }}>
            <line y1={20} y2={height} className={markZero && tick.value === 0 ? "is-zero" : ""} />
            {readable ? <text y={14}>{tick.label}</text> : null}
          </g>
        );
      })}
    </g>
  );
}
