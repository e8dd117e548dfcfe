// The bytes a page loads before its first render, and the sizes of files, as the benchmark counts them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import type { Browser, Request } from "playwright-core";
import { ECHOES, VIEWPORT } from "./benchMeasure";

export interface Sizes {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** When a page counts as shown: the performance mark it sets, or an element it draws. */
export type Shown = { readonly mark: string } | { readonly selector: string };

/** Paths of the scripts and styles a page asks for before it is shown, workers' included. */
export async function firstLoadPaths(
  browser: Browser,
  url: string,
  shown: Shown = { mark: ECHOES.mark },
): Promise<string[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const requests: Array<{ request: Request; seenAt: number }> = [];
  // Not the service worker, which precaches every file for offline use once the page is drawn.
  context.on("request", (request) => {
    if (!request.serviceWorker()) requests.push({ request, seenAt: Date.now() });
  });
  const page = await context.newPage();
  await page.goto(url);
  // When it was shown, on the clock the requests' start times are on: what the page asks for
  // once it is drawn (code it preloads while idle) is not part of its first load.
  let renderedAt: number;
  if ("mark" in shown) {
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, shown.mark);
    renderedAt = await page.evaluate(
      (name) => performance.timeOrigin + (performance.getEntriesByName(name)[0]?.startTime ?? 0),
      shown.mark,
    );
  } else {
    await page.locator(shown.selector).first().waitFor();
    renderedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
  }
  // The browser's start time where it has one (-1 until the request is sent), else when it was seen.
  const requested = requests
    .filter(({ request, seenAt }) => {
      const { startTime } = request.timing();
      return (startTime > 0 ? startTime : seenAt) <= renderedAt;
    })
    .map(({ request }) => new URL(request.url()).pathname);
  await context.close();
  // Each file once: a second worker started from the same script does not download it again.
  const assets = [...new Set(requested.filter((path) => /\.(?:js|css)$/.test(path)))];
  if (assets.length === 0) throw new Error(`${url} requested no scripts.`);
  return assets;
}

/** The files' sizes added up: raw, gzip at level 9, brotli at its default quality. */
export function compressed(files: readonly string[]): Sizes {
  const bytes = files.map((file) => readFileSync(file));
  const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);
  return {
    raw: sum(bytes.map((content) => content.length)),
    gzip: sum(bytes.map((content) => gzipSync(content, { level: 9 }).length)),
    brotli: sum(bytes.map((content) => brotliCompressSync(content).length)),
  };
}

/** The sizes of the JavaScript and CSS at the given paths of the build. */
export function firstLoadAssets(outDir: string, paths: readonly string[]) {
  const referenced = paths.map((path) => join(outDir, path));
  return {
    js: compressed(referenced.filter((file) => file.endsWith(".js"))),
    css: compressed(referenced.filter((file) => file.endsWith(".css"))),
  };
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
