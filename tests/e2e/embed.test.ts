import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURATED } from "../support/collectionFiles";
import { computedColourOf, DARK_PALETTE, LIGHT_PALETTE } from "../support/themePalettes";
import {
  closeContextsAfterEach,
  launchBrowser,
  openPage,
  pageHoldsCode,
  saveScreenshot,
} from "./browser";
import { DAY_ZERO_MARK } from "./chartGeometry";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

/** The classes of the article reader and of the Embed dialog: each only in its part's code. */
const ARTICLE_CODE = "echoes-reader";
const DIALOG_CODE = "echoes-embed-dialog";

describe("the embed view", () => {
  it("shows the timeline with a title and a link to the full app, without the article when asked", async () => {
    const { page, errors, close } = await openPage(browser, "/?embed&article=off", {
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
    await page.locator(`svg.echoes-chart [data-ref="${DAY_ZERO_MARK}"]`).click();
    await page.locator(".echoes-details:not(.echoes-details--empty) h2").waitFor();
    await saveScreenshot(page, "embed-600x400");
    expect(await pageHoldsCode(page, ARTICLE_CODE)).toBe(false);
    await page.getByText("Sequence", { exact: true }).click();
    await full.focus();
    const opened = new URL((await full.getAttribute("href")) ?? "");
    expect(opened.searchParams.get("mode")).toBe("sequence");
    expect(opened.searchParams.has("embed")).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it("shows the article beside the timeline unless told not to, loading its code only then", async () => {
    const { page, errors, close } = await openPage(browser, "/?embed", {
      viewport: { width: 1000, height: 700 },
    });
    await page.getByRole("region", { name: "The article" }).waitFor();
    expect(await pageHoldsCode(page, ARTICLE_CODE)).toBe(true);
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

describe("the embed in its box", () => {
  it.each([
    ["600 x 400, the timeline alone", "/?embed&article=off", 600, 400],
    ["320 x 480, a phone's column", "/?embed&article=off", 320, 480],
    ["1000 x 560, with the article", "/?embed", 1000, 560],
  ] as const)(
    "fits %s with no scrollbar of its own, every lane drawn",
    async (_name, path, width, height) => {
      const { page, errors, close } = await openPage(browser, path, {
        viewport: { width, height },
      });
      const chart = page.locator("svg.echoes-chart");
      await chart.locator("[data-ref]").first().waitFor();
      const fits = () =>
        page.evaluate(() => {
          const root = document.documentElement;
          return root.scrollHeight <= root.clientHeight && root.scrollWidth <= root.clientWidth;
        });
      expect(await fits()).toBe(true);
      // The chart is drawn whole inside its frame, its overview strip and the attribution below it.
      const frame = await page.locator(".echoes-chart-frame").boundingBox();
      const drawn = await chart.boundingBox();
      const strip = await page.locator(".echoes-overview-strip").boundingBox();
      if (!frame || !drawn || !strip) throw new Error("no chart");
      expect(drawn.y + drawn.height).toBeLessThanOrEqual(strip.y + 0.5);
      expect(strip.y + strip.height).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
      expect(await chart.locator(".echoes-lane__label").count()).toBe(CURATED.episodes.length);
      const attribution = await page.getByRole("link", { name: /^Open in Echoes/ }).boundingBox();
      expect((attribution?.y ?? height) + (attribution?.height ?? 0)).toBeLessThanOrEqual(height);

      // A chosen event's details come over the chart and scroll on their own.
      await chart.locator(`[data-ref="${DAY_ZERO_MARK}"]`).click();
      const details = page.locator(".echoes-details:not(.echoes-details--empty)");
      await details.waitFor();
      expect(await details.isVisible()).toBe(true);
      expect(await fits()).toBe(true);
      expect(errors).toEqual([]);
      await close();
    },
  );
});

/** The iframe's address in the embed code. */
function snippetAddress(snippet: string): URL {
  return new URL(/src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, "&") ?? "");
}

describe("the Embed dialog", () => {
  it("builds the code for the current view, with a live preview, loading its code only when opened", async () => {
    const { page, errors, close } = await openPage(browser, "/?mode=sequence", {
      viewport: { width: 1280, height: 900 },
    });
    await page
      .getByRole("group", { name: /^Timeline/ })
      .getByRole("button")
      .first()
      .waitFor();
    expect(await pageHoldsCode(page, DIALOG_CODE)).toBe(false);
    await page.getByRole("button", { name: /^Share/ }).click();
    await page.getByRole("button", { name: /^Embed/ }).click();
    const dialog = page.getByRole("dialog", { name: "Embed this view" });
    await dialog.waitFor();
    expect(await pageHoldsCode(page, DIALOG_CODE)).toBe(true);

    const code = dialog.getByRole("textbox", { name: "Code for your page" });
    const snippet = (await code.inputValue()) ?? "";
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, "&") ?? "";
    const address = new URL(src);
    expect(address.searchParams.has("embed")).toBe(true);
    expect(address.searchParams.get("article")).toBe("off");
    expect(address.searchParams.get("mode")).toBe("sequence");
    expect(address.searchParams.has("compact")).toBe(true);
    expect(snippet).toContain("height: 860px");
    expect(snippet).toContain(`<script src="${address.origin}/embed.js" async></script>`);

    await dialog.getByRole("checkbox", { name: "Show the article" }).check();
    await dialog.getByRole("spinbutton", { name: "Height in pixels" }).fill("720");
    const changed = await code.inputValue();
    expect(changed).not.toContain("article=off");
    expect(changed).toContain("height: 720px");

    const preview = dialog.frameLocator("iframe");
    await preview
      .getByRole("group", { name: /^Timeline/ })
      .getByRole("button")
      .first()
      .waitFor();
    expect(await preview.getByRole("radio", { name: "Sequence" }).isChecked()).toBe(true);
    await saveScreenshot(page, "embed-dialog");

    // The theme reaches the code and the preview; by default the embed follows each reader's.
    const theme = dialog.getByRole("combobox", { name: "Theme" });
    const frame = dialog.locator("iframe");
    expect(address.searchParams.has("theme")).toBe(false);
    for (const choice of ["dark", "light"]) {
      await theme.selectOption(choice);
      expect(snippetAddress(await code.inputValue()).searchParams.get("theme")).toBe(choice);
      expect(new URL((await frame.getAttribute("src")) ?? "").searchParams.get("theme")).toBe(
        choice,
      );
      const previewRoot = preview.locator(`html[data-theme="${choice}"]`);
      await previewRoot.waitFor({ state: "attached" });
      expect(await previewRoot.evaluate((root) => getComputedStyle(root).backgroundColor)).toBe(
        computedColourOf(choice === "dark" ? DARK_PALETTE : LIGHT_PALETTE, "paper"),
      );
    }
    await theme.selectOption({ label: "Follow the reader's setting" });
    expect(snippetAddress(await code.inputValue()).searchParams.has("theme")).toBe(false);
    expect(new URL((await frame.getAttribute("src")) ?? "").searchParams.has("theme")).toBe(false);

    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "hidden" });
    // The preview reloads as the options change, which cancels its own requests.
    expect(errors.filter((error) => !error.startsWith("request failed:"))).toEqual([]);
    await close();
  });
});
