// One run of a timeline page in headless Chromium: its first render, what it drew, zoom and pan
// until the view has settled, Echoes' mode switch, the heap; and one run of Echoes' table of
// events. The page-side helpers are scripts/benchPage.js.
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ChartRun, Drawn, Frames, ModeSwitch, Outcome, TableRun } from "./benchResults";
import { median, percentile } from "./benchStats";

export const VIEWPORT = { width: 1440, height: 900 };

const PAGE_SCRIPT = join(import.meta.dirname, "benchPage.js");
/**
 * Echoes writes a zoom to the address 300 ms after a gesture's last frame (src/app/useViewLink.ts):
 * every gesture is watched at least this long after its last step, on both pages.
 */
const SETTLE_FLOOR_MS = 350;
/** How long a view may take to settle after a gesture, a switch or a keystroke. */
const SETTLE_TIMEOUT_MS = 20_000;
/** How long a page may take to draw its timeline first. */
const LOAD_TIMEOUT_MS = 180_000;
/**
 * The search typed into the table, a key at a time: each keystroke changes the rows found (and
 * so the caption that counts them) in every synthetic collection the bench makes.
 */
const SEARCH_KEYS = ["9", "8", "7", "Backspace", "Backspace", "Backspace", "1", "2", "3"];

/** How one page is measured. */
export interface Side {
  /** The performance mark it sets in the frame that first draws its timeline. */
  readonly mark: string;
  /** The chart: gestures go to its middle, and its elements are counted. */
  readonly chart: string;
  /** Where changes of the view are watched for, to tell when it has settled. */
  readonly frame: string;
  /** Its event marks, and its "+N" badges. */
  readonly marks: string;
  readonly badges?: string;
  /** It lays out its marks again once a gesture pauses: settled only when that is drawn. */
  readonly relayout: boolean;
  readonly modeSwitch: boolean;
}

export const ECHOES: Side = {
  mark: "echoes:timeline-rendered",
  chart: ".echoes-chart",
  frame: ".echoes-chart-frame",
  marks: "[data-ref]",
  badges: "[data-refs]",
  relayout: true,
  modeSwitch: true,
};

export const VIS: Side = {
  mark: "vis:rendered",
  chart: ".vis-timeline",
  frame: ".vis-timeline",
  // A box item is drawn as a box, a line and a dot, each a .vis-item: counted once, by its box.
  marks: ".vis-box, .vis-range",
  relayout: false,
  modeSwitch: false,
};

type Settled = { endMs: number } | { unfinished: string };

/** scripts/benchPage.js, as the page has it. */
interface PageBench {
  readonly drawnAt: Record<string, number>;
  readonly recordFrames: () => void;
  readonly stopFrames: (until: number) => number[];
  readonly settle: (options: {
    /** Where changes are watched for; the rest is scripts/benchPage.js's SettleOptions. */
    root: string;
    floorMs?: number;
    present?: string;
    absent?: string;
    caughtUp?: boolean;
    ignoreClassOf?: string;
    quietFrames?: number;
    timeoutMs: number;
  }) => Promise<Settled>;
  readonly drawn: (selectors: { chart: string; marks: string; badges?: string }) => Drawn;
  readonly armKeystroke: (textOf: string, timeoutMs: number) => void;
  readonly keystroke: () => Promise<{ ms: number } | { unfinished: string }> | undefined;
}
// Functions passed to page.evaluate run in the page: each reaches the helpers through this cast, inline.
type BenchWindow = Window & { echoesBench: PageBench };

const errorText = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";

function summarize(frames: readonly number[], settleMs: number): Frames {
  return {
    medianMs: median(frames),
    p95Ms: percentile(frames, 0.95),
    maxMs: Math.max(...frames),
    count: frames.length,
    settleMs,
  };
}

/** Runs `measure` on a fresh page of its own, stopped (and reported unfinished) after timeLimitMs. */
async function inContext<T extends object>(
  browser: Browser,
  timeLimitMs: number,
  measure: (context: BrowserContext, page: Page) => Promise<T>,
): Promise<Outcome<T>> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ path: PAGE_SCRIPT });
  let timedOut = false;
  // Closing the page makes whatever it is waiting for fail, which ends the run.
  const limit = setTimeout(() => {
    timedOut = true;
    void context.close();
  }, timeLimitMs);
  try {
    return await measure(context, await context.newPage());
  } catch (error) {
    return {
      unfinished: timedOut ? `stopped after ${timeLimitMs / 1000} s` : errorText(error),
    };
  } finally {
    clearTimeout(limit);
    await context.close();
  }
}

/**
 * When the last of the JSON files asked for before `beforeMs` had arrived (its response's end),
 * on the page's clock: from the browser's resource timing of the page and of its workers, in
 * case a worker fetches them.
 */
async function lastByteBefore(page: Page, beforeMs: number): Promise<number> {
  const read = () => ({
    origin: performance.timeOrigin,
    arrivals: performance
      .getEntriesByType("resource")
      .filter((entry) => new URL(entry.name).pathname.endsWith(".json"))
      .map((entry) => ({
        startMs: entry.startTime,
        endMs: (entry as PerformanceResourceTiming).responseEnd,
      })),
  });
  const timings = [
    await page.evaluate(read),
    ...(await Promise.all(
      // A worker that has ended has nothing more to say.
      page.workers().map((worker) => worker.evaluate(read).catch(() => undefined)),
    )),
  ];
  const pageOrigin = timings[0]?.origin ?? 0;
  const ends = timings.flatMap((timing) =>
    !timing
      ? []
      : timing.arrivals
          .filter(({ startMs }) => startMs + timing.origin - pageOrigin <= beforeMs)
          .map(({ endMs }) => endMs + timing.origin - pageOrigin),
  );
  return ends.length > 0 ? Math.max(...ends) : Number.NaN;
}

/** Loads url and waits until the page has drawn its timeline: when it set its mark, and when that frame was drawn. */
async function loadAndDraw(page: Page, url: string, side: Side) {
  await page.goto(url);
  await page.waitForFunction(
    (mark) => mark in (window as unknown as BenchWindow).echoesBench.drawnAt,
    side.mark,
    { timeout: LOAD_TIMEOUT_MS },
  );
  return page.evaluate(
    (mark) => ({
      markMs: performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
      firstRenderMs: (window as unknown as BenchWindow).echoesBench.drawnAt[mark] ?? Number.NaN,
    }),
    side.mark,
  );
}

type SettleOptions = Parameters<PageBench["settle"]>[0];

/** Frame intervals from the first step of a gesture or scroll until the view has settled after its last. */
async function framesUntilSettled(
  page: Page,
  steps: () => Promise<void>,
  settle: SettleOptions,
): Promise<Outcome<Frames>> {
  await page.evaluate(() => (window as unknown as BenchWindow).echoesBench.recordFrames());
  await steps();
  const endedAt = await page.evaluate(() => performance.now());
  const settled = await page.evaluate(
    (options) => (window as unknown as BenchWindow).echoesBench.settle(options),
    settle,
  );
  const frames = await page.evaluate(
    (until) => (window as unknown as BenchWindow).echoesBench.stopFrames(until),
    "endMs" in settled ? settled.endMs : 0,
  );
  return "endMs" in settled ? summarize(frames, settled.endMs - endedAt) : settled;
}

/** A gesture on the chart is over when its page has settled, its re-layout drawn. */
const gestureSettled = (side: Side): SettleOptions => ({
  root: side.frame,
  floorMs: SETTLE_FLOOR_MS,
  caughtUp: side.relayout,
  timeoutMs: SETTLE_TIMEOUT_MS,
});

/** From the click on a mode to the chart settled in it. */
async function switchMode(page: Page, mode: "calendar" | "aligned"): Promise<Outcome<number>> {
  const result = await page.evaluate(
    async ({ mode, timeoutMs }) => {
      const input = document.querySelector(`input[value="${mode}"]`);
      if (!(input instanceof HTMLInputElement))
        return { unfinished: `no ${mode} mode to switch to` };
      const start = performance.now();
      // Calendar lanes have axes of their own, drawn once the calendar's tick module has loaded.
      const settling = (window as unknown as BenchWindow).echoesBench.settle({
        root: ".echoes-chart-frame",
        ...(mode === "calendar"
          ? { present: ".echoes-axis--lane" }
          : { absent: ".echoes-axis--lane" }),
        // The marks' glide to their new places is a CSS transition, flagged by a class for its duration.
        ignoreClassOf: ".echoes-chart",
        timeoutMs,
      });
      input.click();
      const settled = await settling;
      return "endMs" in settled ? { ms: settled.endMs - start } : settled;
    },
    { mode, timeoutMs: SETTLE_TIMEOUT_MS },
  );
  return "ms" in result ? result.ms : result;
}

async function switchModes(page: Page): Promise<Outcome<ModeSwitch>> {
  const toCalendar = await switchMode(page, "calendar");
  if (typeof toCalendar !== "number") return toCalendar;
  const back = await switchMode(page, "aligned");
  if (typeof back !== "number") return back;
  return { toCalendarMs: toCalendar, backMs: back };
}

/** The main thread's JS heap in use, in MB, after a garbage collection. */
async function heapAfterCollection(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const used = metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? Number.NaN;
  return used / 1_048_576;
}

/** Loads a timeline page, counts what it drew, then zooms, pans (and switches mode), as one run. */
export function measureChart(
  browser: Browser,
  url: string,
  side: Side,
  timeLimitMs: number,
): Promise<Outcome<ChartRun>> {
  return inContext(browser, timeLimitMs, async (context, page) => {
    const { markMs, firstRenderMs } = await loadAndDraw(page, url, side);
    const lastByteMs = await lastByteBefore(page, markMs);
    const drawn = await page.evaluate(
      (selectors) => (window as unknown as BenchWindow).echoesBench.drawn(selectors),
      { chart: side.chart, marks: side.marks, ...(side.badges ? { badges: side.badges } : {}) },
    );
    const chart = page.locator(side.chart).first();
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error(`no ${side.chart} on ${url}`);
    const x = box.x + box.width / 2;
    const y = box.y + Math.min(150, box.height / 2);
    await page.mouse.move(x, y);
    // In further than out, so that the view ends elsewhere than it began and is laid out again.
    const zoom = await framesUntilSettled(
      page,
      async () => {
        for (let step = 0; step < 50; step += 1) await page.mouse.wheel(0, step < 30 ? -120 : 120);
      },
      gestureSettled(side),
    );
    const pan = await framesUntilSettled(
      page,
      async () => {
        await page.mouse.down();
        for (let step = 1; step <= 60; step += 1) await page.mouse.move(x - step * 8, y);
        await page.mouse.up();
      },
      gestureSettled(side),
    );
    const modeSwitch = side.modeSwitch ? await switchModes(page) : undefined;
    return {
      firstRenderMs,
      markMs,
      lastByteMs,
      drawn,
      zoom,
      pan,
      ...(modeSwitch ? { modeSwitch } : {}),
      heapMb: await heapAfterCollection(context, page),
    };
  });
}

/** Requests the page has made and not yet seen answered, counted from when this was called. */
function requestsInFlight(page: Page): () => number {
  const inFlight = new Set<unknown>();
  page.on("request", (request) => inFlight.add(request));
  page.on("requestfinished", (request) => inFlight.delete(request));
  page.on("requestfailed", (request) => inFlight.delete(request));
  return () => inFlight.size;
}

/**
 * Waits until the page is at rest after its first draw, as it is when a reader's click comes:
 * what it does when idle has started (a browser idle callback has run after it) and every
 * request it made has been answered.
 */
async function atRest(page: Page, inFlight: () => number): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  do {
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  } while (inFlight() > 0 && Date.now() < deadline);
}

async function openTable(page: Page) {
  const opened = await page.evaluate(async (timeoutMs) => {
    const tab = [...document.querySelectorAll<HTMLButtonElement>(".echoes-views__tab")].find(
      (button) => /table/i.test(button.textContent ?? ""),
    );
    if (!tab) return { unfinished: "no tab for the table of events" };
    const rows = ".echoes-event-table tbody tr[data-index]";
    const start = performance.now();
    const settling = (window as unknown as BenchWindow).echoesBench.settle({
      root: "body",
      present: rows,
      quietFrames: 0,
      timeoutMs,
    });
    tab.click();
    const settled = await settling;
    return "endMs" in settled
      ? { ms: settled.endMs - start, rows: document.querySelectorAll(rows).length }
      : settled;
  }, SETTLE_TIMEOUT_MS);
  if ("unfinished" in opened) throw new Error(`the table did not open: ${opened.unfinished}`);
  return opened;
}

async function scrollTable(page: Page): Promise<Outcome<Frames>> {
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  return framesUntilSettled(
    page,
    async () => {
      for (let step = 0; step < 60; step += 1) await page.mouse.wheel(0, 300);
    },
    { root: ".echoes-event-table tbody", timeoutMs: SETTLE_TIMEOUT_MS },
  );
}

async function searchTable(page: Page): Promise<Outcome<{ keystrokesMs: number[] }>> {
  await page.locator('.echoes-table-view__search input[type="search"]').focus();
  const keystrokesMs: number[] = [];
  for (const key of SEARCH_KEYS) {
    await page.evaluate(
      ({ caption, timeoutMs }) =>
        (window as unknown as BenchWindow).echoesBench.armKeystroke(caption, timeoutMs),
      { caption: ".echoes-event-table caption", timeoutMs: SETTLE_TIMEOUT_MS },
    );
    await page.keyboard.press(key);
    const timed = await page.evaluate(() =>
      (window as unknown as BenchWindow).echoesBench.keystroke(),
    );
    if (!timed) return { unfinished: "the keystroke was not seen" };
    if ("unfinished" in timed) return { unfinished: `after "${key}": ${timed.unfinished}` };
    keystrokesMs.push(timed.ms);
    // A reader's next key comes a moment later, not in the same frame.
    await page.waitForTimeout(100);
  }
  return { keystrokesMs };
}

/**
 * Opens Echoes' table of events once the timeline is drawn and the page at rest, scrolls through
 * it, and searches it.
 */
export function measureTable(
  browser: Browser,
  url: string,
  timeLimitMs: number,
): Promise<Outcome<TableRun>> {
  return inContext(browser, timeLimitMs, async (_context, page) => {
    const inFlight = requestsInFlight(page);
    await loadAndDraw(page, url, ECHOES);
    await atRest(page, inFlight);
    const opened = await openTable(page);
    const scroll = await scrollTable(page);
    const search = await searchTable(page);
    return { openMs: opened.ms, rowsDrawn: opened.rows, scroll, search };
  });
}
