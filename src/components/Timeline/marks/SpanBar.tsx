import type { EventExtent } from "../../../timeline/timelineEvents";

/** Under a span's symbol, a bar to its end date; under a date known only to the month or year, a pale band over that period. */
export function SpanBar({
  extent,
  width,
}: {
  readonly extent: Exclude<EventExtent, "point">;
  readonly width: number;
}) {
  return (
    <rect
      className={`echoes-mark__bar echoes-mark__bar--${extent}`}
      x={0}
      y={6}
      width={Math.max(2, width)}
      height={5}
    />
  );
}
