import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { inject } from "vitest";
import { CHROMIUM_ARGS } from "../../scripts/chromium.mjs";

export const baseUrl = () => inject("baseUrl");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject("chromiumPath"),
    headless: true,
    args: CHROMIUM_ARGS,
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
    // Code the page was preloading while idle, cancelled because it reloaded or went elsewhere.
    const cancelledPreload =
      request.failure()?.errorText === "net::ERR_ABORTED" && request.resourceType() === "script";
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
