import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { syntheticCollection } from "./syntheticCollection";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "1000" },
    lanes: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
  },
});

const events = Number(values.events);
const lanes = Number(values.lanes);
const seed = Number(values.seed);
if (
  !Number.isInteger(events) ||
  events < 1 ||
  !Number.isInteger(lanes) ||
  lanes < 1 ||
  lanes > events
) {
  console.error(
    "Usage: npm run generate -- --events N --lanes M [--seed S] [--out DIR] (1 <= M <= N)",
  );
  process.exit(1);
}

const out = values.out ?? join("public", "generated", `${events}x${lanes}`);
for (const [path, content] of Object.entries(syntheticCollection({ events, lanes, seed }))) {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(content)}\n`);
}
console.log(
  `Wrote ${events} events over ${lanes} lanes to ${out}/; open /?collection=/${out.replace(/^public\//, "")}/collection.json`,
);
