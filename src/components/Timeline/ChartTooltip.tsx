import "./ChartTooltip.css";
import { formatHistoricalSpan } from "../../data/format/formatHistoricalDate";
import { currentLocale } from "../../i18n/locale";
import type { PositionedEvent } from "../../timeline/laneModels";
import { Content } from "../ContentLanguage/Content";

const TOOLTIP_WIDTH = 280;

/**
 * A mark's full title and date, over the chart while it is pointed at or has
 * focus: the whole of a cut label, and the label of a mark drawn without one.
 * Hidden from screen readers, which read the mark's own name.
 */
export function ChartTooltip({
  event,
  at,
  frameWidth,
}: {
  readonly event: PositionedEvent;
  readonly at: { readonly x: number; readonly y: number };
  readonly frameWidth: number;
}) {
  const width = Math.min(TOOLTIP_WIDTH, frameWidth - 16);
  const left = Math.max(8, Math.min(at.x - 12, frameWidth - width - 8));
  return (
    <div
      className="echoes-chart__tooltip"
      role="tooltip"
      aria-hidden="true"
      style={{ left, bottom: `calc(100% - ${at.y - 12}px)`, maxWidth: width }}
    >
      <strong>
        <Content>{event.event.title}</Content>
      </strong>
      <span className="echoes-chart__tooltip-date">
        {formatHistoricalSpan(event.event.date, event.event.endDate, currentLocale())}
      </span>
    </div>
  );
}
