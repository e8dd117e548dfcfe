import { describe, expect, it } from "vitest";
import { EVENT_KINDS } from "../../data/vocabulary";
import { KIND_STYLES } from "./kindStyles";

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((channel) =>
    channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

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
  const linear = [1, 3, 5].map((start) =>
    toLinear(Number.parseInt(hex.slice(start, start + 2), 16) / 255),
  );
  return `#${matrix
    .map((row) => row.reduce((sum, weight, index) => sum + weight * (linear[index] ?? 0), 0))
    .map((channel) => Math.round(Math.min(1, Math.max(0, toGamma(channel))) * 255))
    .map((channel) => channel.toString(16).padStart(2, "0"))
    .join("")}`;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe("KIND_STYLES", () => {
  it("gives every kind its own shape, so no kind depends on colour alone", () => {
    const symbols = EVENT_KINDS.map((kind) => KIND_STYLES[kind].symbol);
    expect(new Set(symbols).size).toBe(EVENT_KINDS.length);
  });

  it.each(EVENT_KINDS)("draws %s with at least 3:1 contrast on the lane backgrounds", (kind) => {
    for (const background of ["#ffffff", "#f6f3ed"]) {
      expect(contrast(KIND_STYLES[kind].color, background)).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(Object.keys(SIMULATIONS))("keeps every mark visible to a reader with %s", (name) => {
    const matrix = SIMULATIONS[name] ?? [];
    for (const kind of EVENT_KINDS) {
      expect(
        contrast(simulate(KIND_STYLES[kind].color, matrix), "#f6f3ed"),
        kind,
      ).toBeGreaterThanOrEqual(3);
    }
  });
});
