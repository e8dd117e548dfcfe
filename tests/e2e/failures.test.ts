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

describe("a part that cannot be shown", () => {
  it("is said in its place, and the rest of the page goes on working", async () => {
    // As after a deploy, when the code of a part loaded on demand is no longer on the server.
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      serviceWorkers: "block",
    });
    await context.route(/\/assets\/EventTable-[^/]*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(new URL("/?view=table", baseUrl()).href);

    const alert = page.getByRole("alert").filter({ hasText: "could not be shown" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Table of events could not be shown.");
    expect(await alert.getByRole("button", { name: "Reload the page" }).count()).toBe(1);
    const start = await alert
      .getByRole("link", { name: "Start again from the default view" })
      .getAttribute("href");
    expect(new URL(start ?? "").origin).toBe(new URL(baseUrl()).origin);
    // The header, the views and the tools are still there, and the timeline still draws.
    await page.getByRole("button", { name: "Timeline" }).click();
    await page.locator("svg.echoes-chart [data-ref]").first().waitFor();
    expect(await page.getByRole("alert").filter({ hasText: "could not be shown" }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("loads the part's code afresh when the reader tries again", async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      serviceWorkers: "block",
    });
    let connected = false;
    let refused = 0;
    // The connection drops while the table's code is first asked for, then comes back.
    await context.route(/\/assets\/EventTable-[^/]*\.js$/, (route) => {
      if (connected) return route.continue();
      refused += 1;
      return route.abort();
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(new URL("/?view=table", baseUrl()).href);
    const alert = page.getByRole("alert").filter({ hasText: "could not be shown" });
    await alert.waitFor();
    connected = true;
    await alert.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("table").first().waitFor();
    expect(await alert.count()).toBe(0);
    expect(refused).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
