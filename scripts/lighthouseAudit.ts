import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS } from "./chromium.mjs";

export const LIGHTHOUSE_CATEGORIES = [
  "performance",
  "accessibility",
  "best-practices",
  "seo",
] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthouseResult {
  readonly version: string;
  readonly scores: Record<LighthouseCategory, number>;
  readonly totalBlockingTimeMs: number;
  readonly largestContentfulPaintMs: number;
  /** Audits that lost points, with their scores, for a reader to act on. */
  readonly failing: ReadonlyArray<{ id: string; title: string; score: number | null }>;
}

/** Audits url with Lighthouse (its default mobile settings) in the given Chromium. */
export async function auditWithLighthouse(
  url: string,
  chromePath: string,
): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...LIGHTHOUSE_CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    const scores = Object.fromEntries(
      LIGHTHOUSE_CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    ) as Record<LighthouseCategory, number>;
    const failing = Object.values(lhr.audits)
      .filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== "informative" &&
          audit.scoreDisplayMode !== "manual" &&
          audit.scoreDisplayMode !== "notApplicable",
      )
      .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score }));
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      version: lhr.lighthouseVersion,
      scores,
      totalBlockingTimeMs: metric("total-blocking-time"),
      largestContentfulPaintMs: metric("largest-contentful-paint"),
      failing,
    };
  } finally {
    chrome.kill();
  }
}
