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

describe("the embed view", () => {
  it("shows the timeline with a title and a link to the full app, without the article when asked", async () => {
    const { page, errors, requested, close } = await openPage(browser, "/?embed&article=off", {
      viewport: { width: 600, height: 400 },
    });
    const chart = page.getByRole("group", { name: /^Timeline/ });
    await chart.getByRole("button").first().waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Hungary 1956");
    expect(await page.getByRole("region", { name: "The article" }).count()).toBe(0);
    expect(await page.getByText("All events, by episode").count()).toBe(0);
    const full = page.getByRole("link", { name: /^Open in Echoes/ });
    expect(new URL((await full.getAttribute("href")) ?? "").search).toBe("");
    expect(await full.getAttribute("target")).toBe("_blank");
    await chart.getByRole("button", { name: /^Warsaw Pact invasion/ }).click();
    await page.getByRole("complementary", { name: "Warsaw Pact invasion" }).waitFor();
    await saveScreenshot(page, "embed-600x400");
    expect(requested.filter((path) => path.includes("/ArticleReader-"))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("shows the article beside the timeline unless told not to, loading its code only then", async () => {
    const { page, errors, requested, close } = await openPage(browser, "/?embed", {
      viewport: { width: 1000, height: 700 },
    });
    await page.getByRole("region", { name: "The article" }).waitFor();
    expect(requested.some((path) => path.includes("/ArticleReader-"))).toBe(true);
    expect(
      await page
        .getByRole("group", { name: /^Timeline/ })
        .getByRole("button")
        .count(),
    ).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await close();
  });
});
