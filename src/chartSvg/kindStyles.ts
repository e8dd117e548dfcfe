import type { EventKind } from "../data/format/schema";

/** The d3-shape symbols the kinds are drawn with; `npm run symbols` turns them into paths. */
export type SymbolName =
  | "asterisk"
  | "circle"
  | "cross"
  | "diamond"
  | "diamond2"
  | "plus"
  | "square"
  | "square2"
  | "star"
  | "times"
  | "triangle"
  | "triangle2"
  | "wye";

export interface KindStyle {
  readonly symbol: SymbolName;
  /** Outline-only symbols are stroked; the others are filled. */
  readonly stroked: boolean;
}

/**
 * Each kind has its own shape, so kinds stay apart without colour. The
 * colours belong to the theme: each kind's `--echoes-kind-<kind>` in app.css,
 * taken by the screen's marks through their `echoes-kind--<kind>` class, and
 * the palette's (palette.ts) in a drawing for a file or paper.
 */
export const KIND_STYLES: Record<EventKind, KindStyle> = {
  trigger: { symbol: "star", stroked: false },
  protest: { symbol: "circle", stroked: false },
  reform: { symbol: "square", stroked: false },
  declaration: { symbol: "diamond", stroked: false },
  negotiation: { symbol: "diamond2", stroked: true },
  "request-for-intervention": { symbol: "wye", stroked: false },
  intervention: { symbol: "triangle", stroked: false },
  withdrawal: { symbol: "triangle2", stroked: true },
  crackdown: { symbol: "times", stroked: true },
  "leadership-change": { symbol: "square2", stroked: true },
  casualties: { symbol: "cross", stroked: false },
  aftermath: { symbol: "plus", stroked: true },
  "international-reaction": { symbol: "asterisk", stroked: true },
};
