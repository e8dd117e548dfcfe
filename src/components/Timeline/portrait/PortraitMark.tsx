import { memo } from "react";
import {
  PORTRAIT,
  type PortraitMark as PortraitMarkLayout,
} from "../../../timeline/portraitLayout";
import { markClassName, markName } from "../marks/markName";
import { PointSymbol } from "../marks/PointSymbol";

export interface PortraitMarkProps {
  readonly mark: PortraitMarkLayout;
  readonly selected: boolean;
  /** In the analogy role or passage pointed at. */
  readonly highlighted: boolean;
  /** The one mark of the chart that Tab reaches. */
  readonly tabbable: boolean;
}

/** Beyond this, a label moved away from its symbol gets a line back to it. */
const LEADER_FROM = 3;

/**
 * One event down its column: its kind's symbol at its moment, a bar down to
 * its end for a span or a pale band over a month or year it is dated to, and
 * its label beside it, in lines, joined to the symbol by a leader if moved.
 */
export const PortraitMark = memo(function PortraitMark({
  mark,
  selected,
  highlighted,
  tabbable,
}: PortraitMarkProps) {
  const { event, extent } = mark.event;
  const classes = markClassName(event.kind, {
    selected,
    highlighted,
    unlabelled: mark.label.length === 0,
  });
  const labelDx = mark.labelX - mark.x;
  const labelDy = mark.labelY - mark.y;
  const length = mark.yEnd - mark.y;
  return (
    <g
      className={classes}
      style={{ transform: `translate(${mark.x}px, ${mark.y}px)` }}
      data-ref={mark.ref}
      data-kind={event.kind}
      data-extent={extent}
      role="button"
      aria-label={markName(event)}
      aria-pressed={selected}
      tabIndex={tabbable ? 0 : -1}
    >
      {extent === "span" ? (
        <rect
          className="echoes-mark__bar echoes-mark__bar--span"
          x={-2.5}
          y={0}
          width={5}
          height={Math.max(2, length)}
        />
      ) : null}
      {extent === "period" ? (
        <rect
          className="echoes-mark__bar echoes-mark__bar--period"
          x={-9}
          y={0}
          width={18}
          height={Math.max(2, length)}
          rx={3}
        />
      ) : null}
      <PointSymbol
        kind={event.kind}
        ringed={highlighted || selected}
        disputed={event.certainty.level === "disputed"}
      />
      {mark.label.length > 0 && Math.abs(labelDy) > LEADER_FROM ? (
        <path
          className="echoes-portrait__leader"
          d={`M7,0L${labelDx - 3},${labelDy}`}
          aria-hidden="true"
        />
      ) : null}
      {mark.label.length > 0 ? (
        <rect
          className="echoes-portrait__label-ground"
          x={labelDx - 1}
          y={labelDy - PORTRAIT.lineHeight / 2}
          width={mark.labelWidth + 2}
          height={mark.label.length * PORTRAIT.lineHeight}
          rx={2}
        />
      ) : null}
      {mark.label.length > 0 ? (
        // The mark's name says the whole title; the lines are what fits of it, for the eye.
        <text className="echoes-mark__label" x={labelDx} y={labelDy} aria-hidden="true">
          {mark.label.map((line, index) => (
            <tspan
              // biome-ignore lint/suspicious/noArrayIndexKey: a label's lines are known by their order.
              key={index}
              x={labelDx}
              dy={index === 0 ? "0.33em" : PORTRAIT.lineHeight}
            >
              {index < mark.label.length - 1 ? `${line} ` : line}
            </tspan>
          ))}
        </text>
      ) : null}
    </g>
  );
});
