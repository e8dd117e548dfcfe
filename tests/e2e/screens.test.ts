// The page on each screen it is used on: the laptop's first screen holds every lane, the details of
// a chosen event are always in sight, and a phone shows the chart first, its details as a sheet and
// nothing that scrolls sideways. Measured in Chromium from bounding boxes.
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  baseUrl,
  closeContextsAfterEach,
  launchBrowser,
  openPage,
  saveScreenshot,
  sidewaysScrollers,
} from "./browser";
import {
  CHART,
  dayZeroRefs,
  MARK,
  readChart,
  readCollection,
  waitForSettledChart,
} from "./chartGeometry";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

const curated = readCollection("data/collection.json");

async function open(path: string, options: BrowserContextOptions) {
  const opened = await openPage(browser, path, options);
  await opened.page.locator(MARK).first().waitFor();
  await waitForSettledChart(opened.page);
  return opened;
}

/** The element's box against the window: whether a reader sees all of it without scrolling. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((target) => {
    const element = document.querySelector(target);
    if (!element) return false;
    const { top, bottom, left, right } = element.getBoundingClientRect();
    return top >= 0 && left >= 0 && bottom <= window.innerHeight && right <= window.innerWidth;
  }, selector);
}

const DETAILS_HEADING = ".echoes-details-pane .echoes-details h2";

describe("on a laptop", () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1280, height: 800 },
  ]) {
    it(`shows every lane's day-0 event on the first screen at ${viewport.width} x ${viewport.height}`, async () => {
      const { page, errors, close } = await open("/", { viewport });
      await saveScreenshot(page, `screens-laptop-${viewport.width}`);
      const chart = await readChart(page);
      const refs = dayZeroRefs(curated);
      expect(refs).toHaveLength(curated.episodes.length);
      const belowTheFold = refs.filter((ref) => {
        const box = chart.marks.find((mark) => mark.ref === ref)?.symbolBox;
        return !box || box.top < 0 || box.bottom > viewport.height;
      });
      expect(belowTheFold).toEqual([]);
      const titleLines = await page.evaluate(() => {
        const title = document.querySelector(".echoes-masthead h1");
        if (!title) return 0;
        const lineHeight = Number.parseFloat(getComputedStyle(title).lineHeight);
        return Math.round(title.getBoundingClientRect().height / lineHeight);
      });
      expect(titleLines).toBe(1);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it("moves nothing when the page's tools arrive after the chart", async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 360, height: 740 },
    ]) {
      const context = await browser.newContext({ viewport });
      // Where the chart's frame stands in every frame the page draws, from its first.
      await context.addInitScript(`
        window.chartTops = [];
        const record = () => {
          const frame = document.querySelector(".echoes-chart-frame");
          if (frame) window.chartTops.push(Math.round(frame.getBoundingClientRect().top));
          requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      `);
      const page = await context.newPage();
      await page.goto(new URL("/", baseUrl()).href);
      await page.locator(MARK).first().waitFor();
      await page.locator(".echoes-masthead__tools label").first().waitFor({ state: "attached" });
      await page.locator(".echoes-tool-menu").waitFor();
      const tops = () =>
        page.evaluate(() => (window as unknown as { chartTops: number[] }).chartTops);
      // Ten frames drawn since the tools came: whatever their coming moves has moved by then.
      const framesThen = (await tops()).length;
      await page.waitForFunction(
        (count) => (window as unknown as { chartTops: number[] }).chartTops.length >= count,
        framesThen + 10,
      );
      const recorded = await tops();
      expect(new Set(recorded), `${viewport.width} x ${viewport.height}`).toEqual(
        new Set([recorded[0]]),
      );
      await context.close();
    }
  });

  it("keeps the toolbar's shape when the mode changes and when a link is copied", async () => {
    const { page, errors, close } = await open("/", {
      viewport: { width: 1440, height: 900 },
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const toolbar = () =>
      page.evaluate(() => {
        const controls = document.querySelector(".echoes-controls");
        const chart = document.querySelector(".echoes-chart-frame");
        const fit = [...document.querySelectorAll(".echoes-controls button")].find(
          (button) => button.textContent === "Fit all",
        );
        return {
          height: controls?.getBoundingClientRect().height,
          fitLeft: fit?.getBoundingClientRect().left,
          chartTop: chart?.getBoundingClientRect().top,
        };
      });
    const before = await toolbar();
    for (const mode of ["Calendar", "Sequence", "Aligned"]) {
      await page.getByText(mode, { exact: true }).click();
      await waitForSettledChart(page);
      expect(await toolbar()).toEqual(before);
    }
    await page.getByRole("button", { name: "Share" }).click();
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText("Link to this view copied").waitFor();
    expect(await toolbar()).toEqual(before);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("button", { name: "Copy link" }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Share/);
    expect(errors).toEqual([]);
    await close();
  });

  it("keeps the details in sight when an event is chosen by click, by link and by analogy", async () => {
    const viewport = { width: 1440, height: 900 };
    const { page, errors, close } = await open("/", { viewport });
    await page.locator(`${MARK}[data-ref="prague-1968/warsaw-pact-invasion"]`).click();
    await page.getByRole("complementary", { name: "Warsaw Pact invasion" }).waitFor();
    expect(await inViewport(page, DETAILS_HEADING)).toBe(true);

    // The analogy: the matching event of another episode, chosen from the details.
    await page
      .getByRole("complementary", { name: "Warsaw Pact invasion" })
      .getByRole("button", { name: /CSTO force arrives/ })
      .first()
      .click();
    await page.getByRole("complementary", { name: "CSTO force arrives" }).waitFor();
    expect(await inViewport(page, DETAILS_HEADING)).toBe(true);
    await saveScreenshot(page, "screens-laptop-details");
    await close();

    const linked = await open("/?event=hungary-1956/second-soviet-intervention", { viewport });
    await linked.page
      .getByRole("complementary", { name: "Second Soviet intervention (Operation Whirlwind)" })
      .waitFor();
    // The article beside them scrolls to the passage in its own pane, not the details away.
    await expect.poll(() => inViewport(linked.page, DETAILS_HEADING)).toBe(true);
    expect([...errors, ...linked.errors]).toEqual([]);
    await linked.close();
  });

  it("skips from the top of the timeline to the details and to the article", async () => {
    const { page, errors, close } = await open("/", { viewport: { width: 1440, height: 900 } });
    const skip = page.getByRole("link", { name: "Skip to the article" });
    await skip.focus();
    expect(await inViewport(page, ".echoes-skip-links a:focus")).toBe(true);
    await page.keyboard.press("Enter");
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains("echoes-article-pane")),
    ).toBe(true);
    await page.getByRole("link", { name: "Skip to the event details" }).focus();
    await page.keyboard.press("Enter");
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains("echoes-details-pane")),
    ).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it("switches the theme in the page and keeps it in the address", async () => {
    const { page, errors, close } = await open("/", { viewport: { width: 1440, height: 900 } });
    await page.getByLabel("Theme").selectOption("dark");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(new URL(page.url()).searchParams.get("theme")).toBe("dark");
    const reopened = await open(page.url(), { viewport: { width: 1440, height: 900 } });
    expect(await reopened.page.getByLabel("Theme").inputValue()).toBe("dark");
    expect(await reopened.page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(reopened.errors).toEqual([]);
    await reopened.close();
    await page.getByLabel("Theme").selectOption("system");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(new URL(page.url()).searchParams.has("theme")).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it("shows where to drop files while they are dragged over the page", async () => {
    const { page, errors, close } = await open("/", { viewport: { width: 1440, height: 900 } });
    // The page takes files once its tools have come, just after the chart.
    await page.getByLabel("Open your own files…").waitFor({ state: "attached" });
    const files = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(["{}"], "episode.json", { type: "application/json" }));
      return transfer;
    });
    await page.dispatchEvent("main", "dragover", { dataTransfer: files });
    await page.getByText("Drop your files to open them").waitFor();
    expect(await inViewport(page, ".echoes-drop-zone")).toBe(true);
    await saveScreenshot(page, "screens-drop-zone");
    // The drag leaves the page: no more dragover.
    await page.getByText("Drop your files to open them").waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await close();
  });
});

describe("focus after an action", () => {
  it("stays on the button that moved a lane, when the lane reaches the end", async () => {
    const { page, errors, close } = await open("/", { viewport: { width: 1440, height: 900 } });
    const down = page.getByRole("button", { name: "Move Hungary, 1956 down" });
    await down.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => readChart(page).then((chart) => chart.lanes.at(-1)))
      .toBe("hungary-1956");
    expect(await down.getAttribute("aria-disabled")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Move Hungary, 1956 down",
    );
    expect(errors).toEqual([]);
    await close();
  });
});

const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 740, height: 360 },
];

describe("on a phone", () => {
  const phone = (viewport: { width: number; height: number }): BrowserContextOptions => ({
    viewport,
    hasTouch: true,
    isMobile: true,
  });

  for (const viewport of PHONES) {
    it(`puts the chart on the first screen, with nothing sideways, at ${viewport.width} x ${viewport.height}`, async () => {
      const { page, errors, close } = await open("/", phone(viewport));
      await saveScreenshot(page, `screens-phone-${viewport.width}x${viewport.height}`);
      const chartTop = await page.evaluate(
        (selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? Infinity,
        CHART,
      );
      // Within the first screen, with room below for the lanes.
      expect(chartTop).toBeLessThan(
        viewport.height * (viewport.height > viewport.width ? 0.4 : 0.6),
      );
      expect(await sidewaysScrollers(page)).toEqual([]);
      for (const view of ["Matrix", "Table"]) {
        await page
          .getByRole("button", {
            name: new RegExp(view === "Matrix" ? "Analogy matrix" : "Table of events"),
          })
          .click();
        await page.locator(view === "Matrix" ? ".echoes-matrix" : ".echoes-event-table").waitFor();
        expect(await sidewaysScrollers(page)).toEqual([]);
        if (viewport.width === 360)
          await saveScreenshot(page, `screens-phone-${view.toLowerCase()}`);
      }
      expect(errors).toEqual([]);
      await close();
    });
  }

  it("opens a tapped event's details as a sheet on screen, closed by its button or by Back", async () => {
    const viewport = { width: 360, height: 740 };
    const { page, errors, close } = await open("/", phone(viewport));
    const ref = "kazakhstan-2022/csto-force-arrives";
    const mark = page.locator(`${MARK}[data-ref="${ref}"]`);
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    const sheet = page.getByRole("dialog", { name: "Event details" });
    await sheet.getByRole("heading", { name: "CSTO force arrives" }).waitFor();
    expect(await inViewport(page, DETAILS_HEADING)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("dialog");
    await saveScreenshot(page, "screens-phone-sheet");

    await sheet.getByRole("button", { name: "Close" }).click();
    await sheet.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-ref"))).toBe(ref);

    await mark.tap();
    await sheet.waitFor();
    await page.goBack();
    await sheet.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await close();
  });

  it("brings the chart into view when a passage of the article is tapped", async () => {
    const { page, errors, close } = await open("/", phone({ width: 360, height: 740 }));
    const passage = page
      .getByRole("region", { name: "The article" })
      .getByRole("button", { name: /^“Russian paratroopers, or “peacekeeping forces” arrived/ });
    await passage.scrollIntoViewIfNeeded();
    await passage.tap();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const frame = document.querySelector(".echoes-chart-frame")?.getBoundingClientRect();
          return frame ? frame.top >= -1 && frame.top < window.innerHeight / 2 : false;
        }),
      )
      .toBe(true);
    const symbol = `${MARK}[data-ref="kazakhstan-2022/csto-force-arrives"] .echoes-mark__symbol`;
    expect(await inViewport(page, symbol)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it("folds the tools into one menu that holds what the wide page shows", async () => {
    const { page, errors, close } = await open("/", phone({ width: 360, height: 740 }));
    expect(await page.getByRole("button", { name: "Share" }).count()).toBe(0);
    const menu = page.getByRole("button", { name: "Menu" });
    await menu.tap();
    for (const name of ["Copy link", "Embed…", "Download SVG", "Download PNG"]) {
      await page.getByRole("button", { name }).waitFor();
    }
    const panel = page.locator(".echoes-tool-menu__panel");
    await panel.getByText("Open your own files…").waitFor();
    await panel.getByLabel("Day 0 is").waitFor();
    await panel.getByLabel("Theme").waitFor();
    await saveScreenshot(page, "screens-phone-menu");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("button", { name: "Copy link" }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Menu/);
    expect(errors).toEqual([]);
    await close();
  });
});
