import { describe, expect, it } from "vitest";
import { channelsOf, contrast } from "../../tests/support/contrast";
import { APP_CSS, colourOf, PALETTES } from "../../tests/support/themePalettes";
import { EVENT_KINDS } from "../data/format/vocabulary";
import { KIND_STYLES } from "./kindStyles";

/** Machado, Oliveira and Fernandes (2009) matrices at full severity, on linear RGB. */
const SIMULATIONS: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function simulate(hex: string, matrix: number[][]): string {
  const toLinear = (channel: number) =>
    channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  const toGamma = (channel: number) =>
    channel <= 0.0031308 ? channel * 12.92 : 1.055 * channel ** (1 / 2.4) - 0.055;
  const linear = channelsOf(hex).map(toLinear);
  return `#${matrix
    .map((row) => row.reduce((sum, weight, index) => sum + weight * (linear[index] ?? 0), 0))
    .map((channel) => Math.round(Math.min(1, Math.max(0, toGamma(channel))) * 255))
    .map((channel) => channel.toString(16).padStart(2, "0"))
    .join("")}`;
}

/**
 * The declarations of app.css's rules for the selector (alone or in a list), with white space
 * left out, so that how the sheet is laid out does not matter.
 */
function declarationsFor(selector: string): string[] {
  const css = APP_CSS.replace(/\/\*[\s\S]*?\*\//g, "");
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .filter(([, selectors = ""]) => selectors.split(",").some((one) => one.trim() === selector))
    .flatMap(([, , body = ""]) =>
      body.split(";").map((declaration) => declaration.replace(/\s+/g, "")),
    )
    .filter(Boolean);
}

/** What marks are drawn on: the two alternating lane backgrounds. */
const LANE_BACKGROUNDS = ["card", "shade"];
/** And what a selected or lit mark sits on, inside its ring. */
const CHART_BACKGROUNDS = [...LANE_BACKGROUNDS, "halo"];

describe("KIND_STYLES", () => {
  it("gives every kind its own shape, so no kind depends on colour alone", () => {
    const symbols = EVENT_KINDS.map((kind) => KIND_STYLES[kind].symbol);
    expect(new Set(symbols).size).toBe(EVENT_KINDS.length);
  });

  it.each(EVENT_KINDS)("has a rule in app.css that gives %s marks their colour", (kind) => {
    expect(declarationsFor(`.echoes-kind--${kind}`)).toContain(
      `--echoes-kind:var(--echoes-kind-${kind})`,
    );
  });
});

describe.each(Object.entries(PALETTES))("the %s palette of kinds", (_theme, palette) => {
  it.each(EVENT_KINDS)("draws %s with at least 3:1 contrast on the chart's backgrounds", (kind) => {
    for (const background of CHART_BACKGROUNDS) {
      expect(
        contrast(colourOf(palette, `kind-${kind}`), colourOf(palette, background)),
        background,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(Object.keys(SIMULATIONS))("keeps every mark visible to a reader with %s", (name) => {
    const matrix = SIMULATIONS[name] ?? [];
    for (const kind of EVENT_KINDS) {
      for (const background of LANE_BACKGROUNDS) {
        expect(
          contrast(
            simulate(colourOf(palette, `kind-${kind}`), matrix),
            simulate(colourOf(palette, background), matrix),
          ),
          `${kind} on ${background}`,
        ).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
