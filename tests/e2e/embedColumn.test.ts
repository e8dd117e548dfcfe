import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  baseUrl,
  closeContextsAfterEach,
  launchBrowser,
  openPage,
  saveScreenshot,
} from "./browser";
import { DAY_ZERO_MARK } from "./chartGeometry";

let browser: Browser;
let host: Server;
let hostUrl: string;

/**
 * A news page on another origin with the embed in a column of the given width: its code is the
 * `code` parameter (the dialog's snippet), else an iframe of `src` that embed.js sizes. The page
 * keeps every height the embed posts, whether or not the script is on it.
 */
function hostPage(query: URLSearchParams) {
  const width = Number(query.get("width"));
  const code =
    query.get("code") ??
    `<iframe data-echoes-embed src="${query.get("src")}" title="Echoes"
             style="width: 100%; height: 600px; border: 0"></iframe>
     <script src="${new URL(baseUrl()).origin}/embed.js"></script>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An explainer</title></head>
<body style="margin: 0; font-family: sans-serif">
  <article style="width: ${width}px; margin: 0 auto">
    <h1>An explainer</h1>
    <p>The story so far.</p>
    ${code}
    <p>The story goes on.</p>
  </article>
</body></html>`;
}

const POSTED_LOG = `window.posted = []; window.flushes = 0; addEventListener("message", (event) => {
  if (event.data?.type === "echoes:resize") window.posted.push(event.data.height);
  if (event.data === "echoes-test:flush") window.flushes += 1;
});`;

/**
 * Waits until the host has every height the embed has asked for once it is drawn whole: the
 * parts that come after the chart are there, the embed has drawn two frames since (its sizes are
 * observed as it draws), and a message it posts after them has arrived, as messages from one
 * window arrive in the order they were sent.
 */
async function allHeightsPosted(page: Page, embed: FrameLocator) {
  await embed.locator(".echoes-overview-strip").waitFor({ state: "attached" });
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  if (!frame) throw new Error("no embed");
  const flushes = await page.evaluate(() => (window as unknown as { flushes: number }).flushes);
  await frame.evaluate(async () => {
    await document.fonts.ready;
    for (let count = 0; count < 2; count += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    window.parent.postMessage("echoes-test:flush", "*");
  });
  await page.waitForFunction(
    (before) => (window as unknown as { flushes: number }).flushes > before,
    flushes,
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
  host = createServer((request, response) => {
    const query = new URL(request.url ?? "/", "http://host").searchParams;
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(hostPage(query));
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});
closeContextsAfterEach(() => browser);

/** Opens the host page with the embed in a column `width` wide and waits for its chart. */
async function openColumn(width: number, params: Record<string, string>) {
  const context = await browser.newContext({ viewport: { width: width + 200, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(POSTED_LOG);
  await page.goto(`${hostUrl}?${new URLSearchParams({ width: String(width), ...params })}`);
  const embed = page.frameLocator("iframe");
  await embed.locator("svg.echoes-chart [data-ref]").first().waitFor();
  return { page, embed, errors, close: () => context.close() };
}

const frameBox = async (page: Page) => {
  const box = await page.locator("iframe").boundingBox();
  if (!box) throw new Error("no iframe");
  return box;
};

/** The iframe's height, once the script has sized it to what the embed asked for last. */
async function settledHeight(page: Page) {
  await expect
    .poll(async () => {
      const posted = await page.evaluate(() => (window as unknown as { posted: number[] }).posted);
      return Math.abs((await frameBox(page)).height - (posted.at(-1) ?? 0));
    })
    .toBeLessThanOrEqual(1);
  return (await frameBox(page)).height;
}

const chartWidth = async (embed: FrameLocator) =>
  (await embed.locator(".echoes-chart-frame").boundingBox())?.width ?? 0;

describe("an embed in an article's column", () => {
  it.each([
    [640, "/?embed&article=off"],
    [640, "/?embed&article=off&compact"],
    [1000, "/?embed&article=off"],
  ])(
    "at %i px wide and the height it asks for, %s gives the chart the frame's full width",
    async (width, path) => {
      const { page, embed, errors, close } = await openColumn(width, {
        src: new URL(path, baseUrl()).href,
      });
      await settledHeight(page);
      const frame = await frameBox(page);
      expect(frame.width).toBe(width);
      expect(await chartWidth(embed)).toBeGreaterThanOrEqual(0.95 * frame.width);

      // A chosen event's details come over the chart, which keeps its width.
      await embed.locator(`svg.echoes-chart [data-ref="${DAY_ZERO_MARK}"]`).click();
      const details = embed.locator(".echoes-details:not(.echoes-details--empty)");
      await details.locator("h2").waitFor();
      const shown = await details.boundingBox();
      if (!shown) throw new Error("no details");
      expect(shown.x + shown.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      expect(await chartWidth(embed)).toBeGreaterThanOrEqual(0.95 * frame.width);
      if (width === 640 && path.endsWith("compact")) await saveScreenshot(page, "embed-column-640");
      expect(errors).toEqual([]);
      await close();
    },
  );

  it("with the article at 640 px, switches between the timeline and the article", async () => {
    const { page, embed, errors, close } = await openColumn(640, {
      src: new URL("/?embed&compact", baseUrl()).href,
    });
    const frame = await frameBox(page);
    const switcher = embed.getByRole("tablist", { name: "Timeline or article" });
    const timelineTab = switcher.getByRole("tab", { name: "Timeline" });
    const articleTab = switcher.getByRole("tab", { name: "Article" });
    // Out of sight, the article is out of the accessibility tree too: found by its class.
    const reader = embed.locator(".echoes-reader");
    const article = embed.getByRole("region", { name: "The article" });
    const chart = embed.locator("svg.echoes-chart");
    expect(await timelineTab.getAttribute("aria-selected")).toBe("true");
    expect(await chart.isVisible()).toBe(true);
    expect(await chartWidth(embed)).toBeGreaterThanOrEqual(0.95 * frame.width);
    await expect.poll(() => reader.count()).toBe(1);
    expect(await reader.isVisible()).toBe(false);
    expect(await article.count()).toBe(0);

    await articleTab.click();
    await article.waitFor();
    expect(await articleTab.getAttribute("aria-selected")).toBe("true");
    expect(await chart.isVisible()).toBe(false);
    const articleBox = await article.boundingBox();
    expect(articleBox?.width).toBeGreaterThanOrEqual(0.9 * frame.width);
    await saveScreenshot(page, "embed-column-640-article");

    // A passage chosen in the article shows the timeline, its event chosen, with the details.
    await article
      .getByRole("button", { name: /^“Russian paratroopers, or “peacekeeping forces” arrived/ })
      .click();
    await chart.waitFor();
    expect(await timelineTab.getAttribute("aria-selected")).toBe("true");
    expect(await reader.isVisible()).toBe(false);
    const mark = chart.getByRole("button", { name: /^CSTO force arrives/ });
    await expect.poll(() => mark.getAttribute("aria-pressed")).toBe("true");
    await embed.getByRole("complementary", { name: "CSTO force arrives" }).waitFor();
    // Focus, left on the passage out of sight, moves to the switch.
    await expect
      .poll(() => timelineTab.evaluate((tab) => tab === document.activeElement))
      .toBe(true);
    await saveScreenshot(page, "embed-column-640-passage");

    // "Show in the article" in the details shows the article, at the passage.
    await embed.getByRole("button", { name: "Show in the article" }).first().click();
    await article.waitFor();
    expect(await articleTab.getAttribute("aria-selected")).toBe("true");
    const pinned = embed.locator(".echoes-passage.is-pinned");
    await expect.poll(() => pinned.isVisible()).toBe(true);
    const pane = await embed.locator(".echoes-embed__pane--article").boundingBox();
    const passage = await pinned.boundingBox();
    if (!pane || !passage) throw new Error("no article pane or passage");
    expect(passage.y).toBeGreaterThanOrEqual(pane.y);
    expect(passage.y).toBeLessThan(pane.y + pane.height);
    await expect
      .poll(() => articleTab.evaluate((tab) => tab === document.activeElement))
      .toBe(true);

    // The arrow keys move between the two, as in any tab list.
    await articleTab.press("ArrowLeft");
    await chart.waitFor();
    await timelineTab.press("ArrowRight");
    await article.waitFor();
    await articleTab.press("ArrowLeft");
    await chart.waitFor();
    expect(await reader.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it("with the article at 1000 px, sets it beside the timeline, with no switch", async () => {
    const { page, embed, errors, close } = await openColumn(1000, {
      src: new URL("/?embed", baseUrl()).href,
    });
    const article = embed.getByRole("region", { name: "The article" });
    await article.waitFor();
    expect(await embed.getByRole("tablist").count()).toBe(0);
    const chart = await embed.locator(".echoes-chart-frame").boundingBox();
    const beside = await article.boundingBox();
    if (!chart || !beside) throw new Error("no chart or article");
    expect(beside.x).toBeGreaterThanOrEqual(chart.x + chart.width);
    expect(chart.width).toBeGreaterThanOrEqual(0.5 * (await frameBox(page)).width);
    expect(errors).toEqual([]);
    await close();
  });
});

describe("the Embed dialog's code in a 640 px column", () => {
  it.each([
    ["the timeline alone", false],
    ["with the article", true],
  ])(
    "at the dialog's default height holds the compact embed, %s, with no scrollbar and no need to grow",
    async (_name, withArticle) => {
      const app = await openPage(browser, "/?mode=sequence", {
        viewport: { width: 1280, height: 900 },
      });
      await app.page.locator("svg.echoes-chart [data-ref]").first().waitFor();
      await app.page.getByRole("button", { name: /^Share/ }).click();
      await app.page.getByRole("button", { name: /^Embed/ }).click();
      const dialog = app.page.getByRole("dialog", { name: "Embed this view" });
      if (withArticle) await dialog.getByRole("checkbox", { name: "Show the article" }).check();
      expect(
        await dialog
          .getByRole("checkbox", { name: "Compact, for an article's column" })
          .isChecked(),
      ).toBe(true);
      const code = await dialog.getByRole("textbox", { name: "Code for your page" }).inputValue();
      await app.close();
      const height = Number(/height: (\d+)px/.exec(code)?.[1]);
      expect(code).toContain("compact");
      expect(code).toContain("mode=sequence");

      // Without the script, the frame keeps the snippet's height: what the embed asks for must fit in it.
      const { page, embed, errors, close } = await openColumn(640, {
        code: code.replace(/<script[^>]*><\/script>/, ""),
      });
      expect((await frameBox(page)).height).toBe(height);
      if (withArticle) await embed.getByRole("tab", { name: "Article" }).waitFor();
      await allHeightsPosted(page, embed);
      const posted = await page.evaluate(() => (window as unknown as { posted: number[] }).posted);
      expect(posted.length).toBeGreaterThan(0);
      expect(Math.max(...posted)).toBeLessThanOrEqual(height);
      const scroll = await embed
        .locator("html")
        .evaluate((root) => ({ content: root.scrollHeight, box: root.clientHeight }));
      expect(scroll.box).toBe(height);
      expect(scroll.content).toBeLessThanOrEqual(height);
      if (withArticle) {
        expect(await embed.getByRole("tab", { name: "Article" }).count()).toBe(1);
      }
      expect(await embed.getByRole("button", { name: "Copy link" }).isVisible()).toBe(false);
      expect(await embed.getByRole("button", { name: /^Download/ }).count()).toBe(0);
      expect(errors).toEqual([]);
      await close();
    },
  );
});
