// Day 0 dated only to its month is drawn as a band over that month, never as a line on its first
// day: in the curated collection, the exodus role's Prague and Kazakhstan anchors are such dates.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeContextsAfterEach, launchBrowser, openPage } from "./browser";
import { waitForSettledChart } from "./chartGeometry";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

const BANDS = [
  "Czechoslovakia, 1968: day 0 falls somewhere in August 1968",
  "Kazakhstan, 2022: day 0 falls somewhere in January 2022",
];

describe("day 0 of a lane whose anchor names only its month", () => {
  for (const [chart, viewport] of [
    ["landscape", { width: 1440, height: 900 }],
    ["portrait", { width: 360, height: 740 }],
  ] as const) {
    it(`is a visible, named band in the ${chart} chart`, async () => {
      const { page, errors, close } = await openPage(browser, "/?role=exodus-and-aftermath", {
        viewport,
      });
      try {
        await page.locator(".echoes-day-zero-band").first().waitFor();
        await waitForSettledChart(page);
        for (const name of BANDS) {
          const band = page.getByRole("img", { name });
          const box = await band.boundingBox();
          expect(box?.width, name).toBeGreaterThan(0);
          expect(box?.height, name).toBeGreaterThan(0);
          const opacity = await band.evaluate((rect) => getComputedStyle(rect).fillOpacity);
          expect(Number(opacity), name).toBeGreaterThan(0);
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
