import { describe, expect, it } from "vitest";
import { wrapLabel } from "./portraitLabel";
import { estimateTextWidth } from "./textWidth";

// Ten pixels a character.
const measure = estimateTextWidth(10);

describe("wrapLabel(title, width, maxLines, measure)", () => {
  it("keeps a title that fits on one line whole", () => {
    expect(wrapLabel("Warsaw Pact", 200, 3, measure)).toEqual({
      lines: ["Warsaw Pact"],
      full: true,
    });
  });

  it("breaks at spaces and after hyphens, never inside a word", () => {
    expect(wrapLabel("Shoot-without-warning order given", 120, 4, measure)).toEqual({
      lines: ["Shoot-", "without-", "warning", "order given"],
      full: true,
    });
  });

  it("cuts the last line at a word, with an ellipsis, when the title needs more lines", () => {
    const wrapped = wrapLabel("First Soviet intervention in Budapest at dawn", 130, 2, measure);
    expect(wrapped.full).toBe(false);
    expect(wrapped.lines).toEqual(["First Soviet", "intervention…"]);
    for (const line of wrapped.lines) expect(measure(line)).toBeLessThanOrEqual(130);
  });

  it("cuts within a first word too long for the width", () => {
    const wrapped = wrapLabel("Czechoslovakia invaded", 80, 1, measure);
    expect(wrapped).toEqual({ lines: ["Czechos…"], full: false });
  });

  it("gives no lines when not even a few letters fit", () => {
    expect(wrapLabel("Intervention", 30, 3, measure)).toEqual({ lines: [], full: false });
  });
});
