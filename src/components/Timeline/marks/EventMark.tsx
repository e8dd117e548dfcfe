import { memo } from "react";
import type { ChartMark } from "../../../timeline/laneMarks";
import { MarkLabel } from "./MarkLabel";
import { markClassName, markName } from "./markName";
import { PeriodBand } from "./PeriodBand";
import { PointSymbol } from "./PointSymbol";
import { SpanBar } from "./SpanBar";

export interface EventMarkProps {
  readonly mark: ChartMark;
  readonly selected: boolean;
  /** In the analogy role being hovered or focused. */
  readonly highlighted: boolean;
  /** The one mark of the chart that Tab reaches. */
  readonly tabbable: boolean;
  /** Its symbol is past the left edge: its label would start cut off, so it is hidden. */
  readonly clipped: boolean;
}

/**
 * One event: a symbol for its kind, a bar for a span or a pale band for a
 * date known only to the month or year, and its label where there is room
 * (else the label shows on hover and focus).
 */
export const EventMark = memo(function EventMark({
  mark,
  selected,
  highlighted,
  tabbable,
  clipped,
}: EventMarkProps) {
  const { event, extent } = mark.event;
  const classes = markClassName(event.kind, {
    selected,
    highlighted,
    clipped,
    unlabelled: !mark.label,
  });
  return (
    <g
      className={classes}
      style={{ transform: `translate(${mark.x0}px, ${mark.y}px)` }}
      data-ref={mark.ref}
      data-kind={event.kind}
      data-extent={extent}
      role="button"
      aria-label={markName(mark.event.event)}
      aria-pressed={selected}
      tabIndex={tabbable ? 0 : -1}
    >
      {extent === "span" ? <SpanBar width={mark.x1 - mark.x0} /> : null}
      {extent === "period" ? <PeriodBand width={mark.x1 - mark.x0} /> : null}
      <g className="echoes-glyph">
        <PointSymbol
          kind={event.kind}
          ringed={highlighted || selected}
          disputed={event.certainty.level === "disputed"}
        />
        {mark.label ? <MarkLabel text={mark.label} side={mark.labelSide} /> : null}
      </g>
    </g>
  );
});
