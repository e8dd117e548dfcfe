import type { PlacedTick } from "../../../timeline/sharedAxis";

/** A calendar lane's own axis, at its foot. */
export function LaneAxis({
  ticks,
  bottom,
}: {
  readonly ticks: readonly PlacedTick[];
  /** Where the lane's rows end. */
  readonly bottom: number;
}) {
  return (
    <g className="echoes-axis echoes-axis--lane" aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick.value} style={{ transform: `translate(${tick.px}px, ${bottom}px)` }}>
          <line y1={-4} y2={2} />
          <text y={14}>{tick.label}</text>
        </g>
      ))}
    </g>
  );
}
