import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURATED } from "../support/collectionFiles";
import { baseUrl, closeContextsAfterEach, launchBrowser, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

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
    for (const episode of CURATED.episodes) {
      expect(await page.locator(`.echoes-lane-frame[data-episode="${episode.id}"]`).count()).toBe(
        1,
      );
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

describe("the Studio, offline", () => {
  it("opens with the projects kept in this browser, and keeps editing them", async () => {
    const { page, errors, close } = await openPage(browser, "/?view=studio", {
      viewport: { width: 1280, height: 900 },
    });
    await page.getByLabel("Project name").fill("Kept offline");
    await page.getByRole("button", { name: "Start from nothing" }).click();
    await page.getByRole("status").filter({ hasText: "Saved in this browser" }).waitFor();
    await page.goto(new URL("/", baseUrl()).href);
    await chart(page).getByRole("button").first().waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await page.context().setOffline(true);
    await page.goto(new URL("/?view=studio", baseUrl()).href);
    const project = page.getByLabel("Project", { exact: true });
    await expect.poll(() => project.inputValue()).toBe("Kept offline");
    await page.getByLabel("Title", { exact: true }).first().fill("Written offline");
    await page.getByRole("status").filter({ hasText: "Saved in this browser" }).waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByLabel("Title", { exact: true }).first().inputValue())
      .toBe("Written offline");
    await offlineNotice(page).waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});

describe("a new version", () => {
  it("waits while tabs of the old one are open, and takes over only when the reader asks", async () => {
    const { page, errors, close } = await openPage(browser, "/", {
      viewport: { width: 1280, height: 900 },
    });
    await chart(page).getByRole("button").first().waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    /** The worker the page runs under, and the one waiting, by their script's address. */
    const workers = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        const path = (worker: ServiceWorker | null | undefined) =>
          worker ? new URL(worker.scriptURL).pathname + new URL(worker.scriptURL).search : null;
        return {
          controller: path(navigator.serviceWorker.controller),
          waiting: path(registration?.waiting),
        };
      });
    const offer = page.getByRole("status").filter({ hasText: "A new version of Echoes is ready." });

    // The next deploy's worker, for the same pages: here the same script by another address.
    await page.evaluate(async () => {
      await navigator.serviceWorker.register("/sw.js?next");
    });
    // Installed, it is offered, and waits: the tab keeps the version it started with.
    await offer.waitFor();
    expect(await workers()).toEqual({ controller: "/sw.js", waiting: "/sw.js?next" });

    // The reader asks: the new version takes over and the page reloads into it.
    await Promise.all([
      page.waitForEvent("load"),
      offer.getByRole("button", { name: "Reload to use it" }).click(),
    ]);
    await chart(page).getByRole("button").first().waitFor();
    // (Whatever waits next is the page registering its worker by its usual address again.)
    expect((await workers()).controller).toBe("/sw.js?next");
    expect(errors).toEqual([]);
    await close();
  });
});
