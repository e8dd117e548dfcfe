import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURATED } from "../support/collectionFiles";
import { closeContextsAfterEach, launchBrowser, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

const VIEWPORT = { viewport: { width: 1440, height: 900 } };
/** Three lanes' axes and the shared one, each about one label per 80 pixels, with room to pan. */
const MOST_TICK_LABELS = 200;

const chart = (page: Page) => page.getByRole("group", { name: /^Timeline/ });
const emptyView = (page: Page) => page.locator(".echoes-empty-view");
const linkNotice = (page: Page) =>
  page.getByRole("region", { name: "Part of this link's view could not be restored" });
const zoomParam = (page: Page) =>
  page.evaluate(() => new URLSearchParams(window.location.search).get("zoom"));

/** Waits until the chart has drawn its marks or says its view is empty. */
const drawn = (page: Page) =>
  page.locator(".echoes-chart [data-ref], .echoes-empty-view").first().waitFor();

describe("a view with every episode hidden", () => {
  it("says so and brings the episodes back, instead of a blank page", async () => {
    const every = CURATED.episodes.map((episode) => episode.id).join(",");
    const { page, errors, close } = await openPage(
      browser,
      `/?mode=calendar&hide=${every}`,
      VIEWPORT,
    );
    const notice = emptyView(page);
    await notice.getByText("All episodes are hidden.").waitFor();
    // What waits for the chart's first drawing comes too: the episodes can be ticked again there.
    await page.getByRole("checkbox", { name: CURATED.episodes[0]?.label }).waitFor();
    await notice.getByRole("button", { name: "Show all episodes" }).click();
    await chart(page).locator("[data-ref]").first().waitFor();
    expect(await page.locator(".echoes-lane-frame").count()).toBe(CURATED.episodes.length);
    expect(await page.evaluate(() => new URLSearchParams(window.location.search).get("hide"))).toBe(
      null,
    );
    expect(errors).toEqual([]);
    await close();
  });
});

describe("a zoom from a link", () => {
  it("is given back to the address as drawn on an upright phone too", async () => {
    const { page, errors, close } = await openPage(browser, "/?zoom=1e-6,0.5", {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await page.locator(".echoes-portrait [data-ref]").first().waitFor();
    const scale = async () => Number((await zoomParam(page))?.split(",")[0]);
    await expect.poll(scale).toBeGreaterThan(1e-5);
    expect(errors).toEqual([]);
    await close();
  });

  it.each([
    "/?zoom=1e-6,0.5",
    "/?mode=calendar&zoom=1e-6,0.5",
    "/?mode=sequence&zoom=1e-6,0.5",
    "/?zoom=1e4,0",
    "/?zoom=1,1e6",
    "/?mode=calendar&zoom=1,1e6",
  ])("%s is drawn within the limits gestures obey, and its address opens again", async (path) => {
    const { page, errors, close } = await openPage(browser, path, VIEWPORT);
    await drawn(page);
    expect(await page.locator(".echoes-axis text").count()).toBeLessThanOrEqual(MOST_TICK_LABELS);
    // Too far out is brought back to every event; too far in or off, to the edge of what gestures
    // reach, which may show no event and says so.
    if (path.includes("1e-6")) {
      expect(await chart(page).locator("[data-ref]").count()).toBeGreaterThan(0);
    }
    const asked = new URLSearchParams(path.slice(1)).get("zoom")?.split(",").map(Number);
    // The address is given the zoom drawn, once the view has rested.
    await expect
      .poll(async () => (await zoomParam(page))?.split(",").map(Number))
      .not.toEqual(asked);
    const written = (await zoomParam(page))?.split(",").map(Number) ?? [1, 0];
    expect(written[0]).toBeGreaterThan(0);
    // Nothing still loading that the reload would cancel.
    await page.waitForLoadState("networkidle");
    await page.reload();
    await drawn(page);
    expect(await linkNotice(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it.each(["/?zoom=1e-9,0.5", "/?zoom=5e-324,0", "/?mode=sequence&zoom=1,1e17", "/?zoom=1,-1e16"])(
    "%s is refused with a notice, and the chart drawn at its usual zoom",
    async (path) => {
      const { page, errors, close } = await openPage(browser, path, VIEWPORT);
      await linkNotice(page).getByText("is beyond any the chart allows").waitFor();
      await chart(page).locator("[data-ref]").first().waitFor();
      expect(await page.locator(".echoes-axis text").count()).toBeLessThanOrEqual(MOST_TICK_LABELS);
      expect(await zoomParam(page)).toBe(null);
      expect(errors).toEqual([]);
      await close();
    },
  );
});
