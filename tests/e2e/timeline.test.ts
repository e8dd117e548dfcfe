import type { Browser, Page } from "playwright-core";
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

const chart = (page: Page) => page.getByRole("group", { name: /^Timeline/ });

async function tickLabels(page: Page): Promise<string[]> {
  return page.locator(".echoes-axis--shared text").allTextContents();
}

/**
 * The shared axis's scale, from the positions and labels of two neighbouring ticks: whole days
 * ("day −2", "day 0"), weeks, months or years from day 0, or hours after the whole day before
 * ("+6 h", counted from that day's tick, or before day 0 in the day before it, "−6 h").
 */
async function pixelsPerDay(page: Page): Promise<number> {
  const ticks = await page.locator(".echoes-axis--shared > g").evaluateAll((groups) =>
    groups.map((group) => ({
      // The tick's line, not its group: the group reaches out to the left edge of its label.
      x: (group.querySelector("line") ?? group).getBoundingClientRect().x,
      label: group.textContent ?? "",
    })),
  );
  const unitDays: Record<string, number> = {
    week: 7,
    weeks: 7,
    month: 365.25 / 12,
    months: 365.25 / 12,
    year: 365.25,
    years: 365.25,
  };
  const sign = (text: string | undefined) => (text === "\u2212" ? -1 : 1);
  const count = (text: string | undefined) => Number(text?.replaceAll(",", ""));
  /** Days from day 0 for a whole unit; for an hour, its hours after (or before) its day. */
  const read = (label: string) => {
    const day = /^day ([+\u2212]?)(\d+)$/.exec(label);
    if (day) return { days: sign(day[1]) * count(day[2]) };
    const hours = /^([+\u2212])(\d+) h$/.exec(label);
    if (hours) return { hours: sign(hours[1]) * count(hours[2]) };
    const unit = /^([+\u2212])([\d,]+) (weeks?|months?|years?)$/.exec(label);
    if (unit)
      return { days: sign(unit[1]) * count(unit[2]) * (unitDays[unit[3] ?? ""] ?? Number.NaN) };
    return undefined;
  };
  // A tick whose label an edge of the chart would cut is drawn without one.
  const labelled = ticks.filter((tick) => tick.label !== "");
  for (let index = 1; index < labelled.length; index += 1) {
    const [a, b] = [labelled[index - 1], labelled[index]];
    const [ra, rb] = [read(a?.label ?? ""), read(b?.label ?? "")];
    if (!a || !b || !ra || !rb) continue;
    // Two whole units; a whole day and an hour after it; or two hours of one day.
    const days =
      ra.days !== undefined && rb.days !== undefined
        ? rb.days - ra.days
        : ra.days !== undefined && rb.hours !== undefined && rb.hours > 0
          ? rb.hours / 24
          : ra.hours !== undefined && rb.hours !== undefined && rb.hours > ra.hours
            ? (rb.hours - ra.hours) / 24
            : undefined;
    if (days) return (b.x - a.x) / days;
  }
  throw new Error(`cannot read the axis: ${ticks.map((tick) => tick.label).join(", ")}`);
}

/** Where each labelled tick of the shared axis stands across the screen, by its label. */
async function tickPositions(page: Page): Promise<Map<string, number>> {
  const ticks = await page.locator(".echoes-axis--shared > g").evaluateAll((groups) =>
    groups.map((group) => ({
      x: (group.querySelector("line") ?? group).getBoundingClientRect().x,
      label: group.textContent ?? "",
    })),
  );
  return new Map(ticks.filter((tick) => tick.label !== "").map((tick) => [tick.label, tick.x]));
}

/** How far the ticks shown both before and after moved across the screen, on average. */
async function panOf(page: Page, before: Map<string, number>): Promise<number> {
  const after = await tickPositions(page);
  const moves = [...before].flatMap(([label, x]) => {
    const now = after.get(label);
    return now === undefined ? [] : [now - x];
  });
  if (moves.length === 0) return Number.NaN;
  return moves.reduce((sum, move) => sum + move, 0) / moves.length;
}

async function openTimeline(options = {}) {
  const opened = await openPage(browser, "/", options);
  await chart(opened.page).getByRole("button").first().waitFor();
  return opened;
}

describe("the comparative timeline in Chromium", () => {
  it("lines the three episodes up on foreign troops arriving, day 0 in every lane", async () => {
    const { page, errors, close } = await openTimeline({ viewport: { width: 1440, height: 900 } });
    expect(await tickLabels(page)).toContain("day 0");
    // Zoom in around day 0 until the first days are spread out enough to draw every anchor.
    const start = await page.locator(".echoes-axis line.is-zero").boundingBox();
    await page.mouse.move((start?.x ?? 0) + 1, (start?.y ?? 0) + 150);
    for (let step = 0; step < 6; step += 1) await page.mouse.wheel(0, -300);
    await expect
      .poll(() =>
        chart(page)
          .getByRole("button", { name: /^CSTO force arrives/ })
          .count(),
      )
      .toBe(1);
    const zero = await page.locator(".echoes-axis line.is-zero").boundingBox();
    for (const name of [
      /^First Soviet intervention/,
      /^Warsaw Pact invasion/,
      /^CSTO force arrives/,
    ]) {
      const mark = chart(page).getByRole("button", { name });
      const box = await mark.locator(".echoes-mark__symbol").boundingBox();
      // Each lane's anchor sits on day 0, within the day (the invasion began at 23:00).
      const dayWidth = await pixelsPerDay(page);
      expect(Math.abs((box?.x ?? 0) + (box?.width ?? 0) / 2 - (zero?.x ?? 0))).toBeLessThanOrEqual(
        dayWidth + 2,
      );
    }
    expect(errors).toEqual([]);
    await close();
  });

  it("switches to the calendar and sequence modes", async () => {
    const { page, errors, close } = await openTimeline();
    await page.getByText("Calendar", { exact: true }).click();
    await expect.poll(() => chart(page).getAttribute("aria-label")).toMatch(/own calendar/);
    // The calendar's ticks come with a module of their own, loaded when the mode is first shown.
    const laneTicks = async () =>
      (await page.locator(".echoes-axis--lane text").allTextContents()).join(" ");
    await expect.poll(laneTicks).toMatch(/1956|Oct|Nov/);
    expect(await laneTicks()).toMatch(/2022|Jan/);
    await page.getByText("Sequence", { exact: true }).click();
    await expect.poll(() => chart(page).getAttribute("aria-label")).toMatch(/in sequence/);
    expect(await chart(page).getByRole("button").count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await close();
  });

  it("zooms with the wheel and the buttons, and pans by dragging", async () => {
    const { page, errors, close } = await openTimeline({ viewport: { width: 1440, height: 900 } });
    const before = await pixelsPerDay(page);
    const box = await chart(page).boundingBox();
    if (!box) throw new Error("no chart");
    // Turned towards the screen, the wheel zooms in: each day is drawn wider (by 2^0.8, about 1.74).
    await page.mouse.move(box.x + box.width / 2, box.y + 120);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => pixelsPerDay(page)).toBeGreaterThan(before * 1.5);
    const zoomed = await pixelsPerDay(page);
    // Dragged 300 px to the left, the time drawn goes with it, at the same scale.
    const ticks = await tickPositions(page);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 300, box.y + 120, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => panOf(page, ticks)).toBeCloseTo(-300, -1);
    expect(await pixelsPerDay(page)).toBeCloseTo(zoomed, 0);
    await page.getByRole("button", { name: "Fit all" }).click();
    await expect.poll(() => pixelsPerDay(page)).toBeLessThan(before);
    const all = await pixelsPerDay(page);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => pixelsPerDay(page)).toBeGreaterThan(all * 1.2);
    expect(errors).toEqual([]);
    await close();
  });

  it("keeps each symbol its own size while a zoom gesture scales the marks, then lays them out again", async () => {
    const { page, errors, close } = await openTimeline({ viewport: { width: 1440, height: 900 } });
    const dayBefore = await pixelsPerDay(page);
    // In one script, so that the gesture is measured within its frames, before it pauses: how far
    // apart the marks are drawn, and how wide each symbol is.
    const during = (await page.evaluate(`(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const svg = document.querySelector(".echoes-chart");
      const symbols = [...svg.querySelectorAll(".echoes-mark__symbol")];
      const measure = () => {
        const boxes = symbols.map((symbol) => symbol.getBoundingClientRect());
        const centres = boxes.map((box) => box.x + box.width / 2);
        return { spread: Math.max(...centres) - Math.min(...centres), widths: boxes.map((box) => box.width) };
      };
      const before = measure();
      const box = svg.getBoundingClientRect();
      svg.dispatchEvent(new WheelEvent("wheel", { deltaY: -400, clientX: box.x + box.width / 2, clientY: box.y + 120, bubbles: true, cancelable: true }));
      await frame();
      await frame();
      return { before, after: measure() };
    })()`)) as Record<"before" | "after", { spread: number; widths: number[] }>;
    // The marks spread apart with the zoom (2^0.8, about 1.74), each symbol as wide as before.
    expect(during.after.spread / during.before.spread).toBeGreaterThan(1.5);
    expect(during.after.widths.length).toBeGreaterThan(5);
    for (const [index, width] of during.after.widths.entries()) {
      expect(width).toBeCloseTo(during.before.widths[index] ?? 0, 0);
    }
    // Once the gesture pauses, the marks are laid out again at the new zoom: their layer is drawn
    // unscaled, and each day stays as wide as the gesture made it.
    await expect
      .poll(() =>
        page.locator(".echoes-chart__content").evaluate((layer) => {
          const matrix = (layer as SVGGElement).getCTM();
          return matrix ? matrix.a : Number.NaN;
        }),
      )
      .toBeCloseTo(1, 6);
    expect(await pixelsPerDay(page)).toBeGreaterThan(dayBefore * 1.5);
    expect(errors).toEqual([]);
    await close();
  });

  it("zooms in on a double-click and out on a shift double-click", async () => {
    const { page, errors, close } = await openTimeline({ viewport: { width: 1440, height: 900 } });
    const box = await chart(page).boundingBox();
    if (!box) throw new Error("no chart");
    // The axis row: empty chart, so the double-click lands on no mark.
    const point = { x: box.x + box.width / 2, y: box.y + 8 };
    const before = await pixelsPerDay(page);
    await page.mouse.dblclick(point.x, point.y);
    await expect.poll(() => pixelsPerDay(page)).toBeCloseTo(before * 2, 0);
    await page.keyboard.down("Shift");
    await page.mouse.dblclick(point.x, point.y);
    await page.keyboard.up("Shift");
    await expect.poll(() => pixelsPerDay(page)).toBeCloseTo(before, 0);
    expect(errors).toEqual([]);
    await close();
  });

  it("pans, without selecting it, when a drag starts on a mark", async () => {
    const { page, errors, close } = await openTimeline({ viewport: { width: 1440, height: 900 } });
    const mark = chart(page).getByRole("button", { name: /^Warsaw Pact invasion/ });
    const start = await mark.boundingBox();
    if (!start) throw new Error("no mark");
    const ticks = await tickPositions(page);
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    // To the right: the mark stays clear of the lane's name, to be clicked after.
    await page.mouse.move(start.x + 200, start.y + start.height / 2, { steps: 5 });
    await page.mouse.up();
    // The time drawn went right with the pointer, as far.
    await expect.poll(() => panOf(page, ticks)).toBeCloseTo(200 - start.width / 2, -1);
    expect(await page.getByRole("complementary", { name: "Warsaw Pact invasion" }).count()).toBe(0);
    await mark.click();
    await page.getByRole("complementary", { name: "Warsaw Pact invasion" }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it("pans with one finger and zooms with a pinch on a touch screen", async () => {
    // A phone on its side: held upright, it draws time down the screen (see portrait.test.ts).
    const { page, errors, close } = await openTimeline({
      viewport: { width: 844, height: 390 },
      hasTouch: true,
      isMobile: true,
    });
    await chart(page).scrollIntoViewIfNeeded();
    const box = await chart(page).boundingBox();
    if (!box) throw new Error("no chart");
    const cdp = await page.context().newCDPSession(page);
    const touch = (
      type: "touchStart" | "touchMove" | "touchEnd",
      points: Array<[number, number]>,
    ) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: points.map(([x, y], id) => ({ x, y, id })),
      });
    const y = box.y + 100;
    const before = await pixelsPerDay(page);
    // Two fingers 100 px apart spread to 260: each day is drawn 2.6 times as wide.
    await touch("touchStart", [
      [box.x + 100, y],
      [box.x + 200, y],
    ]);
    for (let step = 1; step <= 8; step += 1) {
      await touch("touchMove", [
        [box.x + 100 - step * 10, y],
        [box.x + 200 + step * 10, y],
      ]);
    }
    await touch("touchEnd", []);
    await expect.poll(() => pixelsPerDay(page)).toBeGreaterThan(before * 2);
    const pinched = await pixelsPerDay(page);
    // One finger drawn 160 px to the left takes the time drawn with it, at the same scale.
    const ticks = await tickPositions(page);
    await touch("touchStart", [[box.x + 250, y]]);
    for (let step = 1; step <= 8; step += 1)
      await touch("touchMove", [[box.x + 250 - step * 20, y]]);
    await touch("touchEnd", []);
    await expect.poll(() => panOf(page, ticks)).toBeLessThan(-100);
    expect(await pixelsPerDay(page)).toBeCloseTo(pinched, 0);
    expect(errors).toEqual([]);
    await close();
  });

  it("selects an event by click and by keyboard, and shows its details", async () => {
    const { page, errors, close } = await openTimeline({ viewport: { width: 1440, height: 900 } });
    await chart(page)
      .getByRole("button", { name: /^Warsaw Pact invasion/ })
      .click();
    const details = page.getByRole("complementary", { name: "Warsaw Pact invasion" });
    await details.waitFor();
    expect(await details.textContent()).toContain("Analogy: Foreign troops arrive");
    // The counterpart in the first role the event plays, foreign troops arriving (it plays others too).
    await details
      .getByRole("button", { name: /^Kazakhstan, 2022: CSTO force arrives/ })
      .first()
      .click();
    await page.getByRole("complementary", { name: "CSTO force arrives" }).waitFor();
    await page.keyboard.press("Escape");

    const tabbable = chart(page).locator('[role="button"][tabindex="0"]');
    await tabbable.focus();
    const first = await tabbable.getAttribute("aria-label");
    await page.keyboard.press("ArrowRight");
    const second = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(second).not.toBe(first);
    await page.keyboard.press("Enter");
    const title = second?.split(",")[0] ?? "";
    await page.getByRole("complementary", { name: title }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it.each([
    ["phone", 360, 760],
    ["projector", 1920, 1080],
  ])("fits a %s (%i px) and keeps every label clear of the others", async (name, width, height) => {
    const { page, close } = await openTimeline({ viewport: { width, height } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const overlaps = await page.evaluate(() => {
      const boxes = Array.from(document.querySelectorAll(".echoes-mark__label")).map((label) =>
        label.getBoundingClientRect(),
      );
      let count = 0;
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          if (
            a.left < b.right - 1 &&
            b.left < a.right - 1 &&
            a.top < b.bottom - 1 &&
            b.top < a.bottom - 1
          )
            count += 1;
        }
      });
      return count;
    });
    expect(overlaps).toBe(0);
    await saveScreenshot(page, `timeline-${name}`);
    await close();
  });
});
