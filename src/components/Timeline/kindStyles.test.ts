import { describe, expect, it } from "vitest";
import { EVENT_KINDS } from "../../data/schema";
import { KIND_STYLES } from "./kindStyles";

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((channel) =>
    channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
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
});
