import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openRecordingRequests(blockWorker: boolean) {
  const context = await browser.newContext();
  const requested: string[] = [];
  // Not the service worker, which precaches every file for offline use after the first render.
  context.on("request", (request) => {
    if (!request.serviceWorker()) requested.push(new URL(request.url()).pathname);
  });
  if (blockWorker) await context.route(/loadWorker-[^/]*\.js$/, (route) => route.abort());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL("/", baseUrl()).href);
  await page
    .getByRole("group", { name: /^Timeline/ })
    .getByRole("button")
    .first()
    .waitFor();
  return { page, requested, errors, close: () => context.close() };
}

describe("loading the collection", () => {
  it("reads the files in the page and checks them in workers, keeping the validator out of the page", async () => {
    const { page, requested, errors, close } = await openRecordingRequests(false);
    expect(requested.some((path) => /\/loadWorker-[^/]*\.js$/.test(path))).toBe(true);
    // The page downloads the files, from its first script on; the worker carries the validator.
    const byThePage = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname),
    );
    expect(byThePage).toContain("/data/collection.json");
    expect(byThePage).toContain("/data/episodes/prague-1968.json");
    expect(byThePage.some((path) => /\/shared-[^/]*\.js$/.test(path))).toBe(true);
    expect(requested.filter((path) => /\/readFiles-[^/]*\.js$/.test(path))).toEqual([]);
    expect(await page.getByRole("button", { name: /^Warsaw Pact invasion/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it("loads the files in the page when the workers cannot start", async () => {
    const { page, requested, errors, close } = await openRecordingRequests(true);
    expect(requested.some((path) => /\/readFiles-[^/]*\.js$/.test(path))).toBe(true);
    expect(await page.getByRole("button", { name: /^Warsaw Pact invasion/ }).count()).toBe(1);
    expect(await page.getByText(/could not be loaded|left out/).count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it.each([
    [1280, 800],
    [412, 823],
  ])(
    "keeps what is below the chart still as the timeline is drawn, at %i x %i",
    async (width, height) => {
      const context = await browser.newContext({ viewport: { width, height } });
      // Every layout shift from the start, with whether it moved anything of the timeline's section.
      await context.addInitScript(`
      window.timelineShifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const moved = entry.sources.map((source) => source.node?.closest?.(".echoes-timeline__body") ? source.node.className : "");
          window.timelineShifts.push(...moved.filter(Boolean));
        }
      }).observe({ type: "layout-shift", buffered: true });
    `);
      const page = await context.newPage();
      await page.goto(new URL("/", baseUrl()).href);
      await page.waitForFunction(
        () => performance.getEntriesByName("echoes:timeline-rendered").length > 0,
      );
      await page
        .getByRole("group", { name: /^Timeline/ })
        .getByRole("button")
        .first()
        .waitFor();
      // The legend and filters under the chart, and the article beside it, load once it is drawn:
      // their coming moves nothing of the timeline's section.
      await page.locator(".echoes-roles").waitFor();
      await page.locator(".echoes-filters").waitFor();
      await page.waitForTimeout(300);
      expect(await page.locator(".echoes-roles").count()).toBe(1);
      expect(await page.evaluate("window.timelineShifts")).toEqual([]);
      await context.close();
    },
  );
});
