import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage, saveScreenshot } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PROJECTOR = { viewport: { width: 1280, height: 720 } };

const stopHeading = (page: Page) => page.locator(".echoes-presenter__stop h2");
const axisLabels = (page: Page) =>
  page.locator("svg.echoes-chart .echoes-axis text").allTextContents();
const params = (page: Page) => new URL(page.url()).searchParams;

describe("presenting the curated lesson", () => {
  it("starts from the page, steps by buttons, arrow keys and a clicker, and keeps the stop in the address", async () => {
    const { page, errors, close } = await openPage(browser, "/", PROJECTOR);
    await page.getByRole("button", { name: /^Present the lesson “Eerie echoes\?/ }).click();
    await expect.poll(() => stopHeading(page).textContent()).toMatch(/Stop 1 of 11: The claim/);
    expect(await page.getByRole("progressbar", { name: "Stop 1 of 11" }).count()).toBe(1);
    // The first stop selects the article's "eerie echoes" passage and shows its quote.
    expect(await page.locator(".echoes-presenter__quote blockquote").textContent()).toMatch(
      /eerie echoes/,
    );
    expect(params(page).get("lesson")).toBe("eerie-echoes");
    expect(params(page).get("stop")).toBe("1");

    await page.keyboard.press("PageDown");
    await expect.poll(() => stopHeading(page).textContent()).toMatch(/Stop 2 of 11: The spark/);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => stopHeading(page).textContent()).toMatch(/Stop 3 of 11: Who asked/);
    await page.keyboard.press("PageUp");
    await expect.poll(() => stopHeading(page).textContent()).toMatch(/Stop 2 of 11/);
    await page.getByRole("button", { name: "Next →" }).click();
    await page.getByRole("button", { name: "Next →" }).click();
    await expect.poll(() => stopHeading(page).textContent()).toMatch(/Stop 4 of 11: The troops/);
    expect(params(page).get("stop")).toBe("4");
    // Stop 4 shows days -1 to 12 from the troops' arrival: the axis reads from day 0 to about day +12.
    await expect.poll(() => axisLabels(page)).toContain("day +10");
    expect(await axisLabels(page)).not.toContain("day −14");
    await saveScreenshot(page, "lesson-stop-4");

    await page.goBack();
    await expect.poll(() => stopHeading(page).textContent()).toMatch(/Stop 3 of 11/);
    await page.keyboard.press("End");
    await expect.poll(() => stopHeading(page).textContent()).toMatch(/Stop 11 of 11/);
    expect(await page.getByRole("button", { name: "Next →" }).isDisabled()).toBe(true);
    await page.keyboard.press("Home");
    await expect.poll(() => stopHeading(page).textContent()).toMatch(/Stop 1 of 11/);
    expect(await page.getByRole("button", { name: "← Previous" }).isDisabled()).toBe(true);

    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: /^Present the lesson/ }).waitFor();
    expect(params(page).has("lesson")).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  it("opens the same stop from its link, with its event selected and its sources", async () => {
    const { page, errors, close } = await openPage(
      browser,
      "/?lesson=eerie-echoes&stop=3",
      PROJECTOR,
    );
    await expect.poll(() => stopHeading(page).textContent()).toMatch(/Stop 3 of 11: Who asked/);
    // The stop's event is selected: its details, with sources, open over the chart on demand.
    await page.getByRole("button", { name: /^Details: .*troops/i }).click();
    const details = page.getByRole("complementary", { name: /troops/i });
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
      "Hungary, 1956",
      "Czechoslovakia, 1968",
      "Kazakhstan, 2022",
      "What is alike",
      "What differs",
    ]);
    const rows = matrix.locator("tbody tr");
    expect(await rows.count()).toBe(16);
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

  it("prints on a few landscape pages", async () => {
    const { page, close } = await openPage(browser, "/?view=matrix");
    await page.getByRole("table", { name: /^Analogy matrix/ }).waitFor();
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
      "latin1",
    );
    const pages = pdf.match(/\/Type\s*\/Page\b/g) ?? [];
    // Sixteen roles, each statement with its evidence: four pages, one row never split across two.
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(4);
    const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? [];
    expect(Number(width)).toBeGreaterThan(Number(height));
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
    expect(await table.locator("caption").textContent()).toBe("All 110 events");

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
      .toMatch(/^\d+ of 110 events shown$/);
    for (const row of await table.locator("tbody tr").allTextContents()) {
      expect(row).toMatch(/Kazakhstan/);
    }
    await page.getByRole("searchbox", { name: "Find events" }).fill("");

    await page.getByRole("checkbox", { name: "Hungary, 1956" }).uncheck();
    await expect.poll(() => table.locator("caption").textContent()).toMatch(/of 110 events shown/);
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
