import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeContextsAfterEach, launchBrowser, openPage, openShareMenu } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

const chart = (page: Page) => page.getByRole("group", { name: /^Timeline/ });
const searchParams = (page: Page) =>
  page.evaluate(() => Object.fromEntries(new URLSearchParams(window.location.search)));
const param = async (page: Page, name: string) =>
  page.evaluate((key) => new URLSearchParams(window.location.search).get(key), name);

async function open(path: string) {
  const opened = await openPage(browser, path, { viewport: { width: 1440, height: 900 } });
  await chart(opened.page).getByRole("button").first().waitFor();
  return opened;
}

describe("links to a view", () => {
  it("opens the exact view a link names, and reloading keeps it", async () => {
    const { page, errors, close } = await open(
      "/?mode=calendar&event=prague-1968/warsaw-pact-invasion&hide-kinds=protest&hide=kazakhstan-2022",
    );
    expect(await page.getByRole("radio", { name: "Calendar" }).isChecked()).toBe(true);
    await page.getByRole("complementary", { name: "Warsaw Pact invasion" }).waitFor();
    expect(await page.getByRole("checkbox", { name: /^Protest/ }).isChecked()).toBe(false);
    expect(await page.locator('.echoes-lane-frame[data-episode="kazakhstan-2022"]').count()).toBe(
      0,
    );
    await page.reload();
    await page.getByRole("complementary", { name: "Warsaw Pact invasion" }).waitFor();
    expect(await page.getByRole("radio", { name: "Calendar" }).isChecked()).toBe(true);
    expect(await page.locator('.echoes-lane-frame[data-episode="kazakhstan-2022"]').count()).toBe(
      0,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it("puts each change in the address, steps back and forward through them, and keeps zoom out of the history", async () => {
    const { page, errors, close } = await open("/");
    const start = await page.evaluate(() => history.length);
    await page.getByText("Sequence", { exact: true }).click();
    await expect.poll(() => param(page, "mode")).toBe("sequence");
    await chart(page)
      .getByRole("button", { name: /^Warsaw Pact invasion/ })
      .click();
    await expect.poll(() => param(page, "event")).toBe("prague-1968/warsaw-pact-invasion");
    expect(await page.evaluate(() => history.length)).toBe(start + 2);

    const box = await chart(page).boundingBox();
    if (!box) throw new Error("no chart");
    await page.mouse.move(box.x + box.width / 2, box.y + 8);
    for (let step = 0; step < 4; step += 1) await page.mouse.wheel(0, -200);
    await expect.poll(() => param(page, "zoom")).toMatch(/^[\d.]+,-?[\d.]+$/);
    // Zoomed in: the scale the address keeps is above that of the view as first shown, 1.
    expect(Number((await param(page, "zoom"))?.split(",")[0])).toBeGreaterThan(1);
    expect(await page.evaluate(() => history.length)).toBe(start + 2);

    await page.goBack();
    await expect.poll(() => param(page, "event")).toBeNull();
    expect(await page.getByRole("complementary", { name: "Warsaw Pact invasion" }).count()).toBe(0);
    expect(await page.getByRole("radio", { name: "Sequence" }).isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => page.getByRole("radio", { name: "Aligned" }).isChecked()).toBe(true);
    await page.goForward();
    await expect.poll(() => page.getByRole("radio", { name: "Sequence" }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it("opens the nearest valid view of a stale link and says what it could not restore", async () => {
    const { page, errors, close } = await open(
      "/?mode=spiral&event=prague-1968/no-such-event&hide-kinds=protest",
    );
    const notice = page.getByRole("region", {
      name: "Part of this link's view could not be restored",
    });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('the time axis "spiral" is not one');
    expect(await notice.textContent()).toContain(
      'the event "prague-1968/no-such-event" is not in this collection',
    );
    expect(await page.getByRole("radio", { name: "Aligned" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: /^Protest/ }).isChecked()).toBe(false);
    expect(await searchParams(page)).toEqual({ "hide-kinds": "protest" });
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await notice.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await close();
  });

  it("copies the link to the view", async () => {
    const { page, errors, close } = await open("/?mode=calendar");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await openShareMenu(page);
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText("Link to this view copied").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get("mode")).toBe("calendar");
    expect(errors).toEqual([]);
    await close();
  });
});
