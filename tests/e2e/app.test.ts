import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURATED } from "../support/collectionFiles";
import {
  closeContextsAfterEach,
  launchBrowser,
  openAllEvents,
  openPage,
  pageHoldsCode,
  saveScreenshot,
} from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

describe("the app in Chromium", () => {
  it("loads the matrix's and the table's code once the chart is drawn and the page is idle", async () => {
    const { page, errors, close } = await openPage(browser, "/");
    await page.locator("[data-ref]").first().waitFor();
    // Classes only each view's code gives.
    await expect
      .poll(() => pageHoldsCode(page, "echoes-event-table__gap"), { timeout: 15_000 })
      .toBe(true);
    expect(await pageHoldsCode(page, "echoes-matrix-view")).toBe(true);
    const scriptsAsked: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scriptsAsked.push(request.url());
    });
    // Code already in draws the view at once, with no "Loading" in between.
    await page.evaluate(() => {
      const seen = document.createElement("meta");
      seen.id = "loading-seen";
      new MutationObserver(() => {
        if (document.querySelector(".echoes-loading")) document.head.append(seen);
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole("button", { name: "Table of events" }).click();
    await page.locator("table tbody tr").first().waitFor();
    expect(scriptsAsked).toEqual([]);
    expect(await page.locator("#loading-seen").count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it("loads a view's code when its tab is pointed at, before the click", async () => {
    const { page, errors, close } = await openPage(browser, "/");
    await page.locator("[data-ref]").first().waitFor();
    expect(await pageHoldsCode(page, "echoes-corrections-view")).toBe(false);
    await page.getByRole("button", { name: "Corrections" }).hover();
    await expect
      .poll(() => pageHoldsCode(page, "echoes-corrections-view"), { timeout: 15_000 })
      .toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it("shows the three curated episodes with no console errors", async () => {
    const { page, errors, close } = await openPage(browser, "/");
    await page.getByRole("heading", { level: 1 }).filter({ hasText: "Hungary 1956" }).waitFor();
    await openAllEvents(page);
    const episodes = await page.locator(".echoes-episode h2").allTextContents();
    expect(episodes).toEqual(CURATED.episodes.map((episode) => episode.title));
    const invasion = page.getByRole("article", { name: "Warsaw Pact invasion" });
    expect(await invasion.locator("time").textContent()).toMatch(
      /^20 August 1968 at 23:00\s–\s21 August 1968$/,
    );
    const source = invasion
      .getByRole("link", {
        name: "Warsaw Pact invasion of Czechoslovakia (opens in a new tab)",
      })
      .first();
    expect(await source.getAttribute("href")).toBe(
      "https://en.wikipedia.org/wiki/Warsaw_Pact_invasion_of_Czechoslovakia",
    );
    const sourceLinks = await page.locator(".echoes-event__sources a").count();
    expect(sourceLinks).toBeGreaterThanOrEqual(await page.getByRole("article").count());
    expect(await page.getByRole("region", { name: /could not be loaded/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it("shows the valid parts of a collection with broken files, and a notice that can be dismissed", async () => {
    const { page, errors, close } = await openPage(
      browser,
      "/?collection=/fixtures/broken/collection.json",
    );
    const notice = page.getByRole("region", {
      name: /Part of this collection could not be loaded/,
    });
    await notice.waitFor();
    await openAllEvents(page);
    const text = await notice.textContent();
    expect(text).toContain(
      'episodes/prague-1968.json: events[1].date: "1968-13-01" is not a date (month 13)',
    );
    expect(text).toContain("episodes/syntax-error.json: is not valid JSON: line 8, column 1");
    expect(text).toMatch(
      /episodes\/missing.json: could not be read \(.*missing.json is a web page, not a JSON file/,
    );
    expect(
      await page.getByRole("region", { name: "The Hungarian Revolution of 1956" }).isVisible(),
    ).toBe(true);
    expect(
      await page.getByRole("article", { name: "Dubček becomes First Secretary" }).isVisible(),
    ).toBe(true);
    await saveScreenshot(page, "broken-collection-notice");
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await notice.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await close();
  });

  it("shows an error page for a collection that cannot be read", async () => {
    const { page, close } = await openPage(
      browser,
      "/?collection=/fixtures/no-such-collection.json",
    );
    const error = page.getByRole("region", { name: "This collection could not be loaded" });
    await error.waitFor();
    expect(await error.textContent()).toContain("no-such-collection.json: could not be read");
    await error.getByRole("link", { name: "Open the curated collection instead" }).click();
    await page.getByRole("group", { name: /^Timeline/ }).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Hungary 1956");
    await close();
  });

  it.each(["America/Los_Angeles", "UTC", "Asia/Almaty"])(
    "shows calendar dates unchanged in the time zone %s",
    async (timezoneId) => {
      const { page, close } = await openPage(browser, "/", { timezoneId });
      const offset = await page.evaluate(() =>
        new Date(Date.UTC(1968, 7, 20, 12)).getTimezoneOffset(),
      );
      expect(offset === 0).toBe(timezoneId === "UTC");
      await openAllEvents(page);
      const dates = page
        .getByRole("article", { name: "Dubček elected First Secretary" })
        .locator("time");
      expect(await dates.textContent()).toBe("5 January 1968");
      const priceRise = page.getByRole("article", { name: "LPG price cap lifted" }).locator("time");
      expect(await priceRise.textContent()).toBe("1 January 2022");
      await close();
    },
  );

  it.each([
    ["phone", 360, 800],
    ["desktop", 1440, 900],
  ])("fits a %s screen (%i px wide) without sideways scrolling", async (name, width, height) => {
    const { page, close } = await openPage(browser, "/", { viewport: { width, height } });
    await openAllEvents(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, `curated-${name}`);
    await close();
  });
});
