import { formatHistoricalDate } from "../../../data/format/formatHistoricalDate";
import { currentLocale } from "../../../i18n/locale";
import { TIMELINE_TEXT } from "../../../i18n/timeline";
import type { LaneModel } from "../../../timeline/laneModels";
import type { ChartLane } from "../../../timeline/layoutChart";

export interface DayZeroBandProps {
  /** The lane whose anchor is dated only to its month or year. */
  readonly lane: LaneModel;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Day 0 of a lane whose anchor is known only to its month or year: a band
 * over that whole period, where a line would claim a day the sources do not give.
 */
export function DayZeroBand({ lane, x, y, width, height }: DayZeroBandProps) {
  const date = lane.anchor.anchor?.event.date;
  if (!date) return null;
  const label = TIMELINE_TEXT.chart.dayZeroBand(
    lane.episode.label,
    formatHistoricalDate(date, currentLocale()),
  );
  return (
    <rect
      className="echoes-day-zero-band"
      x={x}
      y={y}
      width={Math.max(2, width)}
      height={Math.max(2, height)}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
    </rect>
  );
}

/** The bands of every lane of a wide chart whose day 0 is one. */
export function DayZeroBands({ lanes }: { readonly lanes: readonly ChartLane[] }) {
  return lanes.map(({ lane, top, height, dayZeroBand }) =>
    dayZeroBand ? (
      <DayZeroBand
        key={lane.episode.id}
        lane={lane}
        x={dayZeroBand.x0}
        y={top}
        width={dayZeroBand.x1 - dayZeroBand.x0}
        height={height}
      />
    ) : null,
  );
}
