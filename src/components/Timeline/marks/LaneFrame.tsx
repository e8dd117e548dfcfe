import { TIMELINE_TEXT } from "../../../i18n/timeline";
import type { TimeMode } from "../../../timeline/laneModels";
import type { ChartLane } from "../../../timeline/layoutChart";
import { useContentLanguage } from "../../ContentLanguage/contentLanguage";

/** A lane's shaded background and its name, which stay put while the events move. */
export function LaneFrame({
  lane: { lane, top, height },
  index,
  width,
  mode,
}: {
  readonly lane: ChartLane;
  readonly index: number;
  readonly width: number;
  readonly mode: TimeMode;
}) {
  const contentLanguage = useContentLanguage();
  return (
    <g className="echoes-lane-frame" data-episode={lane.episode.id} lang={contentLanguage}>
      <rect
        className={`echoes-lane__background${index % 2 === 0 ? " is-shaded" : ""}`}
        x={0}
        y={top}
        width={width}
        height={height}
      />
      {/* Below the lane's top in ems, so that the name keeps inside its header when the type grows. */}
      <text className="echoes-lane__label" x={8} y={top} dy="1.31em">
        {lane.episode.label}
        {mode === "aligned" && !lane.anchor.anchor
          ? TIMELINE_TEXT.chart.noEventInRole(lane.anchor.note)
          : ""}
      </text>
    </g>
  );
}
