import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticCollection } from "../../scripts/syntheticCollection";
import { afterFrames, baseUrl, closeContextsAfterEach, launchBrowser } from "./browser";

const EVENTS = 10_000;
const PREFIX = "/synthetic-table/";
const FILES = new Map(
  Object.entries(syntheticCollection({ events: EVENTS, lanes: 10 })).map(([path, content]) => [
    path,
    JSON.stringify(content),
  ]),
);
/** Fewer than this many rows in the document: the table draws the rows in view, not all. */
const MOST_ROWS_DRAWN = 200;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

/** The table of a collection of 10,000 events, served from memory as a host would serve its files. */
async function openLongTable(viewport = { width: 1280, height: 800 }) {
  // No service worker, which would answer from its cache instead of the route.
  const context = await browser.newContext({ viewport, serviceWorkers: "block" });
  await context.route(
    (url) => url.pathname.startsWith(PREFIX),
    (route) => {
      const body = FILES.get(new URL(route.request().url()).pathname.slice(PREFIX.length));
      return body === undefined
        ? route.fulfill({ status: 404, body: "Not found" })
        : route.fulfill({ status: 200, contentType: "application/json", body });
    },
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(new URL(`/?collection=${PREFIX}collection.json&view=table`, baseUrl()).href);
  await page.locator("table.echoes-event-table tbody tr[aria-rowindex]").first().waitFor();
  return { page, errors };
}

/** What the table says of itself: its row count, and the aria-rowindex of each event row drawn. */
const tableState = (page: Page) =>
  page.evaluate(() => {
    const table = document.querySelector("table.echoes-event-table");
    return {
      rowCount: Number(table?.getAttribute("aria-rowcount")),
      drawn: [...(table?.querySelectorAll("tbody tr[aria-rowindex]") ?? [])].map((row) =>
        Number(row.getAttribute("aria-rowindex")),
      ),
    };
  });

/** The aria-rowindex of the row holding focus, or 0. */
const focusedRowIndex = (page: Page) =>
  page.evaluate(() =>
    Number(document.activeElement?.closest("tr")?.getAttribute("aria-rowindex") ?? 0),
  );

describe(`the table of ${EVENTS.toLocaleString("en")} events`, () => {
  it("draws only the rows in view, and scrolled to the end, the last of all", async () => {
    const { page, errors } = await openLongTable();
    const opened = await tableState(page);
    expect(opened.rowCount).toBe(EVENTS + 1);
    expect(opened.drawn[0]).toBe(2);
    expect(opened.drawn.length).toBeLessThan(MOST_ROWS_DRAWN);

    // The page grows or shrinks as rows are measured: scroll to its end until the end stays.
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await afterFrames(page);
        return (await tableState(page)).drawn.at(-1);
      })
      .toBe(EVENTS + 1);
    const end = await tableState(page);
    expect(end.rowCount).toBe(EVENTS + 1);
    expect(end.drawn.length).toBeLessThan(MOST_ROWS_DRAWN);
    expect(end.drawn).toEqual(end.drawn.map((_, offset) => (end.drawn[0] ?? 0) + offset));
    const lastRow = page.locator(`tbody tr[aria-rowindex="${EVENTS + 1}"]`);
    expect(await lastRow.isVisible()).toBe(true);
    // The header stays at the top of the window.
    const header = await page.locator("table.echoes-event-table thead th").first().boundingBox();
    expect(header?.y).toBe(0);
    expect(errors).toEqual([]);
  });

  it("scrolls the next rows in as Tab moves focus down past those drawn", async () => {
    const { page, errors } = await openLongTable();
    const lastDrawn = (await tableState(page)).drawn.at(-1) ?? 0;
    await page.locator("tbody tr[aria-rowindex='2'] button").first().focus();
    // Each row has two stops, its title and its source: no row is skipped.
    const rowsDown = lastDrawn + 20;
    for (let step = 0; step < 2 * rowsDown; step += 1) await page.keyboard.press("Tab");
    const reached = await focusedRowIndex(page);
    expect(reached).toBe(2 + rowsDown);
    const row = page.locator(`tbody tr[aria-rowindex="${reached}"]`);
    expect(await row.isVisible()).toBe(true);
    expect((await tableState(page)).drawn.length).toBeLessThan(MOST_ROWS_DRAWN);
    expect(errors).toEqual([]);
  });

  it("finds events among all the rows, and counts those found", async () => {
    const { page, errors } = await openLongTable();
    // Event 250 of each of the ten lanes, and no other.
    await page.getByRole("searchbox", { name: "Find events" }).fill("event 250 of");
    await expect
      .poll(() => page.locator("table.echoes-event-table caption").textContent())
      .toBe(`10 of ${EVENTS.toLocaleString("en")} events shown`);
    const found = await tableState(page);
    expect(found.rowCount).toBe(11);
    expect(found.drawn).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(errors).toEqual([]);
  });

  it("prints every row, not only those in view", async () => {
    const { page, errors } = await openLongTable();
    // The thousand events of one lane: too many to draw whole on screen.
    await page.getByRole("searchbox", { name: "Find events" }).fill("lane-3");
    await expect.poll(async () => (await tableState(page)).rowCount).toBe(1001);
    expect((await tableState(page)).drawn.length).toBeLessThan(MOST_ROWS_DRAWN);
    await page.emulateMedia({ media: "print" });
    await expect.poll(async () => (await tableState(page)).drawn.length).toBe(1000);
    await page.emulateMedia({ media: "screen" });
    await expect
      .poll(async () => (await tableState(page)).drawn.length)
      .toBeLessThan(MOST_ROWS_DRAWN);
    expect(errors).toEqual([]);
  });

  it("passes an accessibility audit (axe-core) scrolled into the middle", async () => {
    const { page } = await openLongTable();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await afterFrames(page);
    // Evaluated through the debugging protocol, which the page's Content Security Policy does not cover.
    await page.evaluate(
      readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8"),
    );
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: {
          run: (
            context: string,
          ) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>;
        };
      };
      const result = await axe.run(".echoes-table-view");
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});
