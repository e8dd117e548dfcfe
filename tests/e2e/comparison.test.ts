// What "done" means for the comparative chart: every anchor and every lesson's evidence drawn
// and in view, a keyboard walk through every event, labels neither cut nor overlapping, and
// collections at the edge of the format (a lane of one event, a lane of one day) drawn whole.
// Everything is measured in Chromium from bounding boxes; see chartGeometry.ts.
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  afterFrames,
  baseUrl,
  closeContextsAfterEach,
  launchBrowser,
  openPage,
  saveScreenshot,
} from "./browser";
import {
  anchorOf,
  CHART,
  type ChartSnapshot,
  type CollectionData,
  inTimeOrder,
  intersects,
  MARK,
  notDrawnInView,
  notShownAcross,
  readChart,
  readCollection,
  readLessonStops,
  showBox,
  TOOLTIP,
  waitForSettledChart,
  withinAcross,
} from "./chartGeometry";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
closeContextsAfterEach(() => browser);

const curated = readCollection("data/collection.json");
const lessonStops = readLessonStops("data/lessons/eerie-echoes.json");

const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1440, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };
const SMALL_PROJECTOR = { width: 1280, height: 720 };
type Size = typeof PHONE;
const sizeName = ({ width, height }: Size) => `${width}x${height}`;

/** One page per size, navigated from test to test, so that the browser starts once per group. */
function pagePerSize(size: Size, firstPath: string) {
  const session: { page?: Page; close?: () => Promise<void> } = {};
  beforeAll(async () => {
    const options: BrowserContextOptions = { viewport: size };
    const opened = await openPage(browser, firstPath, options);
    session.page = opened.page;
    session.close = opened.close;
  });
  afterAll(async () => {
    await session.close?.();
  });
  return async (path: string): Promise<Page> => {
    const { page } = session;
    if (!page) throw new Error(`no page at ${sizeName(size)}`);
    await page.goto(new URL(path, baseUrl()).href);
    await page.locator(MARK).first().waitFor();
    await waitForSettledChart(page);
    return page;
  };
}

function lanesMissing(chart: ChartSnapshot, collection: CollectionData): string[] {
  return collection.episodes.map((episode) => episode.id).filter((id) => !chart.lanes.includes(id));
}

describe("every analogy role's anchors are drawn, labelled and in view", () => {
  for (const size of [PHONE, LAPTOP, PROJECTOR]) {
    describe(`at ${sizeName(size)}`, () => {
      const open = pagePerSize(size, "/");
      for (const role of curated.roles) {
        it(`aligned on ${role.id}`, async () => {
          const page = await open(`/?role=${role.id}`);
          if (role.id === "troops-arrive") {
            await saveScreenshot(page, `comparison-anchors-${sizeName(size)}`);
          }
          const chart = await readChart(page);
          expect(lanesMissing(chart, curated), `lanes missing at ${sizeName(size)}`).toEqual([]);
          const problems = chart.lanes.flatMap((episodeId) => {
            const anchor = anchorOf(curated, role, episodeId);
            const problem = anchor && notDrawnInView(chart, anchor, { labelled: true });
            return problem ? [`anchor ${problem}`] : [];
          });
          expect(problems, `role "${role.id}" at ${sizeName(size)}`).toEqual([]);
        });
      }
    });
  }
});

describe("the presenter draws every stop's evidence, in view", () => {
  for (const size of [PROJECTOR, SMALL_PROJECTOR]) {
    describe(`at ${sizeName(size)}`, () => {
      const open = pagePerSize(size, "/");
      lessonStops.forEach((stop, index) => {
        const number = index + 1;
        it(`stop ${number}, ${stop.id}`, async () => {
          const page = await open(`/?lesson=eerie-echoes&stop=${number}`);
          await page.locator(".echoes-presenter").waitFor();
          if (number === 1) await saveScreenshot(page, `comparison-presenter-${sizeName(size)}`);
          const chart = await readChart(page);
          const problems = stop.evidence.flatMap((ref) => {
            const problem = notDrawnInView(chart, ref);
            return problem ? [`evidence ${problem}`] : [];
          });
          expect(problems, `stop ${number} (${stop.id}) at ${sizeName(size)}`).toEqual([]);
        });
      });
    });
  }
});

interface Focused {
  readonly tag: string;
  readonly ref: string | null;
  readonly ariaLabel: string | null;
  /** A g.echoes-mark[data-ref] inside svg.echoes-chart. */
  readonly isMark: boolean;
  readonly inChart: boolean;
  readonly symbolWithin: boolean;
}

/** What has the focus, and whether its symbol is inside the chart's visible box. */
function readFocused(page: Page): Promise<Focused> {
  return page.evaluate((chartSelector) => {
    const active = document.activeElement;
    const svg = document.querySelector(chartSelector);
    const symbol = active?.querySelector(".echoes-mark__symbol");
    let symbolWithin = false;
    if (svg && symbol) {
      const area = svg.getBoundingClientRect();
      const box = symbol.getBoundingClientRect();
      const right = Math.min(area.right, document.documentElement.clientWidth);
      symbolWithin = box.left >= Math.max(area.left, 0) - 1 && box.right <= right + 1;
    }
    return {
      tag: active?.tagName ?? "(none)",
      ref: active?.getAttribute("data-ref") ?? null,
      ariaLabel: active?.getAttribute("aria-label") ?? null,
      isMark: Boolean(active?.matches(`${chartSelector} g.echoes-mark[data-ref]`)),
      inChart: Boolean(svg && active && svg.contains(active)),
      symbolWithin,
    };
  }, CHART);
}

function showFocused(focused: Focused): string {
  if (focused.ref)
    return `${focused.ref}${focused.isMark ? "" : ` (a ${focused.tag}, not a mark)`}`;
  return `a ${focused.tag} ${focused.inChart ? "inside" : "outside"} the chart`;
}

/**
 * Waits (up to timeoutMs) for the focus to be on the mark of the ref, drawn inside the chart's
 * visible box; returns what had the focus at the end.
 */
async function focusReaches(page: Page, ref: string, timeoutMs = 3000): Promise<Focused> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const focused = await readFocused(page);
    const arrived = focused.ref === ref && focused.isMark && focused.symbolWithin;
    if (arrived || Date.now() > deadline) return focused;
    await page.waitForTimeout(25);
  }
}

/** Waits (up to timeoutMs) for the focus to rest on one mark, drawn in view, for two reads running. */
async function focusSettles(page: Page, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    const focused = await readFocused(page);
    const now = focused.isMark && focused.symbolWithin ? (focused.ref ?? "") : "";
    if (now !== "" && now === last) return;
    last = now;
    await page.waitForTimeout(50);
  }
}

describe("the keyboard walks every event", () => {
  it("steps with ArrowRight through every event of every lane once, in order, each drawn in view", async () => {
    const { page, errors, close } = await openPage(browser, "/", { viewport: LAPTOP });
    await page.locator(MARK).first().waitFor();
    await waitForSettledChart(page);
    const { lanes } = await readChart(page);
    expect(lanesMissing(await readChart(page), curated), "lanes missing").toEqual([]);
    const titles = new Map([...curated.events].map(([ref, event]) => [ref, event.title]));
    const expected = lanes.flatMap((episodeId) => {
      const episode = curated.episodes.find((candidate) => candidate.id === episodeId);
      return inTimeOrder(episode?.events ?? []).map((event) => `${episodeId}/${event.id}`);
    });
    expect(expected.length).toBe(curated.events.size);
    const lastLane = expected.filter((ref) => ref.startsWith(`${lanes.at(-1)}/`));

    // The chart is one Tab stop.
    expect(await page.locator(`${MARK}[tabindex="0"]`).count(), "marks with tabindex=0").toBe(1);
    await page.locator(`${MARK}[tabindex="0"]`).focus();
    // To the first lane (Up from the top lane stays there), then to its first event.
    for (let lane = 1; lane < lanes.length; lane += 1) {
      await page.keyboard.press("ArrowUp");
      await focusSettles(page);
    }
    await page.keyboard.press("Home");
    const start = await focusReaches(page, expected[0] ?? "");
    expect(
      start.ref,
      `Home after ArrowUp to the first lane should focus ${expected[0]}, drawn in view; focus is on ${showFocused(start)}${start.ref === expected[0] && !start.symbolWithin ? ", out of view" : ""}`,
    ).toBe(expected[0]);

    const visited: string[] = [start.ref ?? ""];
    const misnamed: string[] = [];
    for (let step = 1; step < expected.length; step += 1) {
      const want = expected[step] ?? "";
      const from = visited.at(-1);
      await page.keyboard.press("ArrowRight");
      const focused = await focusReaches(page, want);
      const arrived = focused.ref === want && focused.isMark && focused.symbolWithin;
      if (!arrived) {
        const where =
          focused.ref === want
            ? `${want} has the focus but is not drawn in the chart's visible box`
            : `focus is on ${showFocused(focused)}`;
        throw new Error(
          `ArrowRight ${step} of ${expected.length - 1}, from ${from}: expected ${want}; ${where}. ` +
            `Visited so far, in order: ${visited.length} of ${expected.length} events.`,
        );
      }
      visited.push(want);
      const title = titles.get(want) ?? "";
      if (!focused.ariaLabel?.startsWith(`${title}, `)) {
        misnamed.push(
          `${want}: aria-label "${focused.ariaLabel}" does not start with "${title}, "`,
        );
      }
    }
    expect(visited).toEqual(expected);
    expect(misnamed, "marks whose aria-label does not start with the full title").toEqual([]);

    // Home, End, Enter and Escape keep the focus in the chart.
    const lastFirst = lastLane[0] ?? "";
    const lastLast = lastLane.at(-1) ?? "";
    await page.keyboard.press("Home");
    const home = await focusReaches(page, lastFirst);
    expect(home.ref, `Home in the last lane: focus on ${showFocused(home)}`).toBe(lastFirst);
    await page.keyboard.press("End");
    const end = await focusReaches(page, lastLast);
    expect(end.ref, `End in the last lane: focus on ${showFocused(end)}`).toBe(lastLast);
    // Enter selects the event and Escape clears the selection; then, drawn, the focus is checked.
    const lastMark = page.locator(`${MARK}[data-ref="${lastLast}"]`);
    for (const [key, selected] of [
      ["Enter", "true"],
      ["Escape", "false"],
    ] as const) {
      await page.keyboard.press(key);
      await expect.poll(() => lastMark.getAttribute("aria-pressed")).toBe(selected);
      await afterFrames(page);
      const after = await readFocused(page);
      expect(after.inChart, `${key} on ${lastLast} moved the focus to ${showFocused(after)}`).toBe(
        true,
      );
    }
    expect(await page.locator(`${MARK}[tabindex="0"]`).count(), "marks with tabindex=0").toBe(1);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});

/** Labels a reader may see: shown, with text, and at least partly within the svg's sides. */
function shownLabels(chart: ChartSnapshot) {
  return chart.marks.flatMap((mark) =>
    mark.labelBox &&
    mark.labelBox.right > chart.visible.left &&
    mark.labelBox.left < chart.visible.right
      ? [{ ...mark, labelBox: mark.labelBox }]
      : [],
  );
}

function labelProblems(chart: ChartSnapshot): string[] {
  const labels = shownLabels(chart);
  const problems: string[] = [];
  for (const [index, mark] of labels.entries()) {
    const box = mark.labelBox;
    if (!withinAcross(box, chart.visible)) {
      problems.push(
        `label of ${mark.ref} ("${mark.label}") is cut by the chart's edge: ${showBox(box)}, chart ${showBox(chart.visible)}`,
      );
    }
    for (const other of labels.slice(index + 1)) {
      if (intersects(box, other.labelBox)) {
        problems.push(
          `labels of ${mark.ref} ${showBox(box)} and ${other.ref} ${showBox(other.labelBox)} overlap`,
        );
      }
    }
    for (const other of chart.marks) {
      if (other.ref !== mark.ref && other.symbolBox && intersects(box, other.symbolBox)) {
        problems.push(
          `label of ${mark.ref} ${showBox(box)} covers the symbol of ${other.ref} ${showBox(other.symbolBox)}`,
        );
      }
    }
    for (const cluster of chart.clusters) {
      if (intersects(box, cluster.box)) {
        problems.push(
          `label of ${mark.ref} ${showBox(box)} covers the cluster [${cluster.refs.join(" ")}] ${showBox(cluster.box)}`,
        );
      }
    }
  }
  return problems;
}

/**
 * What the shown tooltip says once it names the title (a tooltip of the mark before may still be
 * fading), or what it said at the end of the time; undefined if none was shown.
 */
async function tooltipText(page: Page, title: string, timeoutMs = 1500) {
  const deadline = Date.now() + timeoutMs;
  let text: string | undefined;
  for (;;) {
    text = await page.evaluate((selector) => {
      const shown = Array.from(document.querySelectorAll(selector)).filter((tooltip) =>
        tooltip.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
      );
      return shown.length > 0
        ? shown.map((tooltip) => tooltip.textContent ?? "").join(" | ")
        : undefined;
    }, TOOLTIP);
    if (text?.includes(title) || Date.now() > deadline) return text;
    await page.waitForTimeout(25);
  }
}

describe("labels are neither cut nor overlapping, and a cut label's title is a hover or focus away", () => {
  for (const size of [PHONE, LAPTOP, PROJECTOR]) {
    describe(`at ${sizeName(size)}`, () => {
      const open = pagePerSize(size, "/");

      it("keeps every label within the chart, clear of other labels, symbols and clusters", async () => {
        const page = await open("/");
        await saveScreenshot(page, `comparison-labels-${sizeName(size)}`);
        const chart = await readChart(page);
        expect(shownLabels(chart).length, `labels shown at ${sizeName(size)}`).toBeGreaterThan(0);
        expect(labelProblems(chart), `labels at ${sizeName(size)}`).toEqual([]);
      });

      it("shows the full title and date of every cut label on hover and on focus", async () => {
        const page = await open("/");
        const chart = await readChart(page);
        const cut = shownLabels(chart).filter((mark) => mark.label.endsWith("…"));
        for (const mark of cut) {
          const title = curated.events.get(mark.ref)?.title ?? "";
          expect(mark.ariaLabel.startsWith(`${title}, `), `aria-label of ${mark.ref}`).toBe(true);
          // The date: what follows the title in the aria-label, up to the kind.
          const date = mark.ariaLabel.slice(title.length + 2).split(", ")[0] ?? "";
          const markLocator = page.locator(`${MARK}[data-ref="${mark.ref}"]`);
          for (const how of ["hover", "focus"] as const) {
            // Away from the mark before each way in, and the last tooltip gone (if it goes).
            await page.mouse.move(0, 0);
            await page.locator("body").evaluate(() => {
              (document.activeElement as HTMLElement | null)?.blur();
            });
            await page
              .locator(TOOLTIP)
              .first()
              .waitFor({ state: "hidden", timeout: 1000 })
              .catch(() => undefined);
            if (how === "hover") {
              await markLocator.locator(".echoes-mark__symbol").hover({ timeout: 3000 });
            } else {
              await markLocator.focus();
            }
            const text = await tooltipText(page, title);
            const context = `${how} on ${mark.ref} (label "${mark.label}") at ${sizeName(size)}`;
            expect(text, `${context}: no ${TOOLTIP} shown`).toBeDefined();
            expect(text, `${context}: the tooltip lacks the full title`).toContain(title);
            expect(text, `${context}: the tooltip lacks the date`).toContain(date);
          }
        }
      }, 60_000);
    });
  }
});

const MODES = ["Aligned", "Calendar", "Sequence"] as const;

describe("collections at the edge of the format are drawn whole, in every time axis offered", () => {
  const fixtures = [
    ["a lane with a single event", "single-event"],
    ["a lane whose events all fall on one day", "same-day"],
  ] as const;
  for (const [what, dir] of fixtures) {
    for (const size of [PHONE, LAPTOP]) {
      it(`${what} (${dir}) at ${sizeName(size)}`, async () => {
        const collection = readCollection(`tests/fixtures/degenerate/${dir}/collection.json`);
        const { page, errors, close } = await openPage(
          browser,
          `/?collection=/fixtures/degenerate/${dir}/collection.json`,
          { viewport: size },
        );
        await page.locator(MARK).first().waitFor();
        await waitForSettledChart(page);
        const timeAxis = page.getByRole("group", { name: "Time axis" });
        const offered: string[] = [];
        for (const mode of MODES) {
          if ((await timeAxis.getByRole("radio", { name: mode, exact: true }).count()) > 0) {
            offered.push(mode);
          }
        }
        expect(offered, "time axes offered").toEqual(
          expect.arrayContaining(["Calendar", "Sequence"]),
        );

        const problems: string[] = [];
        const check = async (when: string) => {
          const chart = await readChart(page);
          for (const episodeId of lanesMissing(chart, collection)) {
            problems.push(`${when}: no lane for ${episodeId}`);
          }
          const missing = [...collection.events.keys()].flatMap((ref) => {
            const problem = notShownAcross(chart, ref);
            return problem ? [problem] : [];
          });
          if (missing.length === collection.events.size && chart.marks.length === 0) {
            // One line, not one per event, for an axis that draws nothing at all.
            const noRoles =
              collection.roles.length === 0
                ? " (the collection has no analogy role to align on)"
                : "";
            problems.push(
              `${when}: draws none of the ${collection.events.size} events, no mark and no cluster${noRoles}`,
            );
          } else {
            problems.push(...missing.map((problem) => `${when}: ${problem}`));
          }
        };
        for (const mode of offered) {
          const radio = timeAxis.getByRole("radio", { name: mode, exact: true });
          await timeAxis.getByText(mode, { exact: true }).click();
          await expect
            .poll(() => radio.isChecked(), { message: `the ${mode} time axis is chosen` })
            .toBe(true);
          await waitForSettledChart(page);
          await check(`${mode}, as first shown`);
          // The toolbar's button; an empty view's notice may offer another.
          await page
            .getByRole("group", { name: "Zoom" })
            .getByRole("button", { name: "Fit all", exact: true })
            .click();
          await waitForSettledChart(page);
          await check(`${mode}, after Fit all`);
          if (size === LAPTOP) {
            await saveScreenshot(page, `comparison-degenerate-${dir}-${mode.toLowerCase()}`);
          }
        }
        expect(problems, `${dir} at ${sizeName(size)}`).toEqual([]);
        expect(errors).toEqual([]);
        await close();
      });
    }
  }
});

describe('a "+N" lists what it holds', () => {
  it("opens a list of its events in one click, selects from it by keyboard, closes with Escape, and zooms to separate them", async () => {
    const { page, errors, close } = await openPage(browser, "/", { viewport: PHONE });
    await page.locator(MARK).first().waitFor();
    await waitForSettledChart(page);
    const cluster = page.locator(`${CHART} .echoes-cluster`).first();
    const refs = ((await cluster.getAttribute("data-refs")) ?? "").split(" ");
    expect(refs.length).toBeGreaterThan(1);
    await expect
      .poll(() => cluster.getAttribute("aria-label"))
      .toBe(`${refs.length} more events here: open the list`);

    await cluster.click();
    const list = page.getByRole("dialog", { name: `${refs.length} events folded here` });
    await list.waitFor();
    const listed = await list
      .locator("button[data-ref]")
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute("data-ref")));
    expect(listed).toEqual(refs);
    // Each entry gives the date, kind and title.
    const first = curated.events.get(refs[0] ?? "");
    await expect
      .poll(() => list.locator("button[data-ref]").first().textContent())
      .toContain(first?.title);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-ref")))
      .toBe(refs[0]);
    await page.keyboard.press("ArrowDown");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-ref")))
      .toBe(refs[1]);

    // Enter selects the event: its details open, and its mark is drawn, unfolded, with the focus.
    const chosen = refs[1] ?? "";
    await page.keyboard.press("Enter");
    await list.waitFor({ state: "detached" });
    const title = curated.events.get(chosen)?.title ?? "";
    await page.getByRole("complementary", { name: title }).waitFor();
    await expect
      .poll(async () => notDrawnInView(await readChart(page), chosen) ?? "drawn")
      .toBe("drawn");
    // On a phone the details are a sheet, which takes the focus; Escape closes it and gives the
    // focus to the mark.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("role")))
      .toBe("dialog");
    await page.keyboard.press("Escape");
    await page.getByRole("complementary", { name: title }).waitFor({ state: "detached" });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-ref")))
      .toBe(chosen);

    // Escape closes a list and gives the focus back to its "+N".
    const again = page.locator(`${CHART} .echoes-cluster`).first();
    const againRefs = ((await again.getAttribute("data-refs")) ?? "").split(" ");
    await again.click();
    await page.getByRole("dialog").waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute("data-refs")?.split(" ")[0]),
    ).toBe(againRefs[0]);

    // Zoom to separate: none of the events of the "+N" is folded any more, and the view starts at
    // them (where they are too far apart to show at once, the reader pans on through the rest).
    await again.click();
    await page.getByRole("button", { name: "Zoom to separate" }).click();
    await expect
      .poll(
        async () => {
          const chart = await readChart(page);
          const folded = againRefs.filter((ref) =>
            chart.clusters.some((cluster) => cluster.refs.includes(ref)),
          );
          const drawn = againRefs.filter((ref) => notDrawnInView(chart, ref) === undefined);
          return { folded, anyInView: drawn.length > 0 };
        },
        { timeout: 5000 },
      )
      .toEqual({ folded: [], anyInView: true });
    expect(errors).toEqual([]);
    await close();
  });
});
