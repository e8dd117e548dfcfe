import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview } from "vite";

export interface ServedBuild {
  /** Where the app was built; removed by close. */
  readonly outDir: string;
  readonly baseUrl: string;
  readonly close: () => Promise<void>;
}

/**
 * A production build already made (`npm run build`'s dist/), named by ECHOES_BUILT_DIR: CI builds
 * once and its tests and benchmark serve copies of it, rather than building again each.
 */
const BUILT_DIR = process.env.ECHOES_BUILT_DIR;

/** Builds the app as it ships into a fresh folder, lets the caller add files, and serves it on localhost. */
export async function buildAndServe(
  root: string,
  prepare: (outDir: string) => void = () => {},
): Promise<ServedBuild> {
  const outDir = mkdtempSync(join(tmpdir(), "echoes-build-"));
  if (BUILT_DIR) cpSync(BUILT_DIR, outDir, { recursive: true });
  else await buildInto(root, outDir);
  prepare(outDir);
  const server = await preview({
    root,
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error("The preview server did not report its address.");
  return {
    outDir,
    baseUrl,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

async function buildInto(root: string, outDir: string): Promise<void> {
  // As shipped: a test runner's NODE_ENV=test would otherwise bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root,
      mode: "production",
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
