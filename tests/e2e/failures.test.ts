import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, closeContextsAfterEach, launchBrowser } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

/** The class the table of events gives its table, a hook host pages may style: only its code has it. */
const TABLE_CODE = "echoes-event-table";

/**
 * The paths of the app's scripts that hold the table's code: found by following the imports of
 * the built app from its page, and known by what they hold rather than by their files' names,
 * which the build is free to change.
 */
async function tableScripts(): Promise<ReadonlySet<string>> {
  const page = await (await fetch(baseUrl())).text();
  const queue = [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map(
    ([, src]) => new URL(src ?? "", baseUrl()).href,
  );
  const seen = new Set<string>();
  const holding = new Set<string>();
  for (let url = queue.pop(); url !== undefined; url = queue.pop()) {
    if (seen.has(url)) continue;
    seen.add(url);
    const text = await (await fetch(url)).text();
    if (text.includes(TABLE_CODE)) holding.add(new URL(url).pathname);
    for (const [, imported] of text.matchAll(/["'`](\.{0,2}\/[^"'`\s]+\.js)["'`]/g)) {
      queue.push(new URL(imported ?? "", url).href);
    }
  }
  return holding;
}

/**
 * Refuses the scripts that draw the table of events while `refuse` says so; every other script
 * is served as it is. Returns how many times the table's code was refused.
 */
async function refuseTableCode(context: BrowserContext, refuse: () => boolean) {
  const table = await tableScripts();
  expect(table.size).toBeGreaterThan(0);
  const refused = { count: 0 };
  await context.route(
    (url) => table.has(url.pathname),
    (route) => {
      if (!refuse()) return route.continue();
      refused.count += 1;
      return route.abort();
    },
  );
  return refused;
}

describe("a part that cannot be shown", () => {
  it("is said in its place, and the rest of the page goes on working", async () => {
    // As after a deploy, when the code of a part loaded on demand is no longer on the server.
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      serviceWorkers: "block",
    });
    const refused = await refuseTableCode(context, () => true);
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
    expect(refused.count).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("loads the part's code afresh when the reader tries again", async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      serviceWorkers: "block",
    });
    let connected = false;
    // The connection drops while the table's code is first asked for, then comes back.
    const refused = await refuseTableCode(context, () => !connected);
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
    expect(refused.count).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
