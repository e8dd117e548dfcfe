import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  afterFrames,
  baseUrl,
  closeContextsAfterEach,
  launchBrowser,
  scriptsInPage,
} from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

/**
 * The validator: zod, in which the collection's schema is written, known in any build by the
 * name of its error class.
 */
const VALIDATOR = "ZodError";

/** Opens the curated collection; with `workersFail`, every worker the page starts fails to load. */
async function openRecordingWorkers(workersFail: boolean) {
  const context = await browser.newContext();
  if (workersFail) {
    await context.route("**/worker-that-cannot-load.js", (route) => route.abort());
    // As when the network or a policy refuses the worker's script: the worker is made, then fails.
    await context.addInitScript(() => {
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(_url: string | URL, options?: WorkerOptions) {
          super("/worker-that-cannot-load.js", options);
        }
      };
    });
  }
  const page = await context.newPage();
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL("/", baseUrl()).href);
  await page
    .getByRole("group", { name: /^Timeline/ })
    .getByRole("button")
    .first()
    .waitFor();
  return { page, workers, errors, close: () => context.close() };
}

describe("loading the collection", () => {
  it("reads the files in the page and checks them in workers, keeping the validator out of the page", async () => {
    const { page, workers, errors, close } = await openRecordingWorkers(false);
    expect(workers.length).toBeGreaterThan(0);
    // The page downloads the files, from its first script on; the workers carry the validator.
    const byThePage = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => new URL(entry.name).pathname),
    );
    expect(byThePage).toContain("/data/collection.json");
    expect(byThePage).toContain("/data/episodes/prague-1968.json");
    const scripts = await scriptsInPage(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(({ text }) => text.includes(VALIDATOR)).map(({ url }) => url)).toEqual(
      [],
    );
    expect(await page.getByRole("button", { name: /^Warsaw Pact invasion/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it("loads the files in the page when the workers cannot start", async () => {
    const { page, errors, close } = await openRecordingWorkers(true);
    expect((await scriptsInPage(page)).some(({ text }) => text.includes(VALIDATOR))).toBe(true);
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
      const shifts = [];
      const record = (entries) => {
        for (const entry of entries) {
          const moved = entry.sources.map((source) => source.node?.closest?.(".echoes-timeline__body") ? source.node.className : "");
          shifts.push(...moved.filter(Boolean));
        }
      };
      const observer = new PerformanceObserver((list) => record(list.getEntries()));
      observer.observe({ type: "layout-shift", buffered: true });
      // With the shifts reported but not yet handed to the observer.
      window.takeTimelineShifts = () => {
        record(observer.takeRecords());
        return shifts;
      };
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
      await page.getByRole("region", { name: "The article" }).waitFor();
      // Laid out in the frames that follow, and any shift reported with them.
      await afterFrames(page);
      expect(await page.locator(".echoes-roles").count()).toBe(1);
      expect(await page.evaluate("window.takeTimelineShifts()")).toEqual([]);
      await context.close();
    },
  );
});
