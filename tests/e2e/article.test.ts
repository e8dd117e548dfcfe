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

const reader = (page: Page) => page.getByRole("region", { name: "The article" });
const chart = (page: Page) => page.getByRole("group", { name: /^Timeline/ });

/** Whether an element lies within another's box, as the reader sees them. */
async function isInside(page: Page, inner: string, outer: string): Promise<boolean> {
  return page.evaluate(
    ({ innerSelector, outerSelector }) => {
      const a = document.querySelector(innerSelector)?.getBoundingClientRect();
      const b = document.querySelector(outerSelector)?.getBoundingClientRect();
      return Boolean(
        a && b && a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom,
      );
    },
    { innerSelector: inner, outerSelector: outer },
  );
}

describe("the article reader in Chromium", () => {
  it("brings the Kazakhstan event into view from the passage about the CSTO troops", async () => {
    const { page, errors, close } = await openPage(browser, "/", {
      viewport: { width: 1440, height: 900 },
    });
    const passage = reader(page).getByRole("button", {
      name: /^“Russian paratroopers, or “peacekeeping forces” arrived/,
    });
    await passage.click();
    const mark = chart(page).getByRole("button", { name: /^CSTO force arrives/ });
    await expect.poll(() => mark.getAttribute("aria-pressed")).toBe("true");
    const symbol = '[data-ref="kazakhstan-2022/csto-force-arrives"] .echoes-mark__symbol';
    expect(await isInside(page, symbol, ".echoes-chart")).toBe(true);
    await page.getByRole("complementary", { name: "CSTO force arrives" }).waitFor();
    expect(await passage.getAttribute("aria-pressed")).toBe("true");
    expect(errors).toEqual([]);
    await saveScreenshot(page, "article-desktop");
    await close();
  });

  it("brings every event of a passage into view together", async () => {
    const { page, errors, close } = await openPage(browser, "/", {
      viewport: { width: 1440, height: 900 },
    });
    await reader(page)
      .getByRole("button", { name: /^““eerie echoes of Hungary 1956 and Czechoslovakia in 1968””/ })
      .click();
    // Each event is drawn in view, or in view inside a lit "+N" that opens as one zooms in.
    for (const ref of [
      "kazakhstan-2022/csto-force-arrives",
      "hungary-1956/second-soviet-intervention",
      "prague-1968/warsaw-pact-invasion",
    ]) {
      const episode = ref.split("/")[0];
      await expect
        .poll(
          async () =>
            (await isInside(page, `[data-ref="${ref}"] .echoes-mark__symbol`, ".echoes-chart")) ||
            (await isInside(
              page,
              `.echoes-lane[data-episode="${episode}"] .echoes-cluster.is-highlighted`,
              ".echoes-chart",
            )),
        )
        .toBe(true);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it("highlights the article's Prague passage when the 1968 invasion is selected", async () => {
    const { page, errors, close } = await openPage(browser, "/", {
      viewport: { width: 1440, height: 900 },
    });
    await chart(page)
      .getByRole("button", { name: /^Warsaw Pact invasion/ })
      .click();
    const prague = reader(page).getByRole("button", {
      name: /^“Leonid Brezhnev, mirroring the actions of his predecessor/,
    });
    await expect.poll(() => prague.getAttribute("class")).toMatch(/is-linked/);
    expect(await prague.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it("opens a claim check by keyboard and reads its verdict in words", async () => {
    const { page, close } = await openPage(browser, "/");
    // Located by its class: its name changes from "show" to "hide" once open.
    const badge = reader(page).locator(".echoes-verdict--imprecise").first();
    expect(await badge.getAttribute("aria-label")).toBe("Imprecise claim: show the check");
    await badge.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => badge.getAttribute("aria-expanded")).toBe("true");
    expect(await reader(page).getByRole("note").first().textContent()).toMatch(
      /^Checked: imprecise\./,
    );
    await close();
  });

  it("sits below the timeline on a phone", async () => {
    const { page, close } = await openPage(browser, "/", { viewport: { width: 360, height: 760 } });
    await reader(page).waitFor();
    const chartBox = await chart(page).boundingBox();
    const readerBox = await reader(page).boundingBox();
    expect((readerBox?.y ?? 0) > (chartBox?.y ?? 0) + (chartBox?.height ?? 0)).toBe(true);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await reader(page).scrollIntoViewIfNeeded();
    await saveScreenshot(page, "article-phone");
    await close();
  });
});
