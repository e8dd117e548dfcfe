import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURATED, curatedLesson } from "../support/collectionFiles";
import { readPdf } from "../support/readPdf";
import { closeContextsAfterEach, launchBrowser, openPage, saveScreenshot } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

const PROJECTOR = { viewport: { width: 1280, height: 720 } };
const screenshots = join(import.meta.dirname, "screenshots");

const stopHeading = (page: Page) => page.locator(".echoes-presenter__stop h2");
const axisLabels = (page: Page) =>
  page.locator("svg.echoes-chart .echoes-axis text").allTextContents();
const params = (page: Page) => new URL(page.url()).searchParams;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const LESSON = curatedLesson("eerie-echoes");
const STOPS = LESSON.stops.length;
/** What the presenter says of the stop numbered from 1: where the class is, and the stop's title. */
const stopTitle = (number: number) =>
  `Stop ${number} of ${STOPS}: ${LESSON.stops[number - 1]?.title ?? ""}`;
const launcher = (page: Page) =>
  page.getByRole("button", {
    name: new RegExp(`^Present the lesson “${escapeRegExp(LESSON.title)}”`),
  });

/** The days the shared axis names: "day 0", "day +10", "day −3". */
async function axisDays(page: Page): Promise<number[]> {
  return (await axisLabels(page)).flatMap((label) => {
    const day = /^day ([+\u2212]?)(\d+)$/.exec(label);
    return day ? [(day[1] === "\u2212" ? -1 : 1) * Number(day[2])] : [];
  });
}

describe("presenting the curated lesson", () => {
  it("starts from the page, steps by buttons, arrow keys and a clicker, and keeps the stop in the address", async () => {
    expect(STOPS).toBeGreaterThan(4);
    const { page, errors, close } = await openPage(browser, "/", PROJECTOR);
    await launcher(page).click();
    await expect.poll(() => stopHeading(page).textContent()).toBe(stopTitle(1));
    expect(
      await page.getByRole("progressbar", { name: `Stop 1 of ${STOPS}`, exact: true }).count(),
    ).toBe(1);
    // The first stop selects the article's "eerie echoes" passage and shows its quote.
    expect(await page.locator(".echoes-presenter__quote blockquote").textContent()).toMatch(
      /eerie echoes/,
    );
    expect(params(page).get("lesson")).toBe(LESSON.id);
    expect(params(page).get("stop")).toBe("1");

    await page.keyboard.press("PageDown");
    await expect.poll(() => stopHeading(page).textContent()).toBe(stopTitle(2));
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => stopHeading(page).textContent()).toBe(stopTitle(3));
    await page.keyboard.press("PageUp");
    await expect.poll(() => stopHeading(page).textContent()).toBe(stopTitle(2));
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect.poll(() => stopHeading(page).textContent()).toBe(stopTitle(4));
    expect(params(page).get("stop")).toBe("4");
    // A stop aligned on a window of days shows that window: the axis names days across it, and
    // none far outside it.
    const window = LESSON.stops[3]?.view?.window;
    if (window) {
      const [from, to] = window;
      const margin = (to - from) / 2;
      await expect
        .poll(async () => Math.max(...(await axisDays(page))))
        .toBeGreaterThan(from + margin);
      const days = await axisDays(page);
      expect(Math.min(...days)).toBeGreaterThanOrEqual(from - margin);
      expect(Math.max(...days)).toBeLessThanOrEqual(to + margin);
    }
    await saveScreenshot(page, "lesson-stop-4");

    await page.goBack();
    await expect.poll(() => stopHeading(page).textContent()).toBe(stopTitle(3));
    await page.keyboard.press("End");
    await expect.poll(() => stopHeading(page).textContent()).toBe(stopTitle(STOPS));
    expect(await page.getByRole("button", { name: "Next", exact: true }).isDisabled()).toBe(true);
    await page.keyboard.press("Home");
    await expect.poll(() => stopHeading(page).textContent()).toBe(stopTitle(1));
    expect(await page.getByRole("button", { name: "Previous", exact: true }).isDisabled()).toBe(
      true,
    );

    await page.keyboard.press("Escape");
    await launcher(page).waitFor();
    expect(params(page).has("lesson")).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it("opens the same stop from its link, with its event selected and its sources", async () => {
    const number = LESSON.stopNumber("who-asked");
    const event = CURATED.events.get(LESSON.stops[number - 1]?.view?.event ?? "");
    if (!event) throw new Error("the stop who-asked selects no event");
    const { page, errors, close } = await openPage(
      browser,
      `/?lesson=${LESSON.id}&stop=${number}`,
      PROJECTOR,
    );
    await expect.poll(() => stopHeading(page).textContent()).toBe(stopTitle(number));
    // The stop's event is selected: its details, with sources, open over the chart on demand.
    await page.getByRole("button", { name: `Details: ${event.title}` }).click();
    const details = page.getByRole("complementary", { name: event.title });
    await details.waitFor();
    expect(await details.getByRole("link").count()).toBeGreaterThan(0);
    const evidence = page.locator(".echoes-presenter__evidence");
    await evidence.locator("summary").click();
    expect(await evidence.getByRole("link").count()).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await close();
  });

  it("goes full screen and back", async () => {
    const { page, close } = await openPage(browser, "/?lesson=eerie-echoes", PROJECTOR);
    await page.getByRole("button", { name: "Full screen" }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.getByRole("button", { name: "Leave full screen" }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await close();
  });
});

describe("the analogy matrix", () => {
  it("shows roles as rows and episodes as columns, with what is alike and what differs", async () => {
    const { page, errors, close } = await openPage(browser, "/?view=matrix", {
      viewport: { width: 1440, height: 900 },
    });
    const matrix = page.getByRole("table", { name: /^Analogy matrix/ });
    await matrix.waitFor();
    expect(await matrix.getByRole("columnheader").allTextContents()).toEqual([
      "Role",
      ...CURATED.episodes.map((episode) => episode.label),
      "What is alike",
      "What differs",
    ]);
    const rows = matrix.locator("tbody tr");
    expect(await rows.count()).toBe(CURATED.roles.length);
    const troops = rows.filter({ hasText: "Foreign troops arrive" });
    expect(await troops.textContent()).toMatch(/Warsaw Pact invasion.*20 August 1968/);
    await saveScreenshot(page, "matrix");

    // The event in the Czechoslovakia column, not a link to it as the evidence of a statement.
    await troops
      .getByRole("button", { name: /^Warsaw Pact invasion .*: show on the timeline$/ })
      .click();
    await page.getByRole("complementary", { name: "Warsaw Pact invasion" }).waitFor();
    expect(params(page).get("event")).toBe("prague-1968/warsaw-pact-invasion");
    expect(params(page).has("view")).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it("prints on a few landscape pages, every role with its episodes", async () => {
    const { page, close } = await openPage(browser, "/?view=matrix");
    await page.getByRole("table", { name: /^Analogy matrix/ }).waitFor();
    mkdirSync(screenshots, { recursive: true });
    const path = join(screenshots, "matrix.pdf");
    writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const printed = readPdf(path);
    // Each statement with its evidence, and no row split across two pages: four roles a page or more.
    expect(printed.pages).toBeGreaterThan(0);
    expect(printed.pages).toBeLessThanOrEqual(Math.ceil(CURATED.roles.length / 4));
    expect(printed.size[0]).toBeGreaterThan(printed.size[1]);
    for (const role of CURATED.roles) expect(printed.text).toContain(role.label);
    for (const episode of CURATED.episodes) expect(printed.text).toContain(episode.label);
    await close();
  });
});

describe("the table of events", () => {
  it("is the first stop of the keyboard, and sorts, searches and filters in step with the timeline", async () => {
    const { page, errors, close } = await openPage(browser, "/", {
      viewport: { width: 1280, height: 800 },
    });
    await page.locator("svg.echoes-chart [data-ref]").first().waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Skip to the table of events",
    );
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("Table of events");
    const table = page.locator("table.echoes-event-table");
    expect(await table.locator("caption").textContent()).toBe(`All ${CURATED.eventCount} events`);

    await page.getByRole("button", { name: "Sort by date" }).click();
    expect(
      await table.getByRole("columnheader", { name: "Sort by date" }).getAttribute("aria-sort"),
    ).toBe("ascending");
    const firstDate = () =>
      table.locator("tbody tr").first().locator("time").getAttribute("datetime");
    const earliest = await firstDate();
    await page.getByRole("button", { name: "Sort by date" }).click();
    expect(await firstDate()).not.toBe(earliest);
    expect(earliest?.startsWith("1956")).toBe(true);

    await page.getByRole("searchbox", { name: "Find events" }).fill("Almaty");
    await expect
      .poll(() => table.locator("caption").textContent())
      .toMatch(new RegExp(`^\\d+ of ${CURATED.eventCount} events shown$`));
    for (const row of await table.locator("tbody tr").allTextContents()) {
      expect(row).toMatch(/Kazakhstan/);
    }
    await page.getByRole("searchbox", { name: "Find events" }).fill("");

    await page.getByRole("checkbox", { name: "Hungary, 1956" }).uncheck();
    await expect
      .poll(() => table.locator("caption").textContent())
      .toMatch(new RegExp(`of ${CURATED.eventCount} events shown`));
    expect((await table.locator("tbody").textContent())?.includes("Hungary, 1956")).toBe(false);

    await table.getByRole("button", { name: "Warsaw Pact invasion" }).click();
    expect(params(page).get("event")).toBe("prague-1968/warsaw-pact-invasion");
    await page.getByRole("button", { name: "Show on the timeline" }).click();
    await page.getByRole("complementary", { name: "Warsaw Pact invasion" }).waitFor();
    // The timeline has the same filter: Hungary's lane is gone.
    expect(await page.getByRole("checkbox", { name: "Hungary, 1956" }).isChecked()).toBe(false);
    expect(await page.locator("svg.echoes-chart").textContent()).not.toMatch(/Hungary, 1956/);
    expect(errors).toEqual([]);
    await close();
  });
});
