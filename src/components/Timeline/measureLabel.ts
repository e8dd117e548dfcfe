import { estimateTextWidth, type TextMeasure } from "../../timeline/textWidth";

const measures = new Map<string, TextMeasure>();

/**
 * Measures label text as the browser will draw it, in the chart's font, so
 * that labels are given just the room they take; each string is measured
 * once. Falls back on an estimate where there is no canvas (a test's DOM).
 */
export function labelMeasure(font: string): TextMeasure {
  let measure = measures.get(font);
  if (measure) return measure;
  // An offscreen canvas measures without touching the page; where there is none (a test's DOM), an estimate.
  const context =
    typeof OffscreenCanvas === "undefined" ? null : new OffscreenCanvas(1, 1).getContext("2d");
  if (!context) {
    measure = estimateTextWidth();
  } else {
    context.font = font;
    const widths = new Map<string, number>();
    measure = (text) => {
      let width = widths.get(text);
      if (width === undefined) {
        // Rounded up, with a pixel to spare: the layout must never promise less room than the text takes.
        width = Math.ceil(context.measureText(text).width) + 1;
        widths.set(text, width);
      }
      return width;
    };
  }
  measures.set(font, measure);
  return measure;
}

/** The size of a mark's label in pixels, as `.echoes-mark__label` in timeline.css draws it. */
const LABEL_FONT_SIZE = 12;

/** The font of the chart's labels, drawn `scale` times their usual size: their size in the page's own typeface. */
export function chartLabelFont(scale = 1): string {
  const family =
    typeof document === "undefined" ? "" : getComputedStyle(document.documentElement).fontFamily;
  return `${LABEL_FONT_SIZE * scale}px ${family || "sans-serif"}`;
}
