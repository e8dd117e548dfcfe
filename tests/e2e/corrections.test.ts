// The corrections log: its own view, loaded only when shown, newest first, with links to the
// events it touches on the timeline and back from an event's "corrected" mark to its entry.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeContextsAfterEach,
  launchBrowser,
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

const COLLECTION = "/fixtures/corrections/collection.json";
/** The class of the log's section: only the log's code has it. */
const LOG_CODE = "echoes-corrections-view";
const param = (page: Page, name: string) =>
  page.evaluate((key) => new URLSearchParams(window.location.search).get(key), name);
const entryIds = (page: Page) =>
  page.locator(".echoes-correction").evaluateAll((entries) => entries.map((entry) => entry.id));

describe("the corrections log", () => {
  it("opens from its link, follows an event to the timeline and comes back from its mark", async () => {
    const { page, errors, close } = await openPage(
      browser,
      `/?collection=${COLLECTION}&view=corrections`,
      { viewport: { width: 1440, height: 900 } },
    );
    await page.getByRole("heading", { level: 2, name: "Corrections" }).waitFor();
    expect(await pageHoldsCode(page, LOG_CODE)).toBe(true);
    expect(
      await page.getByRole("button", { name: "Corrections" }).getAttribute("aria-current"),
    ).toBe("page");
    await saveScreenshot(page, "corrections-laptop");
    expect(await entryIds(page)).toEqual([
      "echoes-correction-demonstration-crowd",
      "echoes-correction-tanks-passage",
      "echoes-correction-invasion-hour",
    ]);

    // Printed, the log is the page's content: every entry, without the page's tabs and tools.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".echoes-viewbar").isVisible()).toBe(false);
    expect(
      await page
        .locator(".echoes-correction")
        .evaluateAll((entries) => entries.filter((entry) => entry.checkVisibility()).length),
    ).toBe(3);
    await page.emulateMedia({ media: null });

    await page
      .getByRole("button", {
        name: "Hungary, 1956: Student demonstration in Budapest (23 October 1956)",
      })
      .click();
    const details = page.getByRole("complementary", { name: "Student demonstration in Budapest" });
    await details.waitFor();
    await expect.poll(() => param(page, "view")).toBeNull();
    expect(await param(page, "event")).toBe("hungary-1956/demonstration");
    expect(
      await page
        .getByRole("group", { name: /^Timeline/ })
        .getByRole("button", { name: /^Student demonstration in Budapest/ })
        .count(),
    ).toBeGreaterThan(0);

    await saveScreenshot(page, "corrections-mark");
    await details
      .getByRole("button", { name: "Corrected 4 December 2026: read the correction" })
      .click();
    await expect.poll(() => param(page, "view")).toBe("corrections");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("echoes-correction-demonstration-crowd");
    expect(errors).toEqual([]);
    await close();
  });

  it("is not part of the first load", async () => {
    const { page, errors, close } = await openPage(browser, `/?collection=${COLLECTION}`, {
      viewport: { width: 1440, height: 900 },
    });
    await page
      .getByRole("group", { name: /^Timeline/ })
      .getByRole("button")
      .first()
      .waitFor();
    // Until the log is shown, the page has not loaded its code.
    expect(await pageHoldsCode(page, LOG_CODE)).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it("fits a phone 360 px wide: one row of views, cards that do not scroll sideways, marks in the sheet", async () => {
    const { page, errors, close } = await openPage(
      browser,
      `/?collection=${COLLECTION}&view=corrections`,
      { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true },
    );
    await page.locator(".echoes-correction").first().waitFor();
    await saveScreenshot(page, "corrections-phone");
    const overflow = await page.evaluate(() => {
      const wider = (element: Element | null) =>
        element ? element.scrollWidth - element.clientWidth : Number.NaN;
      return {
        page: wider(document.documentElement),
        views: wider(document.querySelector(".echoes-views")),
        cards: [...document.querySelectorAll(".echoes-correction")].map(wider),
      };
    });
    expect(overflow.page).toBeLessThanOrEqual(1);
    expect(overflow.views).toBeLessThanOrEqual(1);
    expect(overflow.cards.every((width) => width <= 1)).toBe(true);
    expect(await page.getByText("Fixes", { exact: true }).isVisible()).toBe(true);

    // On a phone the event opens in the details sheet, whose mark leads back to the entry.
    await page
      .getByRole("button", { name: /^Czechoslovakia, 1968: Warsaw Pact invasion/ })
      .first()
      .click();
    const sheet = page.getByRole("dialog", { name: "Event details" });
    await sheet.getByRole("heading", { name: "Warsaw Pact invasion" }).waitFor();
    await sheet
      .getByRole("button", { name: "Corrected 2 November 2026: read the correction" })
      .click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe("echoes-correction-invasion-hour");
    expect(errors).toEqual([]);
    await close();
  });
});
