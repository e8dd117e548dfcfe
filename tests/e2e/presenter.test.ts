import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curatedLesson } from "../support/collectionFiles";
import { closeContextsAfterEach, launchBrowser, openPage, saveScreenshot } from "./browser";
import {
  CHART,
  intersects,
  notDrawnInView,
  readChart,
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

const PROJECTOR = { viewport: { width: 1920, height: 1080 } };
const LESSON = curatedLesson("eerie-echoes");
const STOPS = LESSON.stops;
const stopPath = (number: number) => `/?lesson=${LESSON.id}&stop=${number}`;

/** The smallest computed font size, in px, of the chart's texts that match the selector. */
const smallestFont = (page: Page, selector: string) =>
  page.evaluate((query) => {
    const sizes = Array.from(document.querySelectorAll(query)).map((element) =>
      Number.parseFloat(getComputedStyle(element).fontSize),
    );
    return sizes.length === 0 ? 0 : Math.min(...sizes);
  }, `${CHART} ${selector}`);

const activeIn = (page: Page, selector: string) =>
  page.evaluate((query) => document.activeElement?.closest(query) !== null, selector);

describe("the presenter on a 1920 x 1080 projector", () => {
  it("draws the chart's type large enough to read from the back of a room", async () => {
    const { page, errors, close } = await openPage(
      browser,
      stopPath(LESSON.stopNumber("troops-arrive")),
      PROJECTOR,
    );
    await page.locator(`${CHART} g.echoes-mark`).first().waitFor();
    await waitForSettledChart(page);
    expect(await smallestFont(page, ".echoes-mark__label")).toBeGreaterThanOrEqual(20);
    expect(await smallestFont(page, ".echoes-lane__label")).toBeGreaterThanOrEqual(22);
    expect(await smallestFont(page, ".echoes-axis text")).toBeGreaterThanOrEqual(18);
    // The chart fits the screen: the page does not scroll.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      1080,
    );
    // Only what a teacher needs: the time axis and zoom wait behind "Adjust view".
    expect(await page.locator(".echoes-controls").isVisible()).toBe(false);
    await page.getByRole("button", { name: "Adjust view" }).click();
    await page.getByRole("button", { name: "Fit all" }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it.each(STOPS.map((stop, index) => [index + 1, stop] as const))(
    "shows every piece of evidence of stop %i in the chart's view",
    async (number, stop) => {
      const { page, errors, close } = await openPage(browser, stopPath(number), PROJECTOR);
      await page.locator(`${CHART} g.echoes-mark`).first().waitFor();
      await waitForSettledChart(page);
      const chart = await readChart(page);
      expect(chart.svg.bottom).toBeLessThanOrEqual(1080);
      const problems = stop.evidence.flatMap((ref) => notDrawnInView(chart, ref) ?? []);
      expect(problems, stop.title).toEqual([]);
      // No piece of evidence hides another.
      const symbols = stop.evidence.map((ref) => ({
        ref,
        box: chart.marks.find((mark) => mark.ref === ref)?.symbolBox,
      }));
      for (const [index, a] of symbols.entries()) {
        for (const b of symbols.slice(index + 1)) {
          if (a.box && b.box && intersects(a.box, b.box, 2)) {
            expect.fail(`${a.ref} ${showBox(a.box)} covers ${b.ref} ${showBox(b.box)}`);
          }
        }
      }
      expect(errors).toEqual([]);
      await close();
    },
  );

  it("compares the stays of the foreign troops on the stop about them, on one axis of years", async () => {
    const number = LESSON.stopNumber("how-long-they-stayed");
    const { page, close } = await openPage(browser, stopPath(number), PROJECTOR);
    await page.locator(`${CHART} g.echoes-mark`).first().waitFor();
    await waitForSettledChart(page);
    const axis = await page.locator(`${CHART} .echoes-axis--shared text`).allTextContents();
    expect(axis).toContain("day 0");
    expect(axis).toContain("+30 years");
    const chart = await readChart(page);
    const x = (ref: string) => chart.marks.find((mark) => mark.ref === ref)?.symbolBox?.left ?? 0;
    // Day 0 is the arrival in every lane: the departures stand at their distance from it.
    const kazakhstan =
      x("kazakhstan-2022/csto-withdrawal") - x("kazakhstan-2022/csto-force-arrives");
    const czechoslovakia =
      x("prague-1968/soviet-troops-leave") - x("prague-1968/warsaw-pact-invasion");
    const hungary =
      x("hungary-1956/soviet-troops-leave") - x("hungary-1956/first-soviet-intervention");
    expect(kazakhstan).toBeLessThan(20);
    expect(czechoslovakia).toBeGreaterThan(20 * kazakhstan);
    expect(hungary).toBeGreaterThan(czechoslovakia);
    await saveScreenshot(page, `presenter-stop-${number}`);
    await close();
  });

  it("opens the selected event's details on demand, on screen, and closes them with Escape", async () => {
    // A stop that selects an event.
    const { page, close } = await openPage(
      browser,
      stopPath(LESSON.stopNumber("who-asked")),
      PROJECTOR,
    );
    const toggle = page.getByRole("button", { name: /^Details: / });
    await toggle.waitFor();
    expect(await page.locator(".echoes-timeline__side").isVisible()).toBe(false);
    await toggle.click();
    const details = page.locator(".echoes-timeline__side .echoes-details");
    await details.waitFor();
    // The panel scrolls on its own, inside the screen, its heading in sight.
    for (const part of [page.locator(".echoes-timeline__side"), details.locator("h2")]) {
      const box = await part.boundingBox();
      expect(box).not.toBeNull();
      if (box) {
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(1080);
      }
    }
    expect(await activeIn(page, ".echoes-timeline__side")).toBe(true);
    // All of it is drawn, down to its sources: the panel scrolls to them and they are on top there.
    const sources = details.locator(".echoes-event__sources");
    await sources.scrollIntoViewIfNeeded();
    expect(
      await sources.evaluate((list) => {
        const { left, top, width, height } = list.getBoundingClientRect();
        return list.contains(document.elementFromPoint(left + width / 2, top + height / 2));
      }),
    ).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => details.isVisible()).toBe(false);
    // Escape closed the details, not the lesson; focus is back on their button.
    expect(await page.locator(".echoes-presenter").count()).toBe(1);
    expect(await activeIn(page, ".echoes-presenter__details-toggle")).toBe(true);
    await close();
  });

  it("clears a selection on the chart with Escape and keeps the lesson open", async () => {
    // A stop that shows the invasion of Czechoslovakia.
    const { page, errors, close } = await openPage(
      browser,
      stopPath(LESSON.stopNumber("troops-arrive")),
      PROJECTOR,
    );
    const mark = page.locator(
      `${CHART} g.echoes-mark[data-ref="prague-1968/warsaw-pact-invasion"]`,
    );
    await mark.click();
    await expect.poll(() => mark.getAttribute("aria-pressed")).toBe("true");
    await mark.focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => mark.getAttribute("aria-pressed")).toBe("false");
    expect(await page.locator(".echoes-presenter").count()).toBe(1);
    // With nothing selected, Escape ends the lesson as before.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".echoes-presenter").count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});

describe("focus in and out of the presenter", () => {
  const launcher = (page: Page) =>
    page.getByRole("button", { name: `Present the lesson “${LESSON.title}”` });

  it.each([
    ["Escape", (page: Page) => page.keyboard.press("Escape")],
    [
      "End the lesson",
      (page: Page) => page.getByRole("button", { name: "End the lesson" }).click(),
    ],
  ] as const)(
    "moves to the stop when it opens, and back to the launcher after %s",
    async (_, end) => {
      const { page, errors, close } = await openPage(browser, "/", PROJECTOR);
      await launcher(page).focus();
      await page.keyboard.press("Enter");
      await page.locator(".echoes-presenter__stop h2").waitFor();
      await expect.poll(() => activeIn(page, ".echoes-presenter")).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H2");
      await end(page);
      await launcher(page).waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
        .toContain(`Present the lesson “${LESSON.title}”`);
      expect(errors).toEqual([]);
      await close();
    },
  );
});
