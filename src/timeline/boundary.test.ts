import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("src/timeline/", () => {
  it("is pure layout math: no React, no DOM", () => {
    const dir = import.meta.dirname;
    const offenders = readdirSync(dir)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .filter((file) =>
        /from "react|document\.|window\./.test(readFileSync(join(dir, file), "utf8")),
      );
    expect(offenders).toEqual([]);
  });
});
