import type { LabelSide } from "../../../timeline/layoutLane";

/**
 * A mark's label, beside its symbol: to the right, or to the left near the chart's right edge.
 * Its offset is in ems: the layout's labelOffset (12 px) at the label's usual 12 px, and in
 * step with it when the type is drawn larger (chartScale.ts).
 */
export function MarkLabel({ text, side }: { readonly text: string; readonly side: LabelSide }) {
  return (
    <text
      className={`echoes-mark__label${side === "left" ? " is-left" : ""}`}
      x={side === "left" ? "-1em" : "1em"}
      y="0.33em"
    >
      {text}
    </text>
  );
}
