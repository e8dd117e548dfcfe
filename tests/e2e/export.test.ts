import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computedColourOf, LIGHT_PALETTE } from "../support/themePalettes";
import {
  closeContextsAfterEach,
  launchBrowser,
  openPage,
  openShareMenu,
  saveScreenshot,
} from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

async function openTimeline(query = "") {
  const opened = await openPage(browser, `/?event=prague-1968/warsaw-pact-invasion${query}`, {
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  await opened.page.getByRole("complementary", { name: "Warsaw Pact invasion" }).waitFor();
  return opened;
}

/** Each episode's event for a role: its first member in time, as the chart aligns on it. */
function anchorTitles(roleId: string): string[] {
  const data = (file: string) =>
    JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), "utf8"));
  const role = data("analogies.json").roles.find(
    (candidate: { id: string }) => candidate.id === roleId,
  );
  return role.members.flatMap((member: { episode: string; events: string[] }) => {
    const events = data(`episodes/${member.episode}.json`).events.filter((event: { id: string }) =>
      member.events.includes(event.id),
    );
    const first = events.sort((a: { date: string }, b: { date: string }) =>
      a.date.localeCompare(b.date),
    )[0];
    return first ? [first.title] : [];
  });
}

describe("saving the timeline as a picture", () => {
  it.each(["troops-arrive", "crackdown", "official-justification"])(
    "draws every episode's day-0 event with its full title in the SVG and PNG (aligned on %s)",
    async (roleId) => {
      const { page, errors, close } = await openPage(browser, `/?role=${roleId}`, {
        viewport: { width: 1440, height: 900 },
        acceptDownloads: true,
      });
      await page.locator("svg.echoes-chart [data-ref]").first().waitFor();
      const [saved] = await Promise.all([
        page.waitForEvent("download"),
        openShareMenu(page).then(() =>
          openShareMenu(page).then(() =>
            page.getByRole("button", { name: "Download SVG" }).click(),
          ),
        ),
      ]);
      const svg = readFileSync(await saved.path(), "utf8");
      const titles = anchorTitles(roleId);
      expect(titles.length).toBeGreaterThan(1);
      const viewer = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await viewer.setContent(svg.replace(/^<\?xml[^>]*>/, ""));
      const texts = await viewer.locator("svg text").allTextContents();
      for (const title of titles) expect(texts, title).toContain(title);
      await viewer.close();
      const [png] = await Promise.all([
        page.waitForEvent("download"),
        openShareMenu(page).then(() =>
          openShareMenu(page).then(() =>
            page.getByRole("button", { name: "Download PNG" }).click(),
          ),
        ),
      ]);
      expect(png.suggestedFilename()).toMatch(/\.png$/);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it("saves an SVG with the title, the legend, the sources of the events in view and where it came from", async () => {
    const { page, errors, close } = await openTimeline();
    const [saved] = await Promise.all([
      page.waitForEvent("download"),
      openShareMenu(page).then(() => page.getByRole("button", { name: "Download SVG" }).click()),
    ]);
    expect(saved.suggestedFilename()).toBe("echoes-aligned.svg");
    const svg = readFileSync(await saved.path(), "utf8");
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg/);
    expect(svg).toContain("Hungary 1956");
    expect(svg).toContain("Warsaw Pact invasion");
    expect(svg).toContain("Intervention");
    expect(svg.slice(svg.indexOf("Sources of the events in view:"))).toContain("Wikipedia");
    expect(svg).toContain("Made with Echoes: http://127.0.0.1");
    expect(svg).not.toMatch(/class="|tabindex|<script|style="/);
    // An image with a name, for a screen reader in whatever the picture is put in.
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg [^>]*role="img" aria-label="Eerie echoes\?[^"]*"/);

    const viewer = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await viewer.setContent(svg.replace(/^<\?xml[^>]*>/, ""));
    await saveScreenshot(viewer, "export-svg");
    await viewer.close();
    expect(errors).toEqual([]);
    await close();
  });

  it("draws the picture in the light palette, with every colour resolved, whatever the page's theme", async () => {
    const { page, errors, close } = await openTimeline("&theme=dark");
    await openShareMenu(page);
    // The page's theme is never changed to draw the picture, not even for a moment.
    await page.evaluate(() => {
      const changes = window as Window & { themeChanges?: number };
      changes.themeChanges = 0;
      new MutationObserver((records) => {
        changes.themeChanges = (changes.themeChanges ?? 0) + records.length;
      }).observe(document.documentElement, { attributeFilter: ["data-theme"] });
    });
    const [saved] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download SVG" }).click(),
    ]);
    const svg = readFileSync(await saved.path(), "utf8");
    expect(svg).not.toContain("var(");
    expect(
      await page.evaluate(() => (window as Window & { themeChanges?: number }).themeChanges),
    ).toBe(0);
    expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");

    const viewer = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await viewer.setContent(svg.replace(/^<\?xml[^>]*>/, ""));
    const drawn = await viewer.evaluate(() => {
      const fillOf = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).fill : undefined;
      };
      return {
        background: fillOf("svg > rect"),
        mark: fillOf('[data-kind="intervention"] path'),
        label: fillOf("g[data-episode] > text"),
        legend: [...document.querySelectorAll("svg > g[data-kind] > path")].map(
          (swatch) => getComputedStyle(swatch).stroke,
        ),
      };
    });
    expect(drawn).toEqual({
      background: computedColourOf(LIGHT_PALETTE, "card"),
      mark: computedColourOf(LIGHT_PALETTE, "kind-intervention"),
      label: computedColourOf(LIGHT_PALETTE, "accent"),
      legend: expect.arrayContaining([computedColourOf(LIGHT_PALETTE, "kind-intervention")]),
    });
    await saveScreenshot(viewer, "export-svg-from-dark");
    await viewer.close();
    expect(errors).toEqual([]);
    await close();
  });

  it("draws the view on the screen: its width, its axis at the reader's zoom, day 0 and the selection", async () => {
    const { page, errors, close } = await openTimeline("&zoom=3,-0.4");
    const chart = page.getByRole("group", { name: /^Timeline/ });
    await chart.locator("[data-ref]").first().waitFor();
    const [saved] = await Promise.all([
      page.waitForEvent("download"),
      openShareMenu(page).then(() => page.getByRole("button", { name: "Download SVG" }).click()),
    ]);
    // Read as the picture was made, the view at rest.
    const screen = await chart.evaluate((svg) => ({
      width: (svg as SVGSVGElement).width.baseVal.value,
      ticks: [...svg.querySelectorAll(".echoes-axis--shared text")].map((text) => text.textContent),
    }));
    expect(screen.ticks.length).toBeGreaterThan(2);
    const viewer = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await viewer.setContent(readFileSync(await saved.path(), "utf8").replace(/^<\?xml[^>]*>/, ""));
    const drawn = await viewer.evaluate(() => {
      const chart = document.querySelector("svg > svg");
      const selected = chart?.querySelector(
        '[data-ref="prague-1968/warsaw-pact-invasion"] text[text-decoration="underline"]',
      );
      return {
        width: chart?.getAttribute("width"),
        ticks: [...(chart?.querySelectorAll('[aria-label="axis"] text') ?? [])].map(
          (text) => text.textContent,
        ),
        selected: selected?.textContent,
      };
    });
    expect(drawn).toEqual({
      width: String(screen.width),
      ticks: screen.ticks,
      selected: "Warsaw Pact invasion",
    });
    await viewer.close();
    expect(errors).toEqual([]);
    await close();
  });

  it("saves a PNG at twice the size, for slides", async () => {
    const { page, errors, close } = await openTimeline();
    const chartWidth = await page
      .getByRole("group", { name: /^Timeline/ })
      .evaluate((chart) => (chart as SVGSVGElement).width.baseVal.value);
    const [saved] = await Promise.all([
      page.waitForEvent("download"),
      openShareMenu(page).then(() => page.getByRole("button", { name: "Download PNG" }).click()),
    ]);
    expect(saved.suggestedFilename()).toBe("echoes-aligned.png");
    const png = readFileSync(await saved.path());
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(Math.round(chartWidth * 2));
    expect(png.readUInt32BE(20)).toBeGreaterThan(400);
    expect(errors).toEqual([]);
    await close();
  });
});
