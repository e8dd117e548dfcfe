import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { symbolPathsModule } from "./symbolPaths";

const file = join(import.meta.dirname, "..", "src", "chartSvg", "symbolPaths.ts");
writeFileSync(file, symbolPathsModule());
console.log(`wrote ${file}`);
