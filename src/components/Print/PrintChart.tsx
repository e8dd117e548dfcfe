import type { TimeMode } from "../../data/format/vocabulary";
import type { PrintLayout } from "../../timeline/printLayout";
import type { TextMeasure } from "../../timeline/textWidth";
import { Axis } from "../Timeline/marks/Axis";
import { Connector } from "../Timeline/marks/Connector";
import { DayZeroBands } from "../Timeline/marks/DayZeroBand";
import { EventMark } from "../Timeline/marks/EventMark";
import { LaneFrame } from "../Timeline/marks/LaneFrame";

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

const NOTHING: ReadonlySet<string> = new Set();

/**
 * A chart laid out for paper, drawn with the screen's marks at their own size:
 * the page scales it only to its printable width, never to a screen's.
 */
export function PrintChart({
  print: { layout, width },
  mode,
  measure,
  label,
  selectedRef,
  lit = NOTHING,
}: PrintChartProps) {
  return (
    <svg
      className="echoes-print-chart"
      viewBox={`0 0 ${width} ${layout.height}`}
      role="img"
      aria-label={label}
    >
      {layout.lanes.map((lane, index) => (
        <LaneFrame key={lane.lane.episode.id} lane={lane} index={index} width={width} mode={mode} />
      ))}
      <Axis
        placement="shared"
        ticks={layout.ticks}
        y={0}
        line={[20, layout.height]}
        markZero={mode === "aligned"}
        zeroGaps={layout.dayZeroGaps}
        width={width}
        measure={measure}
      />
      <DayZeroBands lanes={layout.lanes} />
      <g className="echoes-connectors">
        {layout.connectors.map((connector) => (
          <Connector
            key={`${connector.roleId}-${connector.from.y}`}
            connector={connector}
            highlighted={false}
          />
        ))}
      </g>
      {layout.lanes.map(({ lane, top, height, marks, ticks }) => (
        <g key={lane.episode.id} className="echoes-lane">
          {ticks.length > 0 ? (
            <Axis
              placement="lane"
              ticks={ticks}
              y={top + height - 22}
              line={[-4, 2]}
              width={width}
              measure={measure}
            />
          ) : null}
          {marks.map((mark) => (
            <EventMark
              key={mark.ref}
              mark={mark}
              selected={mark.ref === selectedRef}
              highlighted={lit.has(mark.ref)}
              tabbable={false}
              clipped={mark.x0 < -6}
            />
          ))}
        </g>
      ))}
    </svg>
  );
}
