import { memo } from "react";
import { formatHistoricalSpan } from "../../data/formatHistoricalDate";
import { LOCALE } from "../../i18n/locale";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import { CERTAINTY_LABELS, KIND_LABELS } from "../../i18n/vocabulary";
import type { ChartMark } from "../../timeline/layoutChart";
import { KIND_STYLES } from "./kindStyles";
import { SYMBOL_PATHS } from "./symbolPaths";

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

const names = new WeakMap<object, string>();

/** The accessible name of a mark: its title, date and kind, and its certainty when not confirmed. */
export function markName(mark: ChartMark): string {
  const { event } = mark.event;
  let name = names.get(event);
  if (name === undefined) {
    name = TIMELINE_TEXT.markName(
      event.title,
      formatHistoricalSpan(event.date, event.endDate, LOCALE),
      KIND_LABELS[event.kind],
      event.certainty.level === "confirmed" ? undefined : CERTAINTY_LABELS[event.certainty.level],
    );
    names.set(event, name);
  }
  return name;
}

/**
 * One event: a symbol for its kind, a bar for a span, a pale band for a date
 * known only to the month or year, a dashed ring when disputed, and its label.
 */
export const EventMark = memo(function EventMark({
  mark,
  selected,
  highlighted,
  tabbable,
  clipped,
}: EventMarkProps) {
  const { event, extent } = mark.event;
  const style = KIND_STYLES[event.kind];
  const barWidth = Math.max(0, mark.x1 - mark.x0);
  const disputed = event.certainty.level === "disputed";
  const classes = [
    "echoes-mark",
    `echoes-kind--${event.kind}`,
    selected ? "is-selected" : "",
    highlighted ? "is-highlighted" : "",
    clipped ? "is-clipped" : "",
  ]
    .join(" ")
    .trim();
  return (
    <g
      className={classes}
      style={{ transform: `translate(${mark.x0}px, ${mark.y}px)` }}
      data-ref={mark.ref}
      data-kind={event.kind}
      data-extent={extent}
      role="button"
      aria-label={markName(mark)}
      aria-pressed={selected}
      tabIndex={tabbable ? 0 : -1}
    >
      {extent !== "point" ? (
        <rect
          className={`echoes-mark__bar echoes-mark__bar--${extent}`}
          x={0}
          y={6}
          width={Math.max(2, barWidth)}
          height={5}
        />
      ) : null}
      <g className="echoes-glyph">
        {highlighted || selected ? <circle className="echoes-mark__halo" r={10} /> : null}
        {disputed ? <circle className="echoes-mark__disputed" r={8.5} /> : null}
        <path
          className={`echoes-mark__symbol${style.stroked ? " is-outline" : ""}`}
          d={SYMBOL_PATHS[event.kind].mark}
          strokeWidth={style.stroked ? 2 : 1}
        />
        <text className="echoes-mark__label" x={12} y={4}>
          {mark.label}
        </text>
      </g>
    </g>
  );
});
