/** The width of a label's text in pixels, as the chart draws it. */
export type TextMeasure = (text: string) => number;

/** Average width of a character of a 12 px label, for layout without a browser to measure in. */
export const AVERAGE_CHAR_WIDTH = 6.6;

/** A measure from the character count alone, for tests and for a page that cannot measure text. */
export function estimateTextWidth(charWidth = AVERAGE_CHAR_WIDTH): TextMeasure {
  return (text) => text.length * charWidth;
}

const ELLIPSIS = "…";

/**
 * The label as it fits `room` pixels: whole when it fits, else cut at the
 * last word that fits, with an ellipsis; a first word too long for the room
 * is cut within it. Empty when not even a few letters fit.
 */
export function fitLabel(label: string, room: number, measure: TextMeasure): string {
  if (measure(label) <= room) return label;
  const words = label.split(" ");
  // The longest run of whole words that fits with its ellipsis, found by halving.
  let low = 0;
  let high = words.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (measure(`${words.slice(0, middle).join(" ")}${ELLIPSIS}`) <= room) low = middle;
    else high = middle - 1;
  }
  if (low > 0)
    return `${words
      .slice(0, low)
      .join(" ")
      .replace(/[,;:.]$/, "")}${ELLIPSIS}`;
  const first = words[0] ?? "";
  let chars = first.length - 1;
  while (chars >= MIN_CUT_CHARS && measure(`${first.slice(0, chars)}${ELLIPSIS}`) > room)
    chars -= 1;
  return chars >= MIN_CUT_CHARS ? `${first.slice(0, chars)}${ELLIPSIS}` : "";
}

/** Fewer letters than this before an ellipsis say nothing: the mark goes without a label. */
const MIN_CUT_CHARS = 4;
