import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SYMBOL_PATHS } from "../src/chartSvg/symbolPaths";
import { EVENT_KINDS } from "../src/data/format/schema";
import { symbolPathsModule } from "./symbolPaths";

describe("symbol paths", () => {
  it("match kindStyles.ts and d3-shape (run `npm run symbols` after changing a symbol)", () => {
    const file = join(import.meta.dirname, "..", "src", "chartSvg", "symbolPaths.ts");
    expect(readFileSync(file, "utf8")).toBe(symbolPathsModule());
  });

  it("give every kind a path at both sizes, all different", () => {
    const marks = EVENT_KINDS.map((kind) => SYMBOL_PATHS[kind].mark);
    for (const kind of EVENT_KINDS) {
      expect(SYMBOL_PATHS[kind].mark).toMatch(/^M/);
      expect(SYMBOL_PATHS[kind].swatch).toMatch(/^M/);
    }
    expect(new Set(marks).size).toBe(EVENT_KINDS.length);
  });
});
