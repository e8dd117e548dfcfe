import { memo } from "react";
import { TIMELINE_TEXT } from "../../../i18n/timeline";
import { type ChartCluster, CLUSTER_BADGE_WIDTH } from "../../../timeline/laneMarks";

export interface ClusterMarkProps {
  readonly cluster: ChartCluster;
  /** Holds the selection or an event lit up elsewhere. */
  readonly highlighted: boolean;
  /** Its list of events is open. */
  readonly expanded: boolean;
}

/** Events with no room even for their symbol, as one "+N" that opens a list of them. */
export const ClusterMark = memo(function ClusterMark({
  cluster,
  highlighted,
  expanded,
}: ClusterMarkProps) {
  const count = cluster.refs.length;
  return (
    <g
      className={`echoes-cluster${highlighted ? " is-highlighted" : ""}`}
      data-cluster-x={cluster.x}
      data-refs={cluster.refs.join(" ")}
      style={{ transform: `translate(${cluster.x}px, ${cluster.y}px)` }}
      role="button"
      tabIndex={-1}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      aria-label={TIMELINE_TEXT.chart.clusterLabel(count)}
    >
      <g className="echoes-glyph">
        <rect x={-2} y={-9} width={CLUSTER_BADGE_WIDTH} height={18} rx={9} />
        <text x={15} y={4}>
          {TIMELINE_TEXT.chart.cluster(count)}
        </text>
      </g>
    </g>
  );
});
