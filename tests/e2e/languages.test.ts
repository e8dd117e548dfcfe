import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/i18n/catalog";
import { CS } from "../../src/i18n/languages/cs";
import { HU } from "../../src/i18n/languages/hu";
import { KK } from "../../src/i18n/languages/kk";
import { RU } from "../../src/i18n/languages/ru";
import { SECTIONS } from "../support/englishSections";
import { audit } from "./axe";
import {
  closeContextsAfterEach,
  launchBrowser,
  openPage,
  saveScreenshot,
  sidewaysScrollers,
} from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

const LAPTOP = { viewport: { width: 1440, height: 900 } };
const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
};

/** A day-precision event, whose date each language writes with its own month name. */
const EVENT = "prague-1968/warsaw-letter";

const LANGUAGES: ReadonlyArray<{
  readonly tag: string;
  readonly catalog: Catalog;
  /** July, as the language's long date writes it. */
  readonly july: RegExp;
  /** Words the language writes as English does, which are not English left over. */
  readonly sameWords?: readonly string[];
}> = [
  { tag: "hu", catalog: HU, july: /július/ },
  // "Role" is Czech for a role, as in "Role analogie".
  { tag: "cs", catalog: CS, july: /července/, sameWords: ["Role"] },
  { tag: "ru", catalog: RU, july: /июля/ },
  { tag: "kk", catalog: KK, july: /шілде/ },
];

const chartDrawn = (page: Page) =>
  page.locator(".echoes-chart [data-ref], .echoes-portrait [data-ref]").first().waitFor();

const pageLanguage = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));

/** Every English string of the interface with words of its own: none should show in another language. */
const ENGLISH_STRINGS = (() => {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") {
      if (/\p{L}{3,}/u.test(value) && value !== "Echoes") found.push(value);
    } else if (value !== null && typeof value === "object") {
      for (const inner of Object.values(value)) walk(inner);
    }
  };
  walk(SECTIONS);
  return [...new Set(found)];
})();

/** The English interface strings the page shows, outside the content (marked with its own lang). */
async function englishShown(page: Page, sameWords: readonly string[] = []): Promise<string[]> {
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const content of copy.querySelectorAll("[lang]")) content.remove();
    for (const hidden of copy.querySelectorAll("script, style, noscript")) hidden.remove();
    return copy.textContent ?? "";
  });
  const normalised = text.replace(/\s+/g, " ");
  // Whole words only: "Reform" in Hungarian's "Reformlépés" is not English left over.
  return ENGLISH_STRINGS.filter((english) => !sameWords.includes(english)).filter((english) =>
    new RegExp(`(?<!\\p{L})${english.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "u").test(
      normalised,
    ),
  );
}

/** Buttons, tabs and fields of the page's bars whose text is cut, or that overlap one another. */
function crampedControls(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((within) => {
    const found: string[] = [];
    // What is shown: not what is hidden, nor what only a screen reader reads.
    const controls = [...document.querySelectorAll<HTMLElement>(within)].filter(
      (element) =>
        element.getBoundingClientRect().width > 1 &&
        getComputedStyle(element).clipPath === "none" &&
        element.closest(".echoes-visually-hidden, [hidden]") === null,
    );
    for (const control of controls) {
      if (control.scrollWidth > control.clientWidth + 1) {
        found.push(`cut: ${control.textContent?.trim()}`);
      }
      const box = control.getBoundingClientRect();
      if (box.left < -1 || box.right > window.innerWidth + 1) {
        found.push(`off the screen: ${control.textContent?.trim()}`);
      }
    }
    controls.forEach((control, index) => {
      const a = control.getBoundingClientRect();
      for (const other of controls.slice(index + 1)) {
        if (control.contains(other) || other.contains(control)) continue;
        const b = other.getBoundingClientRect();
        const overlap =
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        if (overlap)
          found.push(`overlap: ${control.textContent?.trim()} / ${other.textContent?.trim()}`);
      }
    });
    return found;
  }, selector);
}

const BAR_CONTROLS =
  ".echoes-masthead button, .echoes-masthead select, .echoes-masthead label, .echoes-views__tab, .echoes-viewbar button, .echoes-controls button, .echoes-controls select, .echoes-segmented span";

describe.each(LANGUAGES)("the interface in $tag", ({ tag, catalog, july, sameWords }) => {
  it("names the views, writes dates in the language, and leaves no English but the content", async () => {
    const { page, errors, close } = await openPage(browser, `/?lang=${tag}&event=${EVENT}`, LAPTOP);
    await chartDrawn(page);
    expect(await pageLanguage(page)).toEqual({ lang: tag, dir: "ltr" });
    for (const name of Object.values(catalog.app.pages)) {
      if (name === catalog.app.pages.studio) continue;
      await page.getByRole("button", { name, exact: true }).waitFor();
    }
    const date = page.locator(".echoes-details .echoes-event__meta time");
    expect(await date.textContent()).toMatch(july);
    expect(await date.textContent()).toMatch(/1968/);
    // The collection is in English, and says so in the interface's language.
    expect(await page.locator(".echoes-masthead h1").getAttribute("lang")).toBe("en");
    await page.locator(".echoes-content-language").waitFor();
    // Named in the interface's language where the browser can name it (Chromium cannot in Kazakh).
    if (tag !== "kk") {
      expect(await page.locator(".echoes-content-language").textContent()).not.toMatch(/English/);
    }
    // The page's tools, loaded once the chart is drawn, are in the language too.
    await page.getByRole("combobox", { name: catalog.language.label }).waitFor();
    expect(await englishShown(page, sameWords)).toEqual([]);
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("runs the presenter in the language, with its own switch", async () => {
    const { page, errors, close } = await openPage(
      browser,
      `/?lang=${tag}&lesson=eerie-echoes&stop=1`,
      { viewport: { width: 1920, height: 1080 } },
    );
    await page.getByRole("button", { name: catalog.lesson.next, exact: true }).waitFor();
    expect(
      await page.getByRole("button", { name: catalog.lesson.previous, exact: true }).isDisabled(),
    ).toBe(true);
    await page.getByRole("button", { name: catalog.lesson.exit, exact: true }).waitFor();
    await page.getByRole("combobox", { name: catalog.language.label }).waitFor();
    await chartDrawn(page);
    expect(await englishShown(page, sameWords)).toEqual([]);
    expect(await audit(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

// The views share one code path whatever the language: one language's check finds what any would.
describe("the other views, the Studio included", () => {
  it("in Kazakh, with no English but the content", async () => {
    for (const view of ["matrix", "table", "corrections", "studio"]) {
      const { page, errors, close } = await openPage(browser, `/?lang=kk&view=${view}`, LAPTOP);
      await page.locator("main h2").first().waitFor();
      await page.locator(".echoes-language-switch").waitFor();
      await page.locator(".echoes-loading").waitFor({ state: "detached" });
      expect.soft(await englishShown(page), view).toEqual([]);
      expect(errors, view).toEqual([]);
      await close();
    }
  });
});

describe("the longest words", () => {
  for (const { tag } of LANGUAGES.filter(({ tag }) => tag === "hu" || tag === "kk")) {
    for (const [screen, options] of [
      ["1440x900", LAPTOP],
      ["360x740", PHONE],
    ] as const) {
      it(`fit the page's bars in ${tag} at ${screen}`, async () => {
        const { page, errors, close } = await openPage(browser, `/?lang=${tag}`, options);
        await chartDrawn(page);
        await page.locator(".echoes-tool-menu__button, .echoes-language-switch").first().waitFor();
        await saveScreenshot(page, `languages-${tag}-${screen}`);
        expect(await sidewaysScrollers(page)).toEqual([]);
        expect(await crampedControls(page, BAR_CONTROLS)).toEqual([]);
        expect(errors).toEqual([]);
        await close();
      });
    }
  }
});

describe("the embed in an article's column", () => {
  it("keeps its link to the full app whole in Hungarian at 640 px", async () => {
    const { page, errors, close } = await openPage(browser, "/?embed&article=off&compact&lang=hu", {
      viewport: { width: 640, height: 520 },
    });
    await chartDrawn(page);
    await page.getByRole("link", { name: new RegExp(`^${HU.embed.openInEchoes}`) }).waitFor();
    expect(await crampedControls(page, ".echoes-embed__footer a")).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe("choosing a language", () => {
  it("follows the browser's languages when the address names none", async () => {
    const { page, close } = await openPage(browser, "/", { ...LAPTOP, locale: "cs-CZ" });
    await chartDrawn(page);
    expect(await pageLanguage(page)).toEqual({ lang: "cs", dir: "ltr" });
    await page.getByRole("button", { name: CS.app.pages.table, exact: true }).waitFor();
    await close();
  });

  it("switches in the page, keeping the view, the focus and the language in the address", async () => {
    const { page, errors, close } = await openPage(
      browser,
      `/?mode=calendar&event=${EVENT}`,
      LAPTOP,
    );
    await chartDrawn(page);
    const switcher = page.getByRole("combobox", { name: "Language" });
    await switcher.selectOption("ru");
    await page.getByRole("button", { name: RU.app.pages.table, exact: true }).waitFor();
    expect(await pageLanguage(page)).toEqual({ lang: "ru", dir: "ltr" });
    const address = new URL(page.url());
    expect(address.searchParams.get("lang")).toBe("ru");
    expect(address.searchParams.get("mode")).toBe("calendar");
    expect(address.searchParams.get("event")).toBe(EVENT);
    await page.locator(".echoes-details .echoes-event__meta time", { hasText: /июля/ }).waitFor();
    await chartDrawn(page);
    expect(
      await page.getByRole("radio", { name: RU.timeline.controls.modes.calendar }).isChecked(),
    ).toBe(true);
    expect(
      await page.evaluate(
        () => document.activeElement?.closest(".echoes-language-switch") !== null,
      ),
    ).toBe(true);
    await page.getByRole("combobox", { name: RU.language.label }).selectOption("en");
    await page.getByRole("button", { name: "Table of events", exact: true }).waitFor();
    expect(await page.locator(".echoes-content-language").count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it("switches from the phone's menu, which opens again on the switch", async () => {
    const { page, errors, close } = await openPage(browser, "/?lang=hu", PHONE);
    await chartDrawn(page);
    await page.getByRole("button", { name: HU.share.phoneMenu }).click();
    await page.getByRole("combobox", { name: HU.language.label }).selectOption("cs");
    await page.getByRole("combobox", { name: CS.language.label }).waitFor();
    await page.waitForFunction(
      () => document.activeElement?.closest(".echoes-language-switch") !== null,
    );
    expect(await pageLanguage(page)).toEqual({ lang: "cs", dir: "ltr" });
    expect(errors).toEqual([]);
    await close();
  });

  it("keeps the language in the embed code", async () => {
    const { page, errors, close } = await openPage(browser, "/?lang=kk", LAPTOP);
    await chartDrawn(page);
    await page.getByRole("button", { name: new RegExp(`^${KK.share.shareMenu}`) }).click();
    await page.getByRole("button", { name: new RegExp(`^${KK.share.embed}`) }).click();
    const dialog = page.getByRole("dialog", { name: KK.embedDialog.heading });
    const snippet = await dialog.getByRole("textbox", { name: KK.embedDialog.code }).inputValue();
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, "&") ?? "";
    expect(new URL(src).searchParams.get("lang")).toBe("kk");
    expect(errors).toEqual([]);
    // The preview then loads the new address, cancelling what the old one was still fetching.
    await dialog.getByRole("combobox", { name: KK.embedDialog.language }).selectOption("");
    const following = await dialog.getByRole("textbox", { name: KK.embedDialog.code }).inputValue();
    expect(/src="([^"]+)"/.exec(following)?.[1]).not.toMatch(/lang=/);
    await close();
  });

  it("says which language an address asked for that Echoes does not have", async () => {
    const { page, close } = await openPage(browser, "/?lang=de", {
      ...LAPTOP,
      locale: "en-GB",
    });
    await chartDrawn(page);
    await page.getByText(/the language "de" is not one Echoes speaks/).waitFor();
    expect(await pageLanguage(page)).toEqual({ lang: "en", dir: "ltr" });
    await close();
  });
});

describe("a right-to-left language", () => {
  it("mirrors the page, keeps time flowing left to right, and cuts nothing", async () => {
    const { page, errors, close } = await openPage(browser, `/?lang=ar-XB&event=${EVENT}`, LAPTOP);
    await chartDrawn(page);
    await page.locator(".echoes-language-switch").waitFor();
    await saveScreenshot(page, "languages-rtl-1440x900");
    expect(await pageLanguage(page)).toEqual({ lang: "ar-XB", dir: "rtl" });
    const boxes = await page.evaluate(() => {
      const box = (selector: string) => {
        const found = document.querySelector(selector)?.getBoundingClientRect();
        return found ? { left: found.left, right: found.right } : undefined;
      };
      const tabs = [...document.querySelectorAll(".echoes-views__tab")].map(
        (tab) => tab.getBoundingClientRect().left,
      );
      const dayTicks = [...document.querySelectorAll(".echoes-chart text")]
        .map((text) => ({ text: text.textContent ?? "", left: text.getBoundingClientRect().left }))
        .filter(({ text }) => /\d/.test(text));
      return {
        brand: box(".echoes-brand"),
        tools: box(".echoes-masthead__tools"),
        chart: box(".echoes-timeline__chart"),
        side: box(".echoes-timeline__side"),
        tabs,
        chartDirection: getComputedStyle(document.querySelector(".echoes-chart") as Element)
          .direction,
        dayTicks,
      };
    });
    // The brand at the right, the tools at the left; the first view's tab rightmost.
    expect(boxes.brand?.left).toBeGreaterThan(boxes.tools?.right ?? Number.POSITIVE_INFINITY);
    expect(boxes.tabs).toEqual([...boxes.tabs].sort((a, b) => b - a));
    // The event's details beside the chart, on its left.
    expect(boxes.side?.right).toBeLessThanOrEqual((boxes.chart?.left ?? 0) + 1);
    expect(boxes.chartDirection).toBe("ltr");
    expect(await sidewaysScrollers(page)).toEqual([]);
    expect(await crampedControls(page, BAR_CONTROLS)).toEqual([]);
    // English content reads left to right inside the right-to-left page.
    expect(await page.locator(".echoes-details h2").getAttribute("dir")).toBe("ltr");
    expect(errors).toEqual([]);
    await close();
  });

  it("mirrors the presenter: Previous on the right, Next on the left", async () => {
    const { page, errors, close } = await openPage(
      browser,
      "/?lang=ar-XB&lesson=eerie-echoes&stop=2",
      { viewport: { width: 1920, height: 1080 } },
    );
    await chartDrawn(page);
    const steps = page.locator(".echoes-presenter__step");
    const [previous, next] = await Promise.all([
      steps.nth(0).boundingBox(),
      steps.nth(1).boundingBox(),
    ]);
    expect(previous?.x).toBeGreaterThan(next?.x ?? Number.POSITIVE_INFINITY);
    await saveScreenshot(page, "languages-rtl-presenter-1920x1080");
    // The left arrow points to Next in a right-to-left page.
    await page.locator("body").press("ArrowLeft");
    await page.waitForFunction(
      () => new URLSearchParams(window.location.search).get("stop") === "3",
    );
    await page.locator("body").press("ArrowRight");
    await page.waitForFunction(
      () => new URLSearchParams(window.location.search).get("stop") === "2",
    );
    expect(
      await crampedControls(page, ".echoes-presenter__bar button, .echoes-presenter__nav button"),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("passes axe", async () => {
    const { page, close } = await openPage(browser, "/?lang=ar-XB", LAPTOP);
    await chartDrawn(page);
    await page.locator(".echoes-language-switch").waitFor();
    expect(await audit(page)).toEqual([]);
    await close();
  });
});
