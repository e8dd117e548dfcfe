import { cpSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { findChromium, INSTALL_HINT } from "../../scripts/chromium.mjs";
import { buildAndServe } from "../../scripts/serveBuild";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

const root = join(import.meta.dirname, "..", "..");

/** Builds the app as it ships, with the test fixtures beside it, and serves it on localhost. */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(INSTALL_HINT);
  const served = await buildAndServe(root, (outDir) =>
    cpSync(join(root, "tests", "fixtures"), join(outDir, "fixtures"), { recursive: true }),
  );
  project.provide("baseUrl", served.baseUrl);
  project.provide("chromiumPath", chromiumPath);
  return served.close;
}
