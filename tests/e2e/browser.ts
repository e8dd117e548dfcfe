import { mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import { afterEach, beforeEach, inject } from "vitest";
import { CHROMIUM_ARGS } from "../../scripts/chromium.mjs";

export const baseUrl = () => inject("baseUrl");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject("chromiumPath"),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Closes, after each test of the file, every browser context the test opened, whether it passed
 * or failed: a failed assertion skips the test's own close, and its pages would run on into the
 * next test. Contexts opened before the test, in a beforeAll, are left to whoever opened them.
 */
export function closeContextsAfterEach(browser: () => Browser | undefined) {
  let before: ReadonlySet<BrowserContext> = new Set();
  beforeEach(() => {
    before = new Set(browser()?.contexts());
  });
  afterEach(async () => {
    const opened =
      browser()
        ?.contexts()
        .filter((context) => !before.has(context)) ?? [];
    await Promise.all(opened.map((context) => context.close()));
  });
}

/** A page that records console errors, uncaught exceptions, failed requests and every path it requested. */
export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => {
    // Code the page was preloading while idle, and the style sheets that come with it, cancelled
    // because it reloaded or went elsewhere.
    const cancelledPreload =
      request.failure()?.errorText === "net::ERR_ABORTED" &&
      ["script", "stylesheet"].includes(request.resourceType());
    if (!cancelledPreload) errors.push(`request failed: ${request.url()}`);
  });
  const requested: string[] = [];
  // Not the service worker, which precaches every file for offline use after the first render.
  context.on("request", (request) => {
    if (!request.serviceWorker()) requested.push(new URL(request.url()).pathname);
  });
  await page.goto(new URL(path, baseUrl()).href);
  return { page, errors, requested, close: () => context.close() };
}

/** Waits until the page has drawn `count` more frames: what a change has to show, it shows by then. */
export function afterFrames(page: Page, count = 2): Promise<void> {
  return page.evaluate(async (frames) => {
    for (let frame = 0; frame < frames; frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, count);
}

/**
 * Every script the page has loaded into itself, by its address and text, fetched again from the
 * server: to tell what code the page holds by what it holds, not by file names, which the build is
 * free to change. A worker's script, which the page fetches for the worker, is not in the page.
 */
export async function scriptsInPage(
  page: Page,
): Promise<ReadonlyArray<{ readonly url: string; readonly text: string }>> {
  const urls = await page.evaluate(() =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      // Scripts and their imports, and modules preloaded by a link; a worker's is "other".
      .filter((entry) => entry.initiatorType === "script" || entry.initiatorType === "link")
      .map((entry) => entry.name)
      .filter((url) => /\.m?js$/.test(new URL(url).pathname)),
  );
  return Promise.all(
    [...new Set(urls)].map(async (url) => ({ url, text: await (await fetch(url)).text() })),
  );
}

/** Whether a script the page has loaded holds `code`: a class that only one part's code gives, say. */
export async function pageHoldsCode(page: Page, code: string): Promise<boolean> {
  return (await scriptsInPage(page)).some(({ text }) => text.includes(code));
}

/** Opens the list of all events below the timeline, which starts closed. */
export async function openAllEvents(page: Page) {
  await page.getByText(/^All events, by episode/).click();
  await page.locator(".echoes-all-events[open] .echoes-episode").first().waitFor();
}

const screenshotDir = join(import.meta.dirname, "screenshots");

/** Saves what the reader sees under tests/e2e/screenshots/, for a person to look at. */
export async function saveScreenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** Opens the Share menu beside the chart's controls, unless it is open already. */
export async function openShareMenu(page: Page) {
  const share = page.getByRole("button", { name: "Share" });
  if ((await share.getAttribute("aria-expanded")) !== "true") await share.click();
  await page.locator(".echoes-tool-menu__panel button").first().waitFor();
}

/** Boxes that scroll sideways, the page's own first: none should on a phone. */
export async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`the page (${root.scrollWidth} px)`);
    for (const element of document.querySelectorAll<HTMLElement>("body *")) {
      const { overflowX } = getComputedStyle(element);
      const scrolls = overflowX === "auto" || overflowX === "scroll";
      if (scrolls && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${element.className || element.tagName} (${element.scrollWidth} px)`);
      }
    }
    return found;
  });
}
