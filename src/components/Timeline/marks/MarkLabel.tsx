import type { LabelSide } from "../../../timeline/layoutLane";
import { DEFAULT_LAYOUT } from "../../../timeline/layoutLane";

/** A mark's label, beside its symbol: to the right, or to the left near the chart's right edge. */
export function MarkLabel({ text, side }: { readonly text: string; readonly side: LabelSide }) {
  const offset = DEFAULT_LAYOUT.labelOffset;
  return (
    <text
      className={`echoes-mark__label${side === "left" ? " is-left" : ""}`}
      x={side === "left" ? -offset : offset}
      y={4}
    >
      {text}
    </text>
  );
}
