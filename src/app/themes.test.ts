import { describe, expect, it } from "vitest";
import { contrast } from "../../tests/support/contrast";
import {
  APP_CSS_SOURCE,
  colourOf,
  DARK_PALETTE,
  LIGHT_PALETTE,
  PALETTES,
  PREFERRED_DARK_PALETTE,
} from "../../tests/support/themePalettes";

/** Text colours and what they are set on, as app.css uses them. */
const TEXT_ON: [text: string, background: string][] = [
  ...["ink", "muted", "link", "accent", "approximate", "disputed", "consistent"].flatMap(
    (text): [string, string][] => [
      [text, "paper"],
      [text, "card"],
    ],
  ),
  // Shaded lanes' axes, claim checks and their sources.
  ["ink", "shade"],
  ["muted", "shade"],
  ["link", "shade"],
  // Notices, error pages and the approximate and disputed tags.
  ["ink", "approximate-bg"],
  ["approximate", "approximate-bg"],
  ["ink", "disputed-bg"],
  ["disputed", "disputed-bg"],
  // Article passages, linked, lit and pinned.
  ["ink", "passage"],
  ["ink", "passage-lit"],
  ["ink", "passage-pinned"],
  // Pressed buttons and chips, clusters plain and lit, and the hint over the chart.
  ["card", "accent"],
  ["card", "focus"],
  ["card", "ink"],
];

describe("the themes' palettes", () => {
  it("are each written once in app.css; the build repeats the dark one for the system's choice", () => {
    expect(APP_CSS_SOURCE.match(/--echoes-ink:/g)).toHaveLength(2);
  });

  it("are the same dark palette whether the address or the reader's system asks for it", () => {
    expect(PREFERRED_DARK_PALETTE).toEqual(DARK_PALETTE);
  });

  it("give the dark theme its own value for every colour of the light one", () => {
    expect(Object.keys(DARK_PALETTE).sort()).toEqual(Object.keys(LIGHT_PALETTE).sort());
  });

  describe.each(Object.entries(PALETTES))("%s", (_theme, palette) => {
    it.each(TEXT_ON)("sets %s text on %s at 4.5:1 or more", (text, background) => {
      expect(
        contrast(colourOf(palette, text), colourOf(palette, background)),
      ).toBeGreaterThanOrEqual(4.5);
    });

    it.each(["paper", "card", "shade", "halo", "passage-lit"])(
      "draws the focus ring at 3:1 or more on %s",
      (background) => {
        expect(
          contrast(colourOf(palette, "focus"), colourOf(palette, background)),
        ).toBeGreaterThanOrEqual(3);
      },
    );
  });
});
