import { describe, expect, it } from "vitest";
import { idFromWords } from "./idFromWords";

describe("idFromWords(text, taken, fallback)", () => {
  it("joins the first five words in lowercase with hyphens", () => {
    expect(idFromWords("The Troops Crossed the border at night", [], "stop")).toBe(
      "the-troops-crossed-the-border",
    );
  });

  it("drops accents and punctuation", () => {
    expect(idFromWords("Dubček’s “spring”!", [], "stop")).toBe("dubcek-s-spring");
  });

  it("uses the fallback where no word is left", () => {
    expect(idFromWords(" — ", [], "excerpt")).toBe("excerpt");
  });

  it("numbers the id on from 2 while it is taken", () => {
    expect(idFromWords("Tanks", ["tanks", "tanks-2"], "stop")).toBe("tanks-3");
    expect(idFromWords("", ["stop"], "stop")).toBe("stop-2");
  });
});
