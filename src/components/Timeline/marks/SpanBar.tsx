/** Under a span's symbol, a bar from its date to its end date. */
export function SpanBar({ width }: { readonly width: number }) {
  return (
    <rect
      className="echoes-mark__bar echoes-mark__bar--span"
      x={0}
      y={6}
      width={Math.max(2, width)}
      height={5}
    />
  );
}
