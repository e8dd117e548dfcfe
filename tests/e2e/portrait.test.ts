// A phone held upright draws the timeline down the screen, a lane to a column (see
// src/components/Timeline/portrait/); held sideways, it keeps the wide chart's lanes.
// Measured in Chromium from bounding boxes.
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeContextsAfterEach, launchBrowser, openPage, saveScreenshot } from "./browser";
import {
  type Box,
  CHART,
  dayZeroRefs,
  inTimeOrder,
  intersects,
  MARK,
  readChart,
  readCollection,
  showBox,
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

const phone = (width: number, height: number): BrowserContextOptions => ({
  viewport: { width, height },
  hasTouch: true,
  isMobile: true,
});

async function open(path: string, options: BrowserContextOptions) {
  const opened = await openPage(browser, path, options);
  await opened.page.locator(MARK).first().waitFor();
  await waitForSettledChart(opened.page);
  return opened;
}

const middleX = (box: Box) => (box.left + box.right) / 2;
const middleY = (box: Box) => (box.top + box.bottom) / 2;

/** Pixels per unit down the chart (days in the aligned mode), from two ticks of the shared axis. */
async function pixelsPerUnit(page: Page): Promise<number> {
  const ticks = await page
    .locator(`${CHART} .echoes-axis--shared > g[data-value]`)
    .evaluateAll((groups) =>
      groups.map((group) => ({
        value: Number(group.getAttribute("data-value")),
        y: group.querySelector("line")?.getBoundingClientRect().top ?? Number.NaN,
      })),
    );
  const [a, b] = ticks;
  if (!a || !b) throw new Error("fewer than two ticks on the axis");
  return (b.y - a.y) / (b.value - a.value);
}

/** Touches through the browser's own input, as a finger would. */
async function touch(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  return (type: "touchStart" | "touchMove" | "touchEnd", points: Array<[number, number]>) =>
    cdp.send("Input.dispatchTouchEvent", {
      type,
      touchPoints: points.map(([x, y], id) => ({ x, y, id })),
    });
}

async function focusedRef(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute("data-ref") ?? null);
}

describe("on a phone held upright, at 360 x 740", () => {
  it("draws the lanes as columns side by side, with the day-0 events on one row", async () => {
    const { page, errors, close } = await open("/", phone(360, 740));
    await saveScreenshot(page, "portrait-360x740");
    expect(await page.locator(".echoes-portrait").count()).toBe(1);
    const chart = await readChart(page);
    expect(chart.lanes).toEqual(curated.episodes.map((episode) => episode.id));

    // Each lane's symbols lie in a band across of their own, left to right in lane order.
    const bands = chart.lanes.map((episodeId) => {
      const xs = chart.marks
        .filter((mark) => mark.ref.startsWith(`${episodeId}/`) && mark.symbolBox)
        .map((mark) => middleX(mark.symbolBox as Box));
      return { episodeId, from: Math.min(...xs), to: Math.max(...xs), count: xs.length };
    });
    for (const band of bands) expect(band.count, band.episodeId).toBeGreaterThan(0);
    for (const [index, band] of bands.entries()) {
      const next = bands[index + 1];
      if (next)
        expect(band.to, `${band.episodeId} left of ${next.episodeId}`).toBeLessThan(next.from);
    }

    const rows = dayZeroRefs(curated).map((ref) => {
      const box = chart.marks.find((mark) => mark.ref === ref)?.symbolBox;
      if (!box) throw new Error(`${ref} is not drawn`);
      expect(box.top, `${ref} in the chart`).toBeGreaterThanOrEqual(chart.svg.top);
      expect(box.bottom, `${ref} in the chart`).toBeLessThanOrEqual(chart.svg.bottom);
      return middleY(box);
    });
    expect(Math.max(...rows) - Math.min(...rows)).toBeLessThan(3);
    expect(errors).toEqual([]);
    await close();
  });

  it("keeps every label clear of the other labels, the symbols and the '+N's", async () => {
    const { page, errors, close } = await open("/", phone(360, 740));
    const chart = await readChart(page);
    const labels = chart.marks.filter((mark) => mark.labelBox);
    expect(labels.length).toBeGreaterThan(15);
    const problems: string[] = [];
    for (const [index, mark] of labels.entries()) {
      const box = mark.labelBox as Box;
      for (const other of labels.slice(index + 1)) {
        if (intersects(box, other.labelBox as Box))
          problems.push(`labels of ${mark.ref} and ${other.ref} overlap at ${showBox(box)}`);
      }
      for (const other of chart.marks) {
        if (other.ref !== mark.ref && other.symbolBox && intersects(box, other.symbolBox))
          problems.push(`label of ${mark.ref} covers the symbol of ${other.ref}`);
      }
      for (const cluster of chart.clusters) {
        if (intersects(box, cluster.box))
          problems.push(`label of ${mark.ref} covers the "+N" of ${cluster.refs.join(" ")}`);
      }
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("walks a column in time with Up and Down, and to the next column with Left and Right", async () => {
    const { page, errors, close } = await open("/", phone(360, 740));
    const [hungary, prague] = curated.episodes;
    if (!hungary || !prague) throw new Error("the curated collection has fewer than two episodes");
    const inOrder = inTimeOrder(hungary.events).map((event) => `${hungary.id}/${event.id}`);
    const start = dayZeroRefs(curated)[0] ?? "";
    await page.locator(`${MARK}[data-ref="${start}"]`).focus();
    expect(await focusedRef(page)).toBe(start);

    await page.keyboard.press("ArrowDown");
    await expect.poll(() => focusedRef(page)).toBe(inOrder[inOrder.indexOf(start) + 1]);
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => focusedRef(page)).toBe(start);

    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await focusedRef(page))?.split("/")[0]).toBe(prague.id);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(async () => (await focusedRef(page))?.split("/")[0]).toBe(hungary.id);

    const title = curated.events.get((await focusedRef(page)) ?? "")?.title ?? "";
    await page.keyboard.press("Enter");
    await page
      .getByRole("dialog", { name: "Event details" })
      .getByRole("heading", { name: title })
      .waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it("zooms with a pinch and with the keyboard's + and −, and Fit all shows every event", async () => {
    const { page, errors, close } = await open("/", phone(360, 740));
    const box = await page.locator(CHART).boundingBox();
    if (!box) throw new Error("no chart");
    const first = await pixelsPerUnit(page);

    const finger = await touch(page);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await finger("touchStart", [
      [x, y - 40],
      [x, y + 40],
    ]);
    for (let step = 1; step <= 8; step += 1) {
      await finger("touchMove", [
        [x, y - 40 - step * 12],
        [x, y + 40 + step * 12],
      ]);
    }
    await finger("touchEnd", []);
    await expect.poll(() => pixelsPerUnit(page)).toBeGreaterThan(first * 1.5);
    const pinched = await pixelsPerUnit(page);

    await page.locator(`${MARK}[tabindex="0"]`).focus();
    await page.keyboard.press("-");
    await expect.poll(() => pixelsPerUnit(page)).toBeLessThan(pinched * 0.8);

    await page
      .getByRole("group", { name: "Zoom" })
      .getByRole("button", { name: "Fit all" })
      .click();
    await waitForSettledChart(page);
    expect(await pixelsPerUnit(page)).toBeLessThan(first);
    expect(errors).toEqual([]);
    await close();
  });

  it("scrolls its frame with one finger, and the page on past its end", async () => {
    const { page, errors, close } = await open("/", phone(360, 740));
    const box = await page.locator(CHART).boundingBox();
    if (!box) throw new Error("no chart");
    const frameScroll = () =>
      page.evaluate(() => document.querySelector(".echoes-portrait__scroller")?.scrollTop ?? 0);
    const before = await frameScroll();
    const finger = await touch(page);
    const x = box.x + 20;
    const y = box.y + box.height * 0.8;
    await finger("touchStart", [[x, y]]);
    for (let step = 1; step <= 10; step += 1) await finger("touchMove", [[x, y - step * 20]]);
    await finger("touchEnd", []);
    await expect.poll(frameScroll).toBeGreaterThan(before);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a "+N" down a column', () => {
  it("opens its list, gives the focus back on Escape, and zooms to separate its events", async () => {
    const { page, errors, close } = await open("/", phone(360, 740));
    const cluster = page.locator(`${CHART} .echoes-cluster`).first();
    const refs = ((await cluster.getAttribute("data-refs")) ?? "").split(" ");
    expect(refs.length).toBeGreaterThan(1);
    await cluster.tap();
    const list = page.getByRole("dialog", { name: `${refs.length} events folded here` });
    await list.waitFor();
    expect(await list.locator("button[data-ref]").count()).toBe(refs.length);
    await page.keyboard.press("Escape");
    await list.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-refs"))).toBe(
      refs.join(" "),
    );

    await cluster.tap();
    await page.getByRole("button", { name: "Zoom to separate" }).tap();
    await expect
      .poll(
        async () => {
          const chart = await readChart(page);
          const folded = refs.filter((ref) =>
            chart.clusters.some((other) => other.refs.includes(ref)),
          );
          const shown = refs.filter((ref) => {
            const box = chart.marks.find((mark) => mark.ref === ref)?.symbolBox;
            return box && box.top >= chart.svg.top && box.bottom <= chart.svg.bottom;
          });
          return { folded, anyShown: shown.length > 0 };
        },
        { timeout: 5000 },
      )
      .toEqual({ folded: [], anyShown: true });
    expect(errors).toEqual([]);
    await close();
  });
});

describe("on a phone held sideways, at 740 x 360", () => {
  it("keeps the wide chart's horizontal lanes", async () => {
    const { page, errors, close } = await open("/", phone(740, 360));
    expect(await page.locator(".echoes-portrait").count()).toBe(0);
    expect(await page.locator(`${CHART} .echoes-lane-frame`).count()).toBe(curated.episodes.length);
    const chart = await readChart(page);
    const rows = dayZeroRefs(curated).map((ref) => {
      const found = chart.marks.find((mark) => mark.ref === ref)?.symbolBox;
      return found ? middleX(found) : Number.NaN;
    });
    // Day 0 is one column across the lanes, not one row.
    expect(Math.max(...rows) - Math.min(...rows)).toBeLessThan(3);
    expect(errors).toEqual([]);
    await close();
  });
});
