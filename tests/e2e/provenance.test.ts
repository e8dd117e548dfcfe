import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeContextsAfterEach, launchBrowser, openPage, saveScreenshot } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

const TWO_ROWS = join(import.meta.dirname, "..", "fixtures", "csv", "two-rows.csv");
const SAMPLE = "/fixtures/sample/collection.json";
const PROJECTOR = { viewport: { width: 1920, height: 1080 } };

describe("where a collection comes from", () => {
  it("says nothing beside the curated collection's title", async () => {
    const { page, errors, close } = await openPage(browser, "/");
    await page.getByRole("heading", { level: 1 }).filter({ hasText: "Hungary 1956" }).waitFor();
    await page
      .getByRole("group", { name: /^Timeline/ })
      .getByRole("button")
      .first()
      .waitFor();
    expect(await page.locator(".echoes-origin").count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it("names the address of a collection from ?collection= beside its title", async () => {
    const { page, errors, close } = await openPage(browser, `/?collection=${SAMPLE}`);
    await page.getByRole("heading", { level: 1, name: "Sample collection" }).waitFor();
    const origin = page.locator(".echoes-masthead .echoes-origin");
    expect(await origin.textContent()).toBe(
      `From ${SAMPLE} on this site · not Echoes' curated collection`,
    );
    expect(await origin.getAttribute("title")).toMatch(new RegExp(`^http://[^/]+${SAMPLE}$`));
    await saveScreenshot(page, "provenance-address");
    expect(errors).toEqual([]);
    await close();
  });

  it("names the reader's files, and nothing once the curated collection is back", async () => {
    const { page, errors, close } = await openPage(browser, "/");
    await page.getByLabel("Open your own files…").waitFor({ state: "attached" });
    await page
      .getByLabel("Open your own files…")
      .setInputFiles([
        { name: "two-rows.csv", mimeType: "text/csv", buffer: readFileSync(TWO_ROWS) },
      ]);
    await page.getByRole("heading", { level: 1, name: "Your files" }).waitFor();
    expect(await page.locator(".echoes-masthead .echoes-origin").textContent()).toBe(
      "From your file two-rows.csv · not Echoes' curated collection",
    );
    await page.getByRole("link", { name: "Back to the curated collection" }).click();
    await page.getByRole("heading", { level: 1 }).filter({ hasText: "Hungary 1956" }).waitFor();
    expect(await page.locator(".echoes-origin").count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it("names it in the embed too", async () => {
    const { page, errors, close } = await openPage(browser, `/?embed&collection=${SAMPLE}`, {
      viewport: { width: 640, height: 700 },
    });
    await page.getByRole("heading", { level: 1, name: "Sample collection" }).waitFor();
    expect(await page.locator(".echoes-embed__header .echoes-origin").textContent()).toContain(
      `From ${SAMPLE} on this site`,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it("names it on the projector, with what the link asked for that could not be restored", async () => {
    const { page, errors, close } = await openPage(
      browser,
      `/?collection=${SAMPLE}&lesson=sample-lesson&stop=99`,
      PROJECTOR,
    );
    await page.locator(".echoes-presenter").waitFor();
    expect(await page.locator(".echoes-presenter__bar .echoes-origin").textContent()).toContain(
      `From ${SAMPLE} on this site`,
    );
    const notice = page.getByRole("region", {
      name: "Part of this link's view could not be restored",
    });
    expect(await notice.textContent()).toContain("the lesson has no stop");
    expect(await notice.isVisible()).toBe(true);
    await saveScreenshot(page, "provenance-presenter");
    expect(errors).toEqual([]);
    await close();
  });
});
