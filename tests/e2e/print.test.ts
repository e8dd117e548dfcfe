import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage, saveScreenshot } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("printing a handout", () => {
  it("prints the timeline fitted to the page, then the events in view with dates and sources", async () => {
    const { page, errors, close } = await openPage(
      browser,
      "/?mode=sequence&event=prague-1968/warsaw-pact-invasion",
      { viewport: { width: 1440, height: 900 } },
    );
    await page.getByRole("complementary", { name: "Warsaw Pact invasion" }).waitFor();
    // The table's code loads once the page is idle; the browser says "beforeprint" when printing starts.
    await expect
      .poll(async () => {
        await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
        return page.locator(".echoes-print-table").count();
      })
      .toBe(1);
    await page.emulateMedia({ media: "print" });

    const table = page.getByRole("table", { name: /^Events in view/ });
    expect(await table.isVisible()).toBe(true);
    const rows = await table.locator("tbody tr").allTextContents();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.join("\n")).toMatch(/Czechoslovakia, 1968.*Warsaw Pact invasion.*https:\/\//);
    expect(await page.getByRole("button", { name: "Copy link" }).isVisible()).toBe(false);
    expect(await page.getByRole("region", { name: "The article" }).isVisible()).toBe(false);
    const chartBox = await page.getByRole("group", { name: /^Timeline/ }).boundingBox();
    expect(chartBox?.width).toBeGreaterThan(600);

    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString("ascii")).toBe("%PDF-");
    const dir = join(import.meta.dirname, "screenshots");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "handout.pdf"), pdf);
    await page.setViewportSize({ width: 794, height: 1123 });
    await saveScreenshot(page, "handout-print-media");
    expect(errors).toEqual([]);
    await close();
  });
});
