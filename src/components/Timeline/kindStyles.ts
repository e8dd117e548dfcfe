import {
  type SymbolType,
  symbolAsterisk,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolDiamond2,
  symbolPlus,
  symbolSquare,
  symbolSquare2,
  symbolStar,
  symbolTimes,
  symbolTriangle,
  symbolTriangle2,
  symbolWye,
} from "d3-shape";
import type { EventKind } from "../../data/schema";

export interface KindStyle {
  readonly color: string;
  readonly symbol: SymbolType;
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
  trigger: { color: "#B86E00", symbol: symbolStar, stroked: false },
  protest: { color: "#0072B2", symbol: symbolCircle, stroked: false },
  reform: { color: "#007A5A", symbol: symbolSquare, stroked: false },
  declaration: { color: "#8A6A00", symbol: symbolDiamond, stroked: false },
  negotiation: { color: "#2E7FAE", symbol: symbolDiamond2, stroked: true },
  "request-for-intervention": { color: "#B0568A", symbol: symbolWye, stroked: false },
  intervention: { color: "#D55E00", symbol: symbolTriangle, stroked: false },
  withdrawal: { color: "#00806B", symbol: symbolTriangle2, stroked: true },
  crackdown: { color: "#1D2433", symbol: symbolTimes, stroked: true },
  "leadership-change": { color: "#0072B2", symbol: symbolSquare2, stroked: true },
  casualties: { color: "#1D2433", symbol: symbolCross, stroked: false },
  aftermath: { color: "#5C6370", symbol: symbolPlus, stroked: true },
  "international-reaction": { color: "#9B4F7D", symbol: symbolAsterisk, stroked: true },
};
