import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeContextsAfterEach, launchBrowser, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

const fixtures = join(import.meta.dirname, "..", "fixtures");
const fixture = (path: string) => ({
  name: path.split("/").pop() ?? path,
  mimeType: path.endsWith(".csv") ? "text/csv" : "application/json",
  buffer: readFileSync(join(fixtures, path)),
});

describe("the reader's own files", () => {
  it("opens an episode from a spreadsheet, naming the row and column of a bad cell, with the curated collection one click away", async () => {
    const { page, errors, close } = await openPage(browser, "/?mode=calendar");
    await page
      .getByRole("group", { name: /^Timeline/ })
      .getByRole("button")
      .first()
      .waitFor();
    await page.getByLabel("Open your own files…").setInputFiles([fixture("csv/two-rows.csv")]);
    await page.getByRole("heading", { level: 1, name: "Your files" }).waitFor();
    await page
      .getByRole("group", { name: /^Timeline/ })
      .getByRole("button", { name: /^An event,/ })
      .waitFor();
    const notice = page.getByRole("region", {
      name: /Part of this collection could not be loaded/,
    });
    expect(await notice.textContent()).toContain(
      'two-rows.csv: row 3, column "date": "1968-02-30" is not a date (February 1968 has 29 days)',
    );
    // Without analogy roles the timeline starts on the calendar.
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ mode: "calendar" });
    await page.getByRole("link", { name: "Back to the curated collection" }).click();
    await page.getByRole("heading", { level: 1 }).filter({ hasText: "Hungary 1956" }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it("opens a collection dropped with its files, and checks it like the curated one", async () => {
    const { page, errors, close } = await openPage(browser, "/");
    // The page takes files once its tools have come, just after the chart.
    await page.getByLabel("Open your own files…").waitFor({ state: "attached" });
    const files = [
      "sample/collection.json",
      "sample/analogies.json",
      "sample/episodes/hungary-1956.json",
      "sample/episodes/prague-1968.json",
      "sample/articles/sample-article.json",
      "sample/lessons/sample-lesson.json",
    ].map((path) => {
      const { name, mimeType, buffer } = fixture(path);
      return { name, mimeType, text: buffer.toString("utf8") };
    });
    const transfer = await page.evaluateHandle((given) => {
      const data = new DataTransfer();
      for (const file of given)
        data.items.add(new File([file.text], file.name, { type: file.mimeType }));
      return data;
    }, files);
    await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
    await page.getByRole("heading", { level: 1, name: "Sample collection" }).waitFor();
    await page
      .getByRole("group", { name: /^Timeline/ })
      .getByRole("button", { name: /^Warsaw Pact invasion/ })
      .waitFor();
    expect(await page.getByRole("region", { name: "The article" }).textContent()).toContain(
      "A sample article",
    );
    expect(await page.getByRole("region", { name: /could not be loaded/ }).count()).toBe(0);
    expect(
      await page.getByRole("button", { name: "Present the lesson “Sample lesson”" }).count(),
    ).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it("opens the curated collection's own files picked one by one, its article and lesson of the same name told apart", async () => {
    const { page, errors, close } = await openPage(browser, "/");
    await page.getByLabel("Open your own files…").waitFor({ state: "attached" });
    const data = join(import.meta.dirname, "..", "..", "data");
    const files = [
      "collection.json",
      "analogies.json",
      "corrections.json",
      "episodes/hungary-1956.json",
      "episodes/prague-1968.json",
      "episodes/kazakhstan-2022.json",
      "articles/eerie-echoes.json",
      "lessons/eerie-echoes.json",
    ].map((path) => ({
      name: path.split("/").pop() ?? path,
      mimeType: "application/json",
      buffer: readFileSync(join(data, path)),
    }));
    await page.getByLabel("Open your own files…").setInputFiles(files);
    await page.locator(".echoes-masthead .echoes-origin").waitFor();
    await page
      .getByRole("group", { name: /^Timeline/ })
      .getByRole("button")
      .first()
      .waitFor();
    expect(await page.getByRole("region", { name: /could not be loaded/ }).count()).toBe(0);
    expect(await page.getByRole("region", { name: "The article" }).textContent()).toContain(
      "eerie echoes",
    );
    expect(await page.getByRole("button", { name: /^Present the lesson/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });
});
