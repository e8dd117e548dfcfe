import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURATED, curatedLesson } from "../support/collectionFiles";
import { type PdfContent, readPdf } from "../support/readPdf";
import { computedColourOf, LIGHT_PALETTE } from "../support/themePalettes";
import { closeContextsAfterEach, launchBrowser, openPage, saveScreenshot } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

const screenshots = join(import.meta.dirname, "screenshots");

interface PrintedPdf extends PdfContent {
  /** The smallest font size on the first page, in points. */
  readonly smallestPt: number;
}

/** DejaVu Sans, the page's font here: a word's box is 1.164 times its font size. */
const BOX_PER_PT = 1.164;
/** 8 pt, less what the rounding of a box's edges can take off it. */
const EIGHT_PT = 7.95;

/** Prints the page as the browser would to paper, saves it, and reads it back with poppler. */
async function printPdf(page: Page, name: string, format: "A4" | "Letter"): Promise<PrintedPdf> {
  const pdf = await page.pdf({ format, landscape: true });
  mkdirSync(screenshots, { recursive: true });
  const path = join(screenshots, `${name}-${format}.pdf`);
  writeFileSync(path, pdf);
  const boxes = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-bbox", path, "-"], {
    encoding: "utf8",
  });
  const heights = [...boxes.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map(
    ([, top, bottom]) => Number(bottom) - Number(top),
  );
  return { ...readPdf(path), smallestPt: Math.min(...heights) / BOX_PER_PT };
}

/** The smallest computed font size of the text in the printed charts, in CSS pixels. */
function smallestChartFont(page: Page, within: string) {
  return page.evaluate(
    (selector) =>
      Math.min(
        ...[...document.querySelectorAll(`${selector} .echoes-print-chart text`)].map((text) =>
          Number.parseFloat(getComputedStyle(text).fontSize),
        ),
      ),
    within,
  );
}

/**
 * Opens the view at path on a laptop screen with the Warsaw Pact invasion selected, and prints
 * it: the handout's code loads once the page is idle, and the browser says "beforeprint" when
 * printing starts.
 */
async function openHandout(path: string) {
  const opened = await openPage(browser, path, { viewport: { width: 1440, height: 900 } });
  const { page } = opened;
  await page.getByRole("complementary", { name: "Warsaw Pact invasion" }).waitFor();
  await expect
    .poll(async () => {
      await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
      return page.locator(".echoes-print--view").count();
    })
    .toBe(1);
  await page.emulateMedia({ media: "print" });
  return opened;
}

/** 8 pt in CSS pixels. */
const EIGHT_PT_PX = (8 * 96) / 72;

describe("printing the timeline's handout", () => {
  it("lays the view out again for a landscape page: labels of 8 pt or more, no +N, no buttons, sources by site", async () => {
    const { page, errors, close } = await openHandout(
      "/?mode=sequence&event=prague-1968/warsaw-pact-invasion",
    );

    const chart = page.locator(".echoes-print--view .echoes-print-chart");
    expect(await chart.isVisible()).toBe(true);
    expect(await page.locator("svg.echoes-chart").isVisible()).toBe(false);
    expect(await smallestChartFont(page, ".echoes-print--view")).toBeGreaterThanOrEqual(
      EIGHT_PT_PX,
    );
    // Drawn as a saved picture is, its "+N" badges left out: paper lists their events instead.
    expect(await chart.getAttribute("role")).toBe("img");
    expect(await chart.locator("[data-refs]").count()).toBe(0);
    expect(await chart.locator('[data-ref="prague-1968/warsaw-pact-invasion"]').count()).toBe(1);
    expect(await page.locator("button:visible, [role=menu]:visible").count()).toBe(0);
    expect(await page.getByRole("region", { name: "The article" }).isVisible()).toBe(false);
    const table = page.getByRole("table", { name: /^Events in view/ });
    expect(await table.isVisible()).toBe(true);
    const rows = await table.locator("tbody tr").allTextContents();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.join("\n")).toMatch(/Czechoslovakia, 1968.*Warsaw Pact invasion/);

    for (const format of ["A4", "Letter"] as const) {
      const printed = await printPdf(page, "handout", format);
      expect(printed.size[0]).toBeGreaterThan(printed.size[1]);
      expect(printed.smallestPt).toBeGreaterThanOrEqual(EIGHT_PT);
      // The chart on a page of its own, then the table at seven events a page or more.
      expect(printed.pages).toBeLessThanOrEqual(1 + Math.ceil(rows.length / 7));
      expect(printed.text).toContain("Warsaw Pact invasion");
      expect(printed.text).toMatch(/not drawn for want of room|Events in view/);
      // Sources by title and site, never by their whole address.
      expect(printed.text).toMatch(/Warsaw Pact invasion of Czechoslovakia \(en\.wikipedia\.org\)/);
      expect(printed.text).not.toMatch(/https?:\/\//);
      for (const control of [
        "Open your own files",
        "Copy link",
        "Download",
        "Present the lesson",
      ]) {
        expect(printed.text).not.toContain(control);
      }
      // A "+N" is a word of its own; the sequence's axis says "step N".
      expect(printed.text).not.toMatch(/(^| )\+\d+( |$)/);
    }

    await page.setViewportSize({ width: 1032, height: 703 });
    await saveScreenshot(page, "handout-print-media");
    expect(errors).toEqual([]);
    await close();
  }, 60_000);
});

describe("printing the handout from a dark page", () => {
  it("prints the chart in the light palette, as a saved picture is drawn", async () => {
    const { page, errors, close } = await openHandout(
      "/?theme=dark&event=prague-1968/warsaw-pact-invasion",
    );
    const chart = page.getByRole("img", { name: /^Timeline/ });
    const drawn = await chart.evaluate((svg) => {
      const fillOf = (selector: string) => {
        const element = svg.querySelector(selector);
        return element ? getComputedStyle(element).fill : undefined;
      };
      return {
        mark: fillOf('[data-ref="prague-1968/warsaw-pact-invasion"] path'),
        lane: fillOf("[data-episode] > text"),
        label: fillOf('[data-ref="prague-1968/warsaw-pact-invasion"] text'),
      };
    });
    expect(drawn).toEqual({
      mark: computedColourOf(LIGHT_PALETTE, "kind-intervention"),
      lane: computedColourOf(LIGHT_PALETTE, "accent"),
      label: computedColourOf(LIGHT_PALETTE, "ink"),
    });
    expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
    expect(errors).toEqual([]);
    await close();
  });
});

describe("printing a lesson", () => {
  const lesson = curatedLesson("eerie-echoes");
  const article = CURATED.articles.find((candidate) => candidate.id === "eerie-echoes");
  if (!article) throw new Error("the curated collection has no article eerie-echoes");

  it("prints a class handout with every stop's question and chart, and a teacher's sheet with every claim's verdict", async () => {
    const { page, errors, close } = await openPage(browser, "/", {
      viewport: { width: 1440, height: 900 },
    });
    // The browser's print dialog is not for a test: the page's call to it is counted instead.
    await page.evaluate(() => {
      const counted = window as Window & { printed?: number };
      counted.printed = 0;
      window.print = () => {
        counted.printed = (counted.printed ?? 0) + 1;
      };
    });
    const printed = () => page.evaluate(() => (window as Window & { printed?: number }).printed);

    await page.getByRole("button", { name: /^Print handouts/ }).click();
    const dialog = page.getByRole("dialog", { name: /^Print/ });
    await dialog.waitFor();
    await saveScreenshot(page, "lesson-print-dialog");

    await dialog.getByRole("button", { name: "Print the class handout" }).click();
    await expect.poll(printed).toBe(1);
    await page.emulateMedia({ media: "print" });
    const handout = page.locator(".echoes-print--lesson");
    expect(await handout.isVisible()).toBe(true);
    expect(await dialog.isVisible()).toBe(false);
    expect(await handout.locator(".echoes-print-chart").count()).toBe(lesson.stops.length);
    expect(await handout.locator(".echoes-print-chart [data-refs]").count()).toBe(0);
    expect(await smallestChartFont(page, ".echoes-print--lesson")).toBeGreaterThanOrEqual(
      EIGHT_PT_PX,
    );
    // Back to the page's own media: page.pdf prints in whatever is emulated.
    await page.emulateMedia({ media: null });

    const classA4 = await printPdf(page, "class-handout", "A4");
    expect(classA4.size[0]).toBeGreaterThan(classA4.size[1]);
    expect(classA4.smallestPt).toBeGreaterThanOrEqual(EIGHT_PT);
    for (const [index, stop] of lesson.stops.entries()) {
      expect(classA4.text).toContain(`Stop ${index + 1} of ${lesson.stops.length}`);
      expect(classA4.text).toContain(stop.question.replace(/\s+/g, " "));
    }
    expect(classA4.pages).toBeLessThanOrEqual(lesson.stops.length + 2);
    expect(classA4.text).not.toMatch(/https?:\/\//);
    expect(classA4.text).not.toContain("Print the");
    // The claims' verdicts are for the teacher, not on the class's pages.
    expect(classA4.text).not.toContain("Unverifiable");

    // Printing is over (the PDF's "afterprint"): the dialog offers the other sheet.
    await dialog.getByRole("button", { name: "Print the teacher's sheet" }).click();
    await expect.poll(printed).toBe(2);
    const checks = article.excerpts.filter((excerpt) => excerpt.check);
    // A table's cells mix in the PDF's text: the quotes are read in the page as it prints.
    await page.emulateMedia({ media: "print" });
    const claims = await page
      .locator(".echoes-print--lesson tbody tr")
      .evaluateAll((rows) => rows.map((row) => row.querySelector("td")?.textContent ?? ""));
    expect(claims).toHaveLength(checks.length);
    for (const [index, excerpt] of checks.entries()) {
      expect(claims[index]).toContain(excerpt.quote);
    }
    await page.emulateMedia({ media: null });
    const sheet = await printPdf(page, "teacher-sheet", "A4");
    for (const [verdict, label] of [
      ["consistent", "✓ Consistent"],
      ["imprecise", "≈ Imprecise"],
      ["contradicted", "✗ Contradicted"],
      ["unverifiable", "? Unverifiable"],
    ] as const) {
      const count = checks.filter((excerpt) => excerpt.check?.verdict === verdict).length;
      expect(sheet.text.split(label).length - 1).toBe(count);
    }
    expect(sheet.text).not.toMatch(/https?:\/\//);
    expect(sheet.text).not.toContain("Stop 1 of");
    // Four claims a page or more.
    expect(sheet.pages).toBeLessThanOrEqual(Math.ceil(checks.length / 4));

    await dialog.getByRole("button", { name: "Close" }).click();
    expect(await dialog.isVisible()).toBe(false);
    expect(
      await page.evaluate(() => document.activeElement?.textContent?.startsWith("Print handouts")),
    ).toBe(true);
    expect(errors).toEqual([]);
    await close();
  }, 60_000);
});

describe("printing the analogy matrix", () => {
  it("prints each statement's evidence as the titles of its events, not as links", async () => {
    const { page, errors, close } = await openPage(
      browser,
      "/?collection=/fixtures/evidence/collection.json&view=matrix",
      { viewport: { width: 1440, height: 900 } },
    );
    const matrix = page.getByRole("table", { name: /^Analogy matrix/ });
    await matrix.waitFor();
    const evidence = matrix.getByRole("button", { name: /^Student demonstration in Budapest/ });
    expect(await evidence.textContent()).toBe("Student demonstration in Budapest (Hungary, 1956)");

    await page.emulateMedia({ media: "print" });
    // On paper a link is only its words: the colour of the text around it, not underlined.
    expect(
      await evidence.evaluate((button) => {
        const own = getComputedStyle(button);
        const around = button.parentElement && getComputedStyle(button.parentElement);
        return { sameColour: own.color === around?.color, line: own.textDecorationLine };
      }),
    ).toEqual({ sameColour: true, line: "none" });
    await page.emulateMedia({ media: null });

    const printed = await printPdf(page, "matrix-evidence", "A4");
    expect(printed.pages).toBe(1);
    // By title alone, which keeps the printed matrix short.
    expect(printed.text).toContain(
      "Evidence: Student demonstration in Budapest, Dubček becomes First Secretary",
    );
    expect(errors).toEqual([]);
    await close();
  });
});
