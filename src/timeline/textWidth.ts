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
  if (low > 0) return `${closedRun(words.slice(0, low)).replace(/[,;:.]$/, "")}${ELLIPSIS}`;
  const first = words[0] ?? "";
  let chars = first.length - 1;
  while (chars >= MIN_CUT_CHARS && measure(`${first.slice(0, chars)}${ELLIPSIS}`) > room)
    chars -= 1;
  return chars >= MIN_CUT_CHARS ? `${first.slice(0, chars)}${ELLIPSIS}` : "";
}

/**
 * Words kept up to any parenthesis they open and do not close: "Second Soviet intervention", not
 * "Second Soviet intervention (Operation". A half aside reads badly, and its words, no longer
 * those of the name a screen reader or voice control knows the mark by, break the label's match
 * with it (WCAG 2.5.3). A run that begins with the aside is kept whole.
 */
function closedRun(words: readonly string[]): string {
  let open = -1;
  let depth = 0;
  words.forEach((word, index) => {
    for (const character of word) {
      if (character === "(" && depth++ === 0) open = index;
      if (character === ")" && depth > 0) depth -= 1;
    }
  });
  return (depth > 0 && open > 0 ? words.slice(0, open) : words).join(" ");
}

/** Fewer letters than this before an ellipsis say nothing: the mark goes without a label. */
const MIN_CUT_CHARS = 4;
