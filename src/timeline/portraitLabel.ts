import { fitLabel, type TextMeasure } from "./textWidth";

export interface WrappedLabel {
  /** The lines as drawn; the last ends with an ellipsis when the title goes on. */
  readonly lines: readonly string[];
  /** The whole title is shown. */
  readonly full: boolean;
}

const ELLIPSIS = "…";

/** The title's words, each with the space or hyphen after it: a line may break after either. */
function tokens(title: string): string[] {
  return title.match(/[^\s-]+-?\s*|-\s*/g) ?? [];
}

/**
 * The title in lines of at most `width` pixels, broken at spaces and after
 * hyphens, at most `maxLines` of them. What does not fit is cut at the last
 * word that fits, with an ellipsis; no lines when not even a few letters fit.
 */
export function wrapLabel(
  title: string,
  width: number,
  maxLines: number,
  measure: TextMeasure,
): WrappedLabel {
  const lines: string[] = [];
  let line = "";
  let rest = tokens(title);
  while (rest.length > 0 && lines.length < maxLines - 1) {
    const [token = "", ...after] = rest;
    const next = line + token;
    if (line === "" || measure(next.trimEnd()) <= width) {
      line = next;
      rest = after;
      continue;
    }
    lines.push(line.trimEnd());
    line = "";
  }
  // The last line holds what is left, cut to fit if it must.
  const last = (line + rest.join("")).trim();
  const full = lines.every((kept) => measure(kept) <= width) && measure(last) <= width;
  if (full) return { lines: last === "" ? lines : [...lines, last], full: true };
  const cutLines = lines.map((kept) =>
    measure(kept) <= width ? kept : fitLabel(kept, width, measure),
  );
  const firstCut = cutLines.findIndex((kept, index) => kept !== lines[index]);
  if (firstCut >= 0) return finish(cutLines.slice(0, firstCut + 1), width, measure);
  const cut = fitLabel(last, width, measure);
  if (cut !== "") return { lines: [...lines, cut], full: false };
  return finish(lines, width, measure);
}

/** Ends the lines with an ellipsis that fits, dropping words from the last line where needed. */
function finish(lines: readonly string[], width: number, measure: TextMeasure): WrappedLabel {
  const kept = lines.filter((line) => line !== "");
  const last = kept.at(-1);
  if (last === undefined) return { lines: [], full: false };
  if (last.endsWith(ELLIPSIS)) return { lines: kept, full: false };
  let words = last.split(" ");
  while (words.length > 1 && measure(`${words.join(" ")}${ELLIPSIS}`) > width)
    words = words.slice(0, -1);
  const ended = `${words.join(" ").replace(/[,;:.(-]+$/, "")}${ELLIPSIS}`;
  return {
    lines: measure(ended) <= width ? [...kept.slice(0, -1), ended] : kept.slice(0, -1),
    full: false,
  };
}
