import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview } from "vite";
import type { TestProject } from "vitest/node";
import { findChromium, INSTALL_HINT } from "../../scripts/chromium.mjs";

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

  const outDir = mkdtempSync(join(tmpdir(), "echoes-e2e-"));
  await build({ root, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  cpSync(join(root, "tests", "fixtures"), join(outDir, "fixtures"), { recursive: true });

  const server = await preview({
    root,
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error("The preview server did not report its address.");

  project.provide("baseUrl", baseUrl);
  project.provide("chromiumPath", chromiumPath);

  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
