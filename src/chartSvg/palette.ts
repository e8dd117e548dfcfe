import type { EventKind } from "../data/format/vocabulary";

/**
 * The colours a drawing of the chart is made in, as values rather than the
 * page's custom properties: a saved picture or a printed page keeps them
 * wherever it goes, whatever the page's theme.
 */
export interface Palette {
  /** Labels. */
  readonly ink: string;
  /** Tick labels and the picture's small print. */
  readonly muted: string;
  /** The background, and the inside of outlined symbols. */
  readonly card: string;
  /** Tick lines. */
  readonly rule: string;
  /** Lane names, day 0's line and bands, "+N" badges. */
  readonly accent: string;
  /** Every other lane's background. */
  readonly shade: string;
  /** Inside the ring of a selected or lit mark. */
  readonly halo: string;
  /** The ring itself. */
  readonly focus: string;
  /** The curves between the events of a role. */
  readonly connector: string;
  readonly kinds: Readonly<Record<EventKind, string>>;
}

/** The light theme, as app.css's `--echoes-*` properties give it (palette.test.ts keeps the two equal). */
export const LIGHT_PALETTE: Palette = {
  ink: "#1d2433",
  muted: "#4d5566",
  card: "#ffffff",
  rule: "#d9d3c7",
  accent: "#1f3a5f",
  shade: "#f6f3ed",
  halo: "#fde7d2",
  focus: "#c2410c",
  connector: "#b9c2cf",
  kinds: {
    trigger: "#b86e00",
    protest: "#0072b2",
    reform: "#007a5a",
    declaration: "#8a6a00",
    negotiation: "#2e7fae",
    "request-for-intervention": "#b0568a",
    intervention: "#d55e00",
    withdrawal: "#00806b",
    crackdown: "#1d2433",
    "leadership-change": "#0072b2",
    casualties: "#1d2433",
    aftermath: "#5c6370",
    "international-reaction": "#9b4f7d",
  },
};
