import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const OFFLINE_NOTICE = "You are offline. Echoes is showing the copy saved on this device.";
const chart = (page: Page) => page.getByRole("group", { name: /^Timeline/ });
const offlineNotice = (page: Page) => page.getByRole("status").filter({ hasText: OFFLINE_NOTICE });

async function openOffline(page: Page, path: string) {
  await page.goto(new URL(path, baseUrl()).href);
  await chart(page).getByRole("button").first().waitFor();
}

describe("offline, after one visit", () => {
  it("opens deep links and embeds from the saved copy, saying so until the network is back", async () => {
    const { page, errors, close } = await openPage(browser, "/", {
      viewport: { width: 1280, height: 900 },
    });
    const origins = new Set<string>();
    page.context().on("request", (request) => origins.add(new URL(request.url()).origin));
    await chart(page).getByRole("button").first().waitFor();
    expect(await offlineNotice(page).count()).toBe(0);
    // The worker registers once the first view is drawn, precaches everything, then takes the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await page.context().setOffline(true);
    await openOffline(page, "/?mode=calendar&event=prague-1968/warsaw-pact-invasion");
    expect(await page.getByRole("radio", { name: "Calendar" }).isChecked()).toBe(true);
    const details = page.getByRole("complementary", { name: "Warsaw Pact invasion" });
    await details.waitFor();
    expect(await details.textContent()).toContain("Soviet units landed at Prague's Ruzyně airport");
    for (const episode of ["hungary-1956", "prague-1968", "kazakhstan-2022"]) {
      expect(await page.locator(`.echoes-lane-frame[data-episode="${episode}"]`).count()).toBe(1);
    }
    await offlineNotice(page).waitFor();

    await openOffline(page, "/?embed&mode=sequence");
    await page.getByRole("region", { name: "The article" }).waitFor();
    expect(await offlineNotice(page).count()).toBe(1);

    await page.context().setOffline(false);
    await expect.poll(() => offlineNotice(page).count()).toBe(0);
    expect(errors).toEqual([]);
    // The worker too asks nothing of any other origin.
    expect([...origins]).toEqual([new URL(baseUrl()).origin]);
    await close();
  });
});

describe("a new version", () => {
  it("waits while tabs of the old one are open, and takes over only when the reader asks", async () => {
    const worker = await (await fetch(new URL("/sw.js", baseUrl()))).text();
    // The one call to skipWaiting answers the page's "Reload to use it" (src/app/newVersion.ts).
    expect(worker.match(/self\.skipWaiting\(\)/g)).toHaveLength(1);
    expect(worker).toMatch(/"SKIP_WAITING"\s*===\s*\w+\.data\.type\s*&&\s*self\.skipWaiting\(\)/);
  });
});
