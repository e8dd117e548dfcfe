import { describe, expect, it } from "vitest";
import { AVERAGE_CHAR_WIDTH, estimateTextWidth, fitLabel, type TextMeasure } from "./textWidth";

/** Ten pixels a character, so that rooms read as character counts. */
const tens: TextMeasure = (text) => text.length * 10;

describe("estimateTextWidth(charWidth)", () => {
  it("counts 6.6 px a character by default", () => {
    expect(AVERAGE_CHAR_WIDTH).toBe(6.6);
    expect(estimateTextWidth()("")).toBe(0);
    expect(estimateTextWidth()("abcdefghij")).toBeCloseTo(66);
  });

  it("counts the width it is given", () => {
    expect(estimateTextWidth(10)("abc")).toBe(30);
  });
});

describe("fitLabel(label, room, measure)", () => {
  it("returns the whole label when it fits, to the pixel", () => {
    expect(fitLabel("Warsaw Pact invasion", 200, tens)).toBe("Warsaw Pact invasion");
    expect(fitLabel("Warsaw Pact invasion", 1000, tens)).toBe("Warsaw Pact invasion");
    expect(fitLabel("", 0, tens)).toBe("");
  });

  it("cuts after the last whole word that fits with its ellipsis", () => {
    // "Warsaw Pact…" is 12 characters.
    expect(fitLabel("Warsaw Pact invasion", 199, tens)).toBe("Warsaw Pact…");
    expect(fitLabel("Warsaw Pact invasion", 120, tens)).toBe("Warsaw Pact…");
    expect(fitLabel("Warsaw Pact invasion", 119, tens)).toBe("Warsaw…");
    expect(fitLabel("Warsaw Pact invasion", 70, tens)).toBe("Warsaw…");
  });

  it("does not leave an aside half open: it cuts before the parenthesis", () => {
    const title = "Second Soviet intervention (Operation Whirlwind)";
    expect(fitLabel(title, 400, tens)).toBe("Second Soviet intervention…");
    expect(fitLabel(title, 1000, tens)).toBe(title);
    expect(fitLabel("Aid (food and fuel) arrives in the capital", 300, tens)).toBe(
      "Aid (food and fuel) arrives…",
    );
    expect(fitLabel("(Unnamed) operation begins at dawn", 150, tens)).toBe("(Unnamed)…");
  });

  it("keeps as many words as fit in a long title", () => {
    const title = "one two three four five six seven eight nine ten";
    for (let room = 40; room <= 500; room += 10) {
      const fitted = fitLabel(title, room, tens);
      expect(tens(fitted)).toBeLessThanOrEqual(room);
      if (fitted === title) continue;
      const kept = fitted.slice(0, -1);
      expect(fitted.endsWith("…")).toBe(true);
      expect(title.startsWith(`${kept} `)).toBe(true);
      // One more word would not have fitted.
      const nextSpace = title.indexOf(" ", kept.length + 1);
      const longer = nextSpace < 0 ? title : title.slice(0, nextSpace);
      expect(tens(`${longer}…`)).toBeGreaterThan(room);
    }
  });

  it("drops punctuation that would come before the ellipsis", () => {
    expect(fitLabel("Government resigns; Tokayev takes over", 200, tens)).toBe(
      "Government resigns…",
    );
    expect(fitLabel("Troops arrive, shots fired", 150, tens)).toBe("Troops arrive…");
    expect(fitLabel("Result: a new government", 90, tens)).toBe("Result…");
    expect(fitLabel("Talks end. Troops arrive", 120, tens)).toBe("Talks end…");
  });

  it("cuts within a first word too long for the room, keeping at least four letters", () => {
    expect(fitLabel("Czechoslovakia invaded", 100, tens)).toBe("Czechoslo…");
    expect(fitLabel("Supercalifragilistic", 60, tens)).toBe("Super…");
    expect(fitLabel("Supercalifragilistic", 50, tens)).toBe("Supe…");
    expect(fitLabel("Supercalifragilistic", 49, tens)).toBe("");
    expect(fitLabel("Supercalifragilistic", 0, tens)).toBe("");
    expect(fitLabel("Supercalifragilistic", -10, tens)).toBe("");
  });

  it("says nothing rather than a word of fewer than four letters cut short", () => {
    expect(fitLabel("Abcde fgh", 40, tens)).toBe("");
    expect(fitLabel("Abcde fgh", 50, tens)).toBe("Abcd…");
  });

  it("keeps a short first word whole when it fits with its ellipsis", () => {
    expect(fitLabel("A general strike", 20, tens)).toBe("A…");
    expect(fitLabel("A general strike", 19, tens)).toBe("");
  });

  it("never returns a label wider than the room, unless the whole label fits", () => {
    const titles = [
      "Warsaw Pact troops cross the border into Czechoslovakia",
      "Government resigns; a general strike, is called",
      "Czechoslovakia",
      "a b c d e f g",
    ];
    const measure = estimateTextWidth();
    for (const title of titles) {
      for (let room = 0; room <= 400; room += 3.3) {
        const fitted = fitLabel(title, room, measure);
        if (fitted !== "") expect(measure(fitted)).toBeLessThanOrEqual(room);
        if (measure(title) <= room) expect(fitted).toBe(title);
      }
    }
  });

  it("uses the measure it is given", () => {
    const wideM: TextMeasure = (text) =>
      [...text].reduce((sum, char) => sum + (char === "M" ? 30 : 10), 0);
    // "MMM MMM…" is 6 × 30 + 2 × 10 = 200 px with this measure; 80 with ten pixels a character.
    expect(fitLabel("MMM MMM MMM", 200, wideM)).toBe("MMM MMM…");
    expect(fitLabel("MMM MMM MMM", 199, wideM)).toBe("MMM…");
    expect(fitLabel("MMM MMM MMM", 110, tens)).toBe("MMM MMM MMM");
  });
});
