import type { PlacedTick } from "../../../timeline/layoutChart";

/** The axis the lanes share in aligned and sequence modes, with day 0 drawn as a line across them. */
export function SharedAxis({
  ticks,
  height,
  markZero,
}: {
  readonly ticks: readonly PlacedTick[];
  readonly height: number;
  /** Draws the tick at 0 as day 0's line. */
  readonly markZero: boolean;
}) {
  return (
    <g className="echoes-axis echoes-axis--shared" aria-hidden="true">
      {ticks.map((tick) => (
        <g key={`${tick.value}`} style={{ transform: `translateX(${tick.px}px)` }}>
          <line y1={20} y2={height} className={markZero && tick.value === 0 ? "is-zero" : ""} />
          <text y={14}>{tick.label}</text>
        </g>
      ))}
    </g>
  );
}
