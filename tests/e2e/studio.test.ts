import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { unzipSync } from "fflate";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CURATED } from "../support/collectionFiles";
import { audit } from "./axe";
import { closeContextsAfterEach, launchBrowser, openPage } from "./browser";

const ROOT = join(import.meta.dirname, "..", "..");

let browser: Browser;
let downloads: string;
beforeAll(async () => {
  browser = await launchBrowser();
  downloads = mkdtempSync(join(tmpdir(), "echoes-studio-"));
});
afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});
closeContextsAfterEach(() => browser);

/** Rows as a spreadsheet copies them: cells by tabs, rows by newlines. */
const sheet = (rows: readonly (readonly string[])[]) =>
  rows.map((row) => row.join("\t")).join("\n");

/** A source as the grid and a spreadsheet take it: title, publisher, address. */
const SOURCE = ["Cold War crises", "An encyclopedia", "https://example.org/cold-war"];

/** The grid's columns, in order: id, date, end date, title, summary, kind, certainty, place, then the first source. */
const EAST = sheet([
  [
    "strike",
    "1953-06-16",
    "",
    "Builders strike",
    "Builders in East Berlin stop work.",
    "protest",
    "confirmed",
    "East Berlin",
    ...SOURCE,
  ],
  [
    "tanks-arrive",
    "1953-06-17",
    "",
    "Soviet tanks arrive",
    "Soviet troops end the protests.",
    "intervention",
    "confirmed",
    "East Berlin",
    ...SOURCE,
  ],
  [
    "aftermath",
    "1953-07",
    "",
    "Arrests follow",
    "Thousands are arrested.",
    "aftermath",
    "confirmed",
    "",
    ...SOURCE,
  ],
]);
const POLAND = sheet([
  [
    "march",
    "1956-06-28",
    "",
    "Workers march",
    "Workers march in Poznań.",
    "protest",
    "confirmed",
    "Poznań",
    ...SOURCE,
  ],
  [
    "army-arrives",
    "1956-06-28T14:00",
    "",
    "The army arrives",
    "Tanks enter the city.",
    "crackdown",
    "confirmed",
    "Poznań",
    ...SOURCE,
  ],
  [
    "trials",
    "1956-09",
    "",
    "Trials begin",
    "The first trials open.",
    "aftermath",
    "confirmed",
    "",
    ...SOURCE,
  ],
]);
const ARTICLE = "Troops arrived within days.\n\nThe leaders said they had been invited.";

/** Pastes text into the focused field as a spreadsheet's copy would arrive. */
async function paste(page: Page, text: string) {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/** Types into a field reached by the keyboard: focus, then keys. */
async function typeInto(field: Locator, text: string) {
  await field.focus();
  await field.press("ControlOrMeta+A");
  await field.pressSequentially(text);
}

/** Fills a form's fields by their labels, by keyboard, and adds what it makes. */
async function fillForm(
  page: Page,
  form: string,
  submit: string,
  fields: readonly (readonly [label: string, text: string])[],
) {
  const found = page.getByRole("form", { name: form });
  for (const [label, text] of fields) await typeInto(found.getByLabel(label), text);
  await found.getByRole("button", { name: submit }).press("Enter");
}

const section = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Parts of the collection" }).getByRole("button", { name });

async function addEpisode(
  page: Page,
  fields: readonly [string, string, string, string],
  rows: string,
) {
  await section(page, "Collection").press("Enter");
  const form = page.getByRole("form", { name: "Add an episode" });
  const [id, title, label, summary] = fields;
  await typeInto(form.getByLabel("Id"), id);
  await typeInto(form.getByLabel("Title"), title);
  await typeInto(form.getByLabel("Short label"), label);
  await typeInto(form.getByLabel("Summary"), summary);
  await form.getByLabel("Summary").press("Enter");
  await page.getByRole("button", { name: "Add event" }).press("Enter");
  // The new event's id cell has the focus, where the rows are pasted.
  await expect
    .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
    .toMatch(/^event-/);
  await paste(page, rows);
}

/** The Checks list: its status line first, then each problem, so that a failure shows them. */
const checks = (page: Page) => page.getByRole("region", { name: "Checks" });

describe("the Studio", () => {
  it("builds a collection from scratch by keyboard, which validates, draws aligned on its role, survives a reload, and goes out as a zip and a link", async () => {
    const { page, errors, close } = await openPage(browser, "/?view=studio", {
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    await typeInto(page.getByLabel("Project name"), "Two crises");
    await page.getByRole("button", { name: "Start from nothing" }).press("Enter");
    await typeInto(page.getByLabel("Title", { exact: true }).first(), "Two crises");

    await addEpisode(
      page,
      ["east-1953", "The uprising of 1953", "East Germany, 1953", "Workers struck."],
      EAST,
    );
    await addEpisode(
      page,
      ["poland-1956", "The Poznań protests", "Poland, 1956", "Workers protested."],
      POLAND,
    );

    await section(page, "Analogies").press("Enter");
    await fillForm(page, "New role", "Add the role", [
      ["Id", "troops-arrive"],
      ["Name", "Troops arrive"],
      ["What it means", "Armed force comes to end the protest."],
    ]);
    await page
      .getByLabel("Add an event of East Germany, 1953")
      .selectOption({ label: "Soviet tanks arrive" });
    await page
      .getByLabel("Add an event of Poland, 1956")
      .selectOption({ label: "The army arrives" });
    await typeInto(
      page.getByRole("textbox", { name: "New statement: alike" }),
      "Force ended a workers' protest within days.",
    );
    await page.getByRole("button", { name: "Add to alike" }).press("Enter");
    await typeInto(
      page.getByRole("textbox", { name: "New statement: differs" }),
      "Soviet troops in one; the country's own army in the other.",
    );
    await page.getByRole("button", { name: "Add to differs" }).press("Enter");

    await section(page, "Article").press("Enter");
    await fillForm(page, "New article", "Add the article", [
      ["Id", "echoes"],
      ["Headline", "Echoes of force"],
      ["Text, word for word", ARTICLE],
    ]);
    for (const [quote, event, verdict] of [
      ["Troops arrived within days", "Soviet tanks arrive", "consistent"],
      ["The leaders said they had been invited", "The army arrives", "unverifiable"],
    ] as const) {
      await typeInto(page.getByLabel("Quote"), quote);
      await page.getByRole("button", { name: "Make an excerpt" }).press("Enter");
      const excerpt = page.locator(".echoes-studio-excerpt").last();
      await excerpt.getByLabel("Events it speaks of").selectOption({ label: event });
      await excerpt.getByLabel("Verdict").selectOption(verdict);
      await typeInto(excerpt.getByLabel("What the record shows"), "The record, checked.");
      if (verdict === "consistent") {
        await excerpt.getByRole("button", { name: "Add a source" }).press("Enter");
        const [title, publisher, address] = SOURCE;
        await typeInto(excerpt.getByLabel("Title").last(), title ?? "");
        await typeInto(excerpt.getByLabel("Publisher").last(), publisher ?? "");
        await typeInto(excerpt.getByLabel("Web address").last(), address ?? "");
      }
    }

    await section(page, "Lessons").press("Enter");
    await fillForm(page, "New lesson", "Add the lesson", [
      ["Id", "two-crises"],
      ["Title", "Two crises"],
      ["Summary", "Compare the two."],
    ]);
    for (const [title, text, question] of [
      ["The force arrives", "Tanks in one, soldiers in the other.", "Who sent them?"],
      ["Afterwards", "Both ended in arrests and trials.", "What came after?"],
    ]) {
      const newStop = page.getByRole("form", { name: "New stop" });
      await typeInto(newStop.getByLabel("Title"), title ?? "");
      await typeInto(newStop.getByLabel("Text"), text ?? "");
      await typeInto(newStop.getByLabel("Question"), question ?? "");
      await newStop
        .getByLabel("Evidence")
        .selectOption([{ label: "Soviet tanks arrive" }, { label: "The army arrives" }]);
      await newStop
        .getByRole("button", { name: "Add a stop from the timeline's current view" })
        .press("Enter");
    }

    await expect
      .poll(() => checks(page).textContent(), { timeout: 10_000 })
      .toMatch(/^Checks\s*No problems/);
    const preview = page.getByRole("region", { name: "The timeline, as it will be drawn" });
    await expect.poll(() => preview.locator("[data-ref]").count()).toBe(6);
    expect(await preview.getByLabel("Day 0 is").inputValue()).toBe("troops-arrive");

    await page.getByRole("status").filter({ hasText: "Saved in this browser" }).waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByLabel("Project", { exact: true }).inputValue())
      .toBe("Two crises");
    await expect.poll(() => preview.locator("[data-ref]").count()).toBe(6);
    await expect
      .poll(() => checks(page).textContent(), { timeout: 10_000 })
      .toMatch(/^Checks\s*No problems/);

    const saving = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the files (zip)" }).press("Enter");
    const zipPath = join(downloads, (await saving).suggestedFilename());
    await (await saving).saveAs(zipPath);
    expect(zipPath).toMatch(/two-crises\.zip$/);
    const folder = join(downloads, "two-crises");
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zipPath)))) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), bytes);
    }
    const validated = await promisify(execFile)(
      join(ROOT, "node_modules", ".bin", "tsx"),
      ["src/cli/validate.ts", join(folder, "collection.json")],
      { cwd: ROOT },
    );
    expect(validated.stdout).toContain(
      "valid (2 episodes, 6 events, 1 role, 1 article, 2 excerpts, 1 lesson, 0 corrections)",
    );

    await page.getByRole("button", { name: "Make a share link" }).press("Enter");
    const link = await page.getByLabel("Share link").inputValue();
    expect(errors).toEqual([]);
    await close();

    const shared = await openPage(
      browser,
      new URL(link).pathname + new URL(link).search + new URL(link).hash,
    );
    await shared.page.getByText("opens read-only").waitFor();
    const sharedPreview = shared.page.getByRole("region", {
      name: "The timeline, as it will be drawn",
    });
    await expect.poll(() => sharedPreview.locator("[data-ref]").count()).toBe(6);
    expect(
      await shared.page.getByLabel("Project", { exact: true }).getAttribute("readonly"),
    ).not.toBeNull();
    await shared.page.getByRole("button", { name: "Make a copy to edit" }).click();
    await expect.poll(() => shared.page.getByText("opens read-only").count()).toBe(0);
    expect(shared.errors).toEqual([]);
    await shared.close();

    const reopened = await openPage(browser, "/?view=studio");
    await reopened.page.getByLabel("Open files…").setInputFiles(zipPath);
    await expect
      .poll(() => checks(reopened.page).textContent(), { timeout: 10_000 })
      .toMatch(/^Checks\s*No problems/);
    const reopenedPreview = reopened.page.getByRole("region", {
      name: "The timeline, as it will be drawn",
    });
    await expect.poll(() => reopenedPreview.locator("[data-ref]").count()).toBe(6);
    expect(reopened.errors).toEqual([]);
    await reopened.close();
  }, 120_000);

  it("adds an episode from a spreadsheet to a copy of the curated collection, keeping the curated three", async () => {
    const { page, errors, close } = await openPage(browser, "/?view=studio", {
      viewport: { width: 1440, height: 900 },
    });
    await page.getByRole("button", { name: "Copy this collection" }).click();
    await expect
      .poll(() => checks(page).textContent(), { timeout: 10_000 })
      .toMatch(/^Checks\s*No problems/);
    const preview = page.getByRole("region", { name: "The timeline, as it will be drawn" });
    const lanes = () => preview.locator(".echoes-lane-frame").count();
    await expect.poll(lanes).toBe(CURATED.episodes.length);
    const csv = [
      "episode_id,episode_title,episode_label,id,date,title,summary,kind,certainty,source_title,source_publisher,source_url",
      `east-1953,The uprising of 1953,"East Germany, 1953",strike,1953-06-16,Builders strike,Builders in East Berlin stop work.,protest,confirmed,${SOURCE.join(",")}`,
      `east-1953,The uprising of 1953,"East Germany, 1953",tanks-arrive,1953-06-17,Soviet tanks arrive,Soviet troops end the protests.,intervention,confirmed,${SOURCE.join(",")}`,
    ].join("\n");
    await page
      .getByLabel("Add an episode from a spreadsheet (CSV)…")
      .setInputFiles({ name: "east-1953.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    const episodes = page.getByLabel("Episodes and events", { exact: true });
    await expect
      .poll(() => episodes.locator("option").allTextContents())
      .toEqual([...CURATED.episodes.map((episode) => episode.title), "The uprising of 1953"]);
    await expect.poll(lanes).toBe(CURATED.episodes.length + 1);
    await expect.poll(() => preview.getByText("East Germany, 1953").count()).toBeGreaterThan(0);

    // A sheet dropped on the open project joins it too, and leaves the reader's timeline alone.
    const dropped = csv.replaceAll(
      'east-1953,The uprising of 1953,"East Germany, 1953"',
      'poland-1956,The Poznań protests,"Poland, 1956"',
    );
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "poland-1956.csv", { type: "text/csv" }));
      const target = document.querySelector(".echoes-studio-bar");
      for (const type of ["dragover", "drop"]) {
        target?.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    }, dropped);
    await expect.poll(lanes).toBe(CURATED.episodes.length + 2);
    expect(await episodes.locator("option").last().textContent()).toBe("The Poznań protests");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(CURATED.title);
    expect(new URL(page.url()).searchParams.get("view")).toBe("studio");
    expect(errors).toEqual([]);
    await close();
  });

  it("shows an invalid date's problem beside its cell and keeps the rest of the row", async () => {
    const { page, errors, close } = await openPage(browser, "/?view=studio");
    await typeInto(page.getByLabel("Project name"), "Dates");
    await page.getByRole("button", { name: "Start from nothing" }).press("Enter");
    await addEpisode(
      page,
      ["east-1953", "The uprising of 1953", "East Germany, 1953", "Workers struck."],
      EAST,
    );
    const date = page.getByLabel("Date, event 2, Soviet tanks arrive", { exact: true });
    await typeInto(date, "1953-06-3");
    const problem = "episodes/east-1953.json: events[1].date: ";
    await expect
      .poll(async () =>
        page.evaluate(
          (id) =>
            [
              ...(document
                .getElementById(id ?? "")
                ?.getAttribute("aria-describedby")
                ?.split(" ") ?? []),
            ]
              .map((described) => document.getElementById(described)?.textContent ?? "")
              .join(" "),
          await date.getAttribute("id"),
        ),
      )
      .toContain(`${problem}"1953-06-3" is not a date`);
    expect(await date.getAttribute("aria-invalid")).toBe("true");
    expect(await date.inputValue()).toBe("1953-06-3");
    expect(
      await page.getByLabel("Title, event 2, Soviet tanks arrive", { exact: true }).inputValue(),
    ).toBe("Soviet tanks arrive");
    expect(
      await page.getByLabel("Summary, event 2, Soviet tanks arrive", { exact: true }).inputValue(),
    ).toBe("Soviet troops end the protests.");
    await expect.poll(() => checks(page).textContent()).toMatch(/^Checks\s*1 problem,/);
    // The other events are still drawn while this one waits for its date.
    const preview = page.getByRole("region", { name: "The timeline, as it will be drawn" });
    await expect.poll(() => preview.locator("[data-ref]").count()).toBe(2);
    expect(errors).toEqual([]);
    await close();
  });

  it("passes an accessibility audit (axe-core), on its first screen and with a project open", async () => {
    const { page, close } = await openPage(browser, "/?view=studio");
    await page.getByRole("button", { name: "Start from nothing" }).waitFor();
    expect(await audit(page)).toEqual([]);
    await page.getByRole("button", { name: "Copy this collection" }).click();
    await expect
      .poll(() => checks(page).textContent(), { timeout: 10_000 })
      .toMatch(/^Checks\s*No problems/);
    for (const name of ["Collection", "Episodes and events", "Analogies", "Article", "Lessons"]) {
      await section(page, name).click();
      expect(await audit(page), name).toEqual([]);
    }
    await close();
  });

  it("opens from the menu on a phone, and fits it (360 px wide) without sideways scrolling, in every part of the editor", async () => {
    const { page, errors, close } = await openPage(browser, "/", {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("button", { name: "Make your own" }).click();
    await page.getByRole("heading", { name: "Studio: make your own comparison" }).waitFor();
    expect(new URL(page.url()).searchParams.get("view")).toBe("studio");
    await page.getByRole("button", { name: "Copy this collection" }).click();
    await expect
      .poll(() => checks(page).textContent(), { timeout: 10_000 })
      .toMatch(/^Checks\s*No problems/);
    for (const name of ["Collection", "Episodes and events", "Analogies", "Article", "Lessons"]) {
      await section(page, name).click();
      await page.locator(".echoes-studio__section > *").first().waitFor();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${name} is as wide as the phone`,
      ).toBeLessThanOrEqual(360);
    }
    expect(errors).toEqual([]);
    await close();
  });
});
