import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, closeContextsAfterEach, launchBrowser, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

const origin = () => new URL(baseUrl()).origin;
// Joined by hand: resolved as a URL, `//x` would name the host x instead of a path on this one.
const address = (path: string) => `${origin()}${path}`;
const chart = (page: Page) => page.getByRole("group", { name: /^Timeline/ });
const originOfLink = async (page: Page, name: string) => {
  const href = await page.getByRole("link", { name }).getAttribute("href");
  return new URL(href ?? "", page.url()).origin;
};

describe("addresses whose path starts with several slashes", () => {
  it.each(["//?mode=calendar", "///?mode=calendar", "//evil.example/?mode=calendar"])(
    "draws the view %s asks for and keeps the address on this site",
    async (path) => {
      const { page, errors, close } = await openPage(browser, address(path));
      await chart(page).getByRole("button").first().waitFor();
      expect(await page.getByRole("radio", { name: "Calendar" }).isChecked()).toBe(true);
      const shown = new URL(page.url());
      expect(shown.origin).toBe(origin());
      expect(shown.pathname).not.toMatch(/^\/\//);
      expect(shown.searchParams.get("mode")).toBe("calendar");

      await page.getByText("Sequence", { exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get("mode")).toBe("sequence");
      expect(new URL(page.url()).origin).toBe(origin());
      expect(errors).toEqual([]);
      await close();
    },
  );

  it("offers the curated collection on this site when a linked collection fails", async () => {
    const { page, close } = await openPage(
      browser,
      address("//evil.example/?collection=/nope.json"),
    );
    await page.getByRole("region", { name: "This collection could not be loaded" }).waitFor();
    expect(await originOfLink(page, "Open the curated collection instead")).toBe(origin());
    await close();
  });

  it("leads back to the curated collection on this site from the reader's own files", async () => {
    const { page, errors, close } = await openPage(browser, address("//evil.example/"));
    await chart(page).getByRole("button").first().waitFor();
    await page.getByLabel("Open your own files…").setInputFiles([
      {
        name: "two-rows.csv",
        mimeType: "text/csv",
        buffer: readFileSync(join(import.meta.dirname, "..", "fixtures", "csv", "two-rows.csv")),
      },
    ]);
    await page.getByRole("heading", { level: 1, name: "Your files" }).waitFor();
    expect(await originOfLink(page, "Back to the curated collection")).toBe(origin());
    expect(errors).toEqual([]);
    await close();
  });
});
