import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildJsonSchemas } from "../src/data/format/jsonSchemas";

const schemaDir = join(import.meta.dirname, "..", "data", "schema");

for (const [name, schema] of Object.entries(buildJsonSchemas())) {
  const file = join(schemaDir, `${name}.schema.json`);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
