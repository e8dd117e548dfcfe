import type { EventKind } from "../../data/schema";

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
  readonly color: string;
  readonly symbol: SymbolName;
  /** Outline-only symbols are stroked; the others are filled. */
  readonly stroked: boolean;
}

/**
 * Each kind has its own shape, so kinds stay apart without colour. The
 * colours are the Okabe–Ito palette, which stays distinct for the common
 * forms of colour blindness, darkened where needed to keep 3:1 contrast
 * with the chart's backgrounds.
 */
export const KIND_STYLES: Record<EventKind, KindStyle> = {
  trigger: { color: "#B86E00", symbol: "star", stroked: false },
  protest: { color: "#0072B2", symbol: "circle", stroked: false },
  reform: { color: "#007A5A", symbol: "square", stroked: false },
  declaration: { color: "#8A6A00", symbol: "diamond", stroked: false },
  negotiation: { color: "#2E7FAE", symbol: "diamond2", stroked: true },
  "request-for-intervention": { color: "#B0568A", symbol: "wye", stroked: false },
  intervention: { color: "#D55E00", symbol: "triangle", stroked: false },
  withdrawal: { color: "#00806B", symbol: "triangle2", stroked: true },
  crackdown: { color: "#1D2433", symbol: "times", stroked: true },
  "leadership-change": { color: "#0072B2", symbol: "square2", stroked: true },
  casualties: { color: "#1D2433", symbol: "cross", stroked: false },
  aftermath: { color: "#5C6370", symbol: "plus", stroked: true },
  "international-reaction": { color: "#9B4F7D", symbol: "asterisk", stroked: true },
};
