import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curatedLesson } from "../support/collectionFiles";
import { audit } from "./axe";
import { closeContextsAfterEach, launchBrowser, openPage, openShareMenu } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

const views: ReadonlyArray<[string, string, (page: Page) => Promise<unknown>]> = [
  [
    "the timeline with an event and a passage selected",
    "/?passage=eerie-echoes/tanks-into-czechoslovakia",
    (page) => page.locator(".echoes-details:not(.echoes-details--empty)").waitFor(),
  ],
  [
    "the timeline aligned on a role whose day 0 is a band in two lanes",
    "/?role=exodus-and-aftermath",
    (page) => page.locator(".echoes-day-zero-band").first().waitFor(),
  ],
  [
    "the calendar with the list of all events open",
    "/?mode=calendar",
    async (page) => {
      await page.locator("svg.echoes-chart [data-ref]").first().waitFor();
      await page.getByText(/^All events, by episode/).click();
      await page.locator(".echoes-all-events[open] .echoes-episode").first().waitFor();
    },
  ],
  [
    "the analogy matrix",
    "/?view=matrix",
    (page) => page.getByRole("table", { name: /^Analogy matrix/ }).waitFor(),
  ],
  [
    "the table of events",
    "/?view=table&event=prague-1968/warsaw-pact-invasion",
    (page) => page.getByRole("button", { name: "Show on the timeline" }).waitFor(),
  ],
  [
    "the corrections log",
    "/?collection=/fixtures/corrections/collection.json&view=corrections",
    (page) => page.locator(".echoes-correction").first().waitFor(),
  ],
  [
    "an event's details with its corrected mark",
    "/?collection=/fixtures/corrections/collection.json&event=prague-1968/invasion",
    (page) => page.locator(".echoes-corrected__mark").first().waitFor(),
  ],
  [
    "a lesson on the projector",
    "/?lesson=eerie-echoes&stop=4",
    (page) => page.locator(".echoes-presenter svg.echoes-chart [data-ref]").first().waitFor(),
  ],
  [
    "the embed with its article",
    "/?embed&event=kazakhstan-2022/csto-force-arrives",
    (page) => page.getByRole("complementary", { name: /CSTO/ }).waitFor(),
  ],
  [
    "the Embed dialog",
    "/",
    async (page) => {
      await openShareMenu(page);
      await page.getByRole("button", { name: "Embed…" }).click();
      await page.getByRole("dialog").waitFor();
    },
  ],
  [
    "the timeline in the dark theme, an event selected",
    "/?theme=dark&event=prague-1968/warsaw-pact-invasion",
    (page) => page.getByRole("complementary", { name: "Warsaw Pact invasion" }).waitFor(),
  ],
  [
    "the table of events in the dark theme",
    "/?theme=dark&view=table",
    (page) => page.getByRole("table").waitFor(),
  ],
  [
    "the embed in the dark theme",
    "/?embed&theme=dark&article=off",
    (page) => page.locator("svg.echoes-chart [data-ref]").first().waitFor(),
  ],
  [
    "a collection that cannot be loaded",
    "/?collection=/fixtures/no-such-collection.json",
    (page) => page.getByRole("region", { name: "This collection could not be loaded" }).waitFor(),
  ],
];

describe("automated accessibility audit (axe-core)", () => {
  it.each(views)("finds no violation in %s", async (_name, path, ready) => {
    const { page, errors, close } = await openPage(browser, path, {
      viewport: { width: 1280, height: 800 },
    });
    await ready(page);
    expect(await audit(page)).toEqual([]);
    expect(errors.filter((error) => !error.includes("no-such-collection"))).toEqual([]);
    await close();
  });

  it("can tell a violation when there is one", async () => {
    const { page, close } = await openPage(browser, "/?view=table");
    await page.getByRole("table").waitFor();
    await page.evaluate(() => {
      const image = document.createElement("img");
      image.src = "/favicon.svg";
      document.querySelector("main")?.append(image);
    });
    expect((await audit(page)).join("\n")).toMatch(/^image-alt:/m);
    await close();
  });
});

describe("what a screen reader is given", () => {
  it("reads the page as landmarks, a heading per view, and a table with headers", async () => {
    const { page, close } = await openPage(browser, "/?view=table");
    await page.getByRole("table").waitFor();
    const tree = await page.locator("body").ariaSnapshot();
    expect(tree).toMatch(/link "Skip to the table of events"/);
    expect(tree).toMatch(/banner:/);
    expect(tree).toMatch(/navigation "Views":/);
    expect(tree).toMatch(/button "Table of events"/);
    expect(tree).toMatch(/main:/);
    expect(tree).toMatch(/heading "Table of events" \[level=2\]/);
    expect(tree).toMatch(/columnheader "Sort by date"/);
    expect(tree).toMatch(/rowheader "Warsaw Pact invasion"/);
    await close();
  });

  it("announces each stop of a lesson with where the class is", async () => {
    const lesson = curatedLesson("eerie-echoes");
    const where = `Stop 2 of ${lesson.stops.length}`;
    const { page, close } = await openPage(browser, `/?lesson=${lesson.id}&stop=2`);
    const heading = page.getByRole("heading", {
      level: 2,
      name: `${where}: ${lesson.stops[1]?.title}`,
      exact: true,
    });
    await heading.waitFor();
    expect(await heading.getAttribute("aria-live")).toBe("polite");
    const tree = await page.locator("body").ariaSnapshot();
    expect(tree).toContain(`progressbar "${where}"`);
    expect(tree).toMatch(/heading "Discuss" \[level=3\]/);
    expect(tree).toMatch(/button "Next"/);
    await close();
  });
});
