import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildJsonSchemas } from "./jsonSchemas";

const schemaDir = join(import.meta.dirname, "..", "..", "..", "data", "schema");

describe("the published JSON Schemas in data/schema/", () => {
  it.each(Object.entries(buildJsonSchemas()))(
    "%s.schema.json is what the runtime schema generates (run npm run schema after a change)",
    (name, generated) => {
      const published = JSON.parse(readFileSync(join(schemaDir, `${name}.schema.json`), "utf8"));
      expect(published).toEqual(generated);
    },
  );

  it("states the taxonomy and the date pattern for editors", () => {
    const episode = JSON.stringify(buildJsonSchemas().episode);
    expect(episode).toContain('"request-for-intervention"');
    expect(episode).toContain("YYYY-MM-DDTHH:MM");
  });
});
