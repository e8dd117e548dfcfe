import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  computedColourOf,
  DARK_PALETTE,
  LIGHT_PALETTE,
  type Palette,
} from "../support/themePalettes";
import { closeContextsAfterEach, launchBrowser, openPage, saveScreenshot } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

/** The page's background, an intervention mark's fill and the colour scheme, as drawn. */
async function drawnColours(page: Page) {
  const mark = page.locator(".echoes-kind--intervention .echoes-mark__symbol").first();
  await mark.waitFor();
  return {
    background: await page
      .locator("html")
      .evaluate((root) => getComputedStyle(root).backgroundColor),
    mark: await mark.evaluate((symbol) => getComputedStyle(symbol).fill),
    scheme: await page.locator("html").evaluate((root) => getComputedStyle(root).colorScheme),
  };
}

function expected(palette: Palette, scheme: string) {
  return {
    background: computedColourOf(palette, "paper"),
    mark: computedColourOf(palette, "kind-intervention"),
    scheme,
  };
}

describe("the light and dark themes", () => {
  it.each([
    ["/?embed&theme=dark", "light", "dark"],
    ["/?embed&theme=light", "dark", "light"],
    ["/?embed", "dark", "dark"],
    ["/?embed", "light", "light"],
    ["/?embed&theme=sepia", "dark", "dark"],
    ["/?theme=dark", "light", "dark"],
  ] as const)(
    "%s, on a system set to %s, is drawn in the %s palette",
    async (path, system, theme) => {
      const { page, errors, close } = await openPage(browser, path, {
        viewport: { width: 800, height: 600 },
        colorScheme: system,
      });
      expect(await drawnColours(page)).toEqual(
        expected(theme === "dark" ? DARK_PALETTE : LIGHT_PALETTE, theme),
      );
      if (path === "/?embed&theme=dark") await saveScreenshot(page, "embed-dark");
      expect(errors).toEqual([]);
      await close();
    },
  );
});
