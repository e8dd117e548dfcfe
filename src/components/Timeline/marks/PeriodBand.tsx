/**
 * Behind the symbol of an event known only to its month or year, a pale band
 * the height of its row over that whole period: where in it the event fell is
 * not known. The layout keeps the period's stretch of the row for it.
 */
export function PeriodBand({ width }: { readonly width: number }) {
  return (
    <rect
      className="echoes-mark__bar echoes-mark__bar--period"
      x={0}
      y={-9}
      width={Math.max(2, width)}
      height={18}
      rx={3}
    />
  );
}
