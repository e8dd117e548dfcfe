import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, closeContextsAfterEach, launchBrowser } from "./browser";

let browser: Browser;
let host: Server;
let hostUrl: string;

/** The sandbox README's Embedding section gives for pages that sandbox their frames. */
const DOCUMENTED_SANDBOX =
  "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads";

/** A page that frames the embed in a sandbox with the flags given. */
function sandboxedPage(appOrigin: string, flags: string) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A sandboxed explainer</title></head>
<body><iframe data-echoes-embed sandbox="${flags}" src="${appOrigin}/?embed&article=off"
  title="Echoes" style="width: 640px; height: 700px; border: 0"></iframe></body></html>`;
}

/** A news page on another origin that embeds Echoes the documented way. */
function hostPage(appOrigin: string) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An explainer</title></head>
<body style="margin: 0; font-family: sans-serif">
  <h1>An explainer</h1>
  <div style="height: 500px">The story so far.</div>
  <iframe data-echoes-embed src="${appOrigin}/?embed&article=off" title="Echoes"
          style="display: block; width: 600px; height: 150px; border: 0"></iframe>
  <div style="height: 2000px">The story goes on.</div>
  <script src="${appOrigin}/embed.js"></script>
</body></html>`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const appOrigin = new URL(baseUrl()).origin;
  host = createServer((request, response) => {
    const sandbox = new URL(request.url ?? "/", "http://host").searchParams.get("sandbox");
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(sandbox === null ? hostPage(appOrigin) : sandboxedPage(appOrigin, sandbox));
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});
closeContextsAfterEach(() => browser);

const iframeHeight = (page: Page) =>
  page
    .locator("iframe[data-echoes-embed]")
    .evaluate((frame) => (frame as HTMLElement).offsetHeight);

describe("an embed on another site", () => {
  it("renders, sizes its iframe to its content, leaves the wheel to the page until clicked, and takes clicks", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(hostUrl);
    const embed = page.frameLocator("iframe[data-echoes-embed]");
    const chart = embed.getByRole("group", { name: /^Timeline/ });
    await chart.getByRole("button").first().waitFor();

    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(400);
    // The content may still grow (the tools arrive once the chart is drawn): the frame follows it.
    const contentHeight = () =>
      embed
        .locator(".echoes-embed")
        .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight())))
      .toBeLessThanOrEqual(1);

    await page.locator("iframe[data-echoes-embed]").scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error("no chart in the embed");
    const frameUrl = () =>
      page
        .frames()
        .find((frame) => frame.url().includes("embed"))
        ?.url() ?? "";
    const scrolled = await page.evaluate(() => window.scrollY);
    const ticks = () => embed.locator(".echoes-axis--shared text").allTextContents();
    const ticksBefore = await ticks();
    await page.mouse.move(box.x + box.width / 2, box.y + 8);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    // The hint shows as the embed leaves the wheel to the page, and fades two seconds later:
    // long past the 300 ms after which a zoom is written into the address. It is always in the
    // page, at no opacity while hidden.
    const hint = embed.getByText("Click the timeline, or hold Ctrl, to zoom with the wheel");
    const hintShown = () =>
      hint.evaluate((element) =>
        element.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      );
    await expect.poll(hintShown).toBe(true);
    await expect.poll(hintShown, { timeout: 5000 }).toBe(false);
    expect(new URL(frameUrl()).searchParams.get("zoom")).toBeNull();
    expect(await ticks()).toEqual(ticksBefore);

    // A click on the chart (here in its axis row, away from any mark) gives it the wheel.
    await chart.click({ position: { x: 40, y: 10 } });
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => new URL(frameUrl()).searchParams.get("zoom")).not.toBeNull();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);

    await chart.getByRole("button", { name: /^Warsaw Pact invasion/ }).click();
    await embed.getByRole("complementary", { name: "Warsaw Pact invasion" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("runs in a frame sandboxed with the flags the README gives", async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${hostUrl}?sandbox=${encodeURIComponent(DOCUMENTED_SANDBOX)}`);
    const embed = page.frameLocator("iframe[data-echoes-embed]");
    await embed
      .getByRole("group", { name: /^Timeline/ })
      .getByRole("button")
      .first()
      .waitFor();
    await context.close();
  });

  it.each([
    ["allow-scripts", "Echoes cannot run in this frame: its sandbox needs allow-same-origin"],
    ["", "Echoes needs JavaScript to draw its timelines. In an embed, the frame's sandbox"],
  ])("says what its sandbox lacks instead of staying blank (sandbox=%j)", async (flags, says) => {
    const context = await browser.newContext({ viewport: { width: 800, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${hostUrl}?sandbox=${encodeURIComponent(flags)}`);
    // Read as text: a frame that runs no script cannot host Playwright's locators.
    const frameText = () =>
      page
        .frames()
        .find((frame) => frame.url().includes("embed"))
        // biome-ignore lint/performance/useDomNodeTextContent: what is shown, not a noscript's source text
        ?.evaluate(() => document.body.innerText);
    await expect.poll(frameText).toContain(says);
    await context.close();
  });
});
