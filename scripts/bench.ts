// The benchmark: Echoes against vis-timeline in headless Chromium, on the curated collection and
// on synthetic ones. Every figure is the median of several runs; compare ratios within one run.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { brotliCompressSync, gzipSync } from "node:zlib";
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
  type Request,
} from "playwright-core";
import { budgetTable, checkBudgets, type Measure } from "./benchBudgets";
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from "./chromium.mjs";
import {
  auditWithLighthouse,
  LIGHTHOUSE_CATEGORIES,
  type LighthouseCategory,
  type LighthouseResult,
} from "./lighthouseAudit";
import { buildAndServe } from "./serveBuild";
import { syntheticCollection } from "./syntheticCollection";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    sizes: { type: "string", default: "1000x3,1000x10,10000x3,10000x10,50000x3,50000x10" },
    smoke: { type: "boolean", default: false },
    out: { type: "string", default: join(root, "bench") },
  },
});
const runs = values.smoke ? 1 : Number(values.runs);
const sizes = (values.smoke ? "1000x3" : values.sizes).split(",").map((size) => {
  const [events = 0, lanes = 0] = size.split("x").map(Number);
  return { label: size, events, lanes };
});
/** vis-timeline takes minutes beyond this; larger sizes are measured for Echoes alone. */
const VIS_MAX_EVENTS = 10_000;
/** A vis-timeline run that takes longer than this is stopped and reported as unfinished. */
const VIS_TIME_LIMIT_MS = 150_000;
/**
 * TimelineJS's script, for comparison, pinned so that the package need not be installed: the
 * dist/js/timeline.js of @knight-lab/timelinejs 3.9.11 from npm, measured on 2026-12-04 as
 * compressed() measures ours (Node 20.20.2's zlib: gzip at level 9, brotli at its default
 * quality). Measure again before naming another version.
 */
const TIMELINE_JS = {
  version: "3.9.11",
  measured: "2026-12-04",
  bytes: { raw: 222_064, gzip: 64_652, brotli: 55_113 },
} as const;
const VIEWPORT = { width: 1440, height: 900 };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
};

/** Frame intervals while the given interaction runs, from a requestAnimationFrame loop. */
async function frameTimes(page: Page, interact: () => Promise<void>): Promise<number[]> {
  // In-page code goes as text: the TypeScript runner would otherwise wrap its named functions in helpers the page lacks.
  await page.evaluate(`(() => {
    window.benchFrames = [];
    window.benchRunning = true;
    let last = performance.now();
    const loop = (now) => {
      window.benchFrames.push(now - last);
      last = now;
      if (window.benchRunning) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  })()`);
  await interact();
  return page.evaluate(() => {
    const state = window as unknown as { benchFrames: number[]; benchRunning: boolean };
    state.benchRunning = false;
    return state.benchFrames.slice(2);
  });
}

async function measurePage(
  browser: Browser,
  url: string,
  mark: string,
  chartSelector: string,
  withModeSwitch: boolean,
  timeLimitMs?: number,
): Promise<Measure> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // Closing the page makes whatever it is waiting for fail, which ends the run.
  const limit = timeLimitMs ? setTimeout(() => void context.close(), timeLimitMs) : undefined;
  try {
    return await measureInContext(context, url, mark, chartSelector, withModeSwitch);
  } finally {
    clearTimeout(limit);
    await context.close();
  }
}

async function measureInContext(
  context: BrowserContext,
  url: string,
  mark: string,
  chartSelector: string,
  withModeSwitch: boolean,
): Promise<Measure> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: 180_000,
  });
  const firstRenderMs = await page.evaluate(
    (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
    mark,
  );
  // Both pages download the collection's JSON files themselves; the last to arrive says how much
  // of the first render was spent waiting for the server.
  const dataDownloadedMs = await page.evaluate((renderedAt) => {
    const ends = performance
      .getEntriesByType("resource")
      .filter((entry) => new URL(entry.name).pathname.endsWith(".json"))
      .filter((entry) => entry.startTime <= renderedAt)
      .map((entry) => (entry as PerformanceResourceTiming).responseEnd);
    return ends.length > 0 ? Math.max(...ends) : Number.NaN;
  }, firstRenderMs);
  const box = await page.locator(chartSelector).first().boundingBox();
  if (!box) throw new Error(`no ${chartSelector} on ${url}`);
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(150, box.height / 2);
  await page.mouse.move(x, y);
  const zoom = await frameTimes(page, async () => {
    for (let step = 0; step < 60; step += 1) await page.mouse.wheel(0, step < 30 ? -120 : 120);
  });
  const pan = await frameTimes(page, async () => {
    await page.mouse.down();
    for (let step = 1; step <= 60; step += 1) await page.mouse.move(x - step * 8, y);
    await page.mouse.up();
  });
  let modeSwitchMs: number | undefined;
  if (withModeSwitch) {
    modeSwitchMs = (await page.evaluate(`(async () => {
      const switchTo = (mode) =>
        new Promise((resolve) => {
          const chart = document.querySelector(".echoes-chart");
          const start = performance.now();
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          });
          if (chart) observer.observe(chart, { attributes: true, childList: true, subtree: true });
          // A switch that changes nothing is reported as not measured rather than waited for.
          setTimeout(() => { observer.disconnect(); resolve(Number.NaN); }, 5000);
          document.querySelector('input[value="' + mode + '"]')?.click();
        });
      const there = await switchTo("calendar");
      await new Promise((resolve) => setTimeout(resolve, 600));
      const back = await switchTo("aligned");
      return (there + back) / 2;
    })()`)) as number;
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? Number.NaN;
  return {
    firstRenderMs,
    dataDownloadedMs,
    zoomMedianMs: median(zoom),
    zoomP95Ms: percentile(zoom, 0.95),
    panMedianMs: median(pan),
    panP95Ms: percentile(pan, 0.95),
    heapMb: heap / 1_048_576,
    ...(modeSwitchMs === undefined ? {} : { modeSwitchMs }),
  };
}

/** Paths of the scripts and styles a page asks for before its first render, workers' included. */
async function firstLoadPaths(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const requests: Array<{ request: Request; seenAt: number }> = [];
  // Not the service worker, which precaches every file for offline use once the page is drawn.
  context.on("request", (request) => {
    if (!request.serviceWorker()) requests.push({ request, seenAt: Date.now() });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    (name) => performance.getEntriesByName(name).length > 0,
    "echoes:timeline-rendered",
  );
  // When the mark was set, on the clock the requests' start times are on: what the page asks for
  // once it is drawn (code it preloads while idle) is not part of its first load.
  const renderedAt = await page.evaluate(
    (name) => performance.timeOrigin + (performance.getEntriesByName(name)[0]?.startTime ?? 0),
    "echoes:timeline-rendered",
  );
  // The browser's start time where it has one (-1 until the request is sent), else when it was seen.
  const requested = requests
    .filter(({ request, seenAt }) => {
      const { startTime } = request.timing();
      return (startTime > 0 ? startTime : seenAt) <= renderedAt;
    })
    .map(({ request }) => new URL(request.url()).pathname);
  await context.close();
  // Each file once: a second worker started from the same script does not download it again.
  const assets = [...new Set(requested.filter((path) => /\.(?:js|css)$/.test(path)))];
  if (assets.length === 0) throw new Error(`${url} requested no scripts.`);
  return assets;
}

function medianOf(measures: Measure[]): Measure {
  const pick = (key: keyof Measure) =>
    median(
      measures
        .map((measure) => measure[key])
        .filter((value): value is number => value !== undefined && !Number.isNaN(value)),
    );
  const result: Measure = {
    firstRenderMs: pick("firstRenderMs"),
    dataDownloadedMs: pick("dataDownloadedMs"),
    zoomMedianMs: pick("zoomMedianMs"),
    zoomP95Ms: pick("zoomP95Ms"),
    panMedianMs: pick("panMedianMs"),
    panP95Ms: pick("panP95Ms"),
    heapMb: pick("heapMb"),
  };
  return measures.some((measure) => measure.modeSwitchMs !== undefined)
    ? { ...result, modeSwitchMs: pick("modeSwitchMs") }
    : result;
}

function compressed(files: string[]) {
  const bytes = files.map((file) => readFileSync(file));
  const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);
  return {
    raw: sum(bytes.map((content) => content.length)),
    gzip: sum(bytes.map((content) => gzipSync(content, { level: 9 }).length)),
    brotli: sum(bytes.map((content) => brotliCompressSync(content).length)),
  };
}

/** The sizes of the JavaScript and CSS at the given paths of the build. */
function firstLoadAssets(outDir: string, paths: readonly string[]) {
  const referenced = paths.map((path) => join(outDir, path));
  return {
    js: compressed(referenced.filter((file) => file.endsWith(".js"))),
    css: compressed(referenced.filter((file) => file.endsWith(".css"))),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? "–" : value.toFixed(1);
const ratio = (ours: number | undefined, theirs: number | undefined) =>
  ours === undefined || theirs === undefined || !theirs ? "–" : `${(ours / theirs).toFixed(2)}×`;

async function main() {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(INSTALL_HINT);

  console.log("Building the app…");
  const served = await buildAndServe(root, (outDir) => {
    cpSync(join(root, "bench", "vis.html"), join(outDir, "vis.html"));
    cpSync(join(root, "node_modules", "vis-timeline", "standalone", "umd"), join(outDir, "vis"), {
      recursive: true,
    });
    for (const size of sizes) {
      for (const [path, content] of Object.entries(
        syntheticCollection({ events: size.events, lanes: size.lanes }),
      )) {
        const file = join(outDir, "generated", size.label, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(content));
      }
    }
  });
  const { outDir, baseUrl: base } = served;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });

  const cases = [
    { label: "curated", echoes: "/", vis: undefined as string | undefined },
    ...sizes.map((size) => ({
      label: size.label,
      echoes: `/?collection=/generated/${size.label}/collection.json`,
      vis:
        size.events <= VIS_MAX_EVENTS
          ? `/vis.html?collection=/generated/${size.label}/collection.json`
          : undefined,
    })),
  ];
  const results: Array<{ label: string; echoes: Measure; vis?: Measure; visUnfinished?: true }> =
    [];
  for (const testCase of cases) {
    const echoesRuns: Measure[] = [];
    const visRuns: Measure[] = [];
    let visUnfinished = false;
    for (let run = 0; run < runs; run += 1) {
      console.log(`${testCase.label}: run ${run + 1} of ${runs}`);
      echoesRuns.push(
        await measurePage(
          browser,
          new URL(testCase.echoes, base).href,
          "echoes:timeline-rendered",
          ".echoes-chart",
          true,
        ),
      );
      if (testCase.vis && !visUnfinished) {
        try {
          visRuns.push(
            await measurePage(
              browser,
              new URL(testCase.vis, base).href,
              "vis:rendered",
              ".vis-timeline",
              false,
              VIS_TIME_LIMIT_MS,
            ),
          );
        } catch {
          visUnfinished = true;
          console.log(
            `${testCase.label}: vis-timeline did not finish a run in ${VIS_TIME_LIMIT_MS / 1000} s`,
          );
        }
      }
    }
    results.push({
      label: testCase.label,
      echoes: medianOf(echoesRuns),
      ...(visRuns.length > 0 && !visUnfinished ? { vis: medianOf(visRuns) } : {}),
      ...(visUnfinished ? { visUnfinished: true as const } : {}),
    });
  }
  const appPaths = await firstLoadPaths(browser, new URL("/", base).href);
  const embedPaths = await firstLoadPaths(browser, new URL("/?embed&article=off", base).href);
  await browser.close();

  const audits: LighthouseResult[] = [];
  for (let run = 0; run < runs; run += 1) {
    console.log(`Lighthouse: run ${run + 1} of ${runs}`);
    audits.push(await auditWithLighthouse(base, chromiumPath));
  }
  const lighthouse = {
    version: audits[0]?.version ?? "",
    scores: Object.fromEntries(
      LIGHTHOUSE_CATEGORIES.map((id) => [id, median(audits.map((audit) => audit.scores[id]))]),
    ) as Record<LighthouseCategory, number>,
    runs: audits,
  };

  const ours = firstLoadAssets(outDir, appPaths);
  const embed = firstLoadAssets(outDir, embedPaths);
  const data = compressed(
    filesUnder(join(outDir, "data")).filter(
      (file) => file.endsWith(".json") && !file.includes("schema"),
    ),
  );
  const visBytes = compressed([join(outDir, "vis", "vis-timeline-graph2d.min.js")]);
  const timelineJsBytes = TIMELINE_JS.bytes;
  await served.close();

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, headless Chromium`;
  const date = new Date().toISOString().slice(0, 10);
  const budgets = checkBudgets({
    results,
    firstLoadJsGzipBytes: ours.js.gzip,
    embedJsGzipBytes: embed.js.gzip,
    lighthouse: lighthouse.scores,
  });
  const report = {
    date,
    machine,
    runs,
    results,
    bytes: {
      echoes: ours,
      echoesEmbed: embed,
      curatedData: data,
      visTimeline: visBytes,
      timelineJs: {
        ...timelineJsBytes,
        version: TIMELINE_JS.version,
        measured: TIMELINE_JS.measured,
      },
    },
    lighthouse,
    budgets,
  };

  const rows = results.map(({ label, echoes, vis, visUnfinished }) =>
    [
      label,
      `${ms(echoes.firstRenderMs)} (${ratio(echoes.firstRenderMs, vis?.firstRenderMs)})`,
      vis
        ? `${ms(echoes.dataDownloadedMs)} / ${ms(vis.dataDownloadedMs)}`
        : ms(echoes.dataDownloadedMs),
      `${ms(echoes.zoomMedianMs)} / ${ms(echoes.zoomP95Ms)} (${ratio(echoes.zoomP95Ms, vis?.zoomP95Ms)})`,
      `${ms(echoes.panMedianMs)} / ${ms(echoes.panP95Ms)} (${ratio(echoes.panP95Ms, vis?.panP95Ms)})`,
      ms(echoes.modeSwitchMs),
      `${echoes.heapMb.toFixed(1)} (${ratio(echoes.heapMb, vis?.heapMb)})`,
      vis
        ? `${ms(vis.firstRenderMs)}; ${ms(vis.zoomMedianMs)} / ${ms(vis.zoomP95Ms)}; ${ms(vis.panMedianMs)} / ${ms(vis.panP95Ms)}`
        : visUnfinished
          ? `did not finish a run (load, 60 zoom steps, 60 drag steps) in ${VIS_TIME_LIMIT_MS / 1000} s`
          : "not run",
    ].join(" | "),
  );
  const markdown = [
    `Measured ${date} on ${machine}; median of ${runs} run(s). Ratios are Echoes ÷ vis-timeline in the same run (below 1 is better).`,
    "",
    budgetTable(budgets),
    "",
    "| collection | first render, ms | collection downloaded by, ms: Echoes / vis-timeline | zoom frames, median / p95 ms | pan frames, median / p95 ms | mode switch, ms | JS heap, MB | vis-timeline: first render; zoom; pan |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row} |`),
    "",
    "| first load | JS gzip / brotli KB | CSS gzip / brotli KB |",
    "| --- | --- | --- |",
    `| Echoes: everything requested before the first render, the loading worker included | ${kb(ours.js.gzip)} / ${kb(ours.js.brotli)} | ${kb(ours.css.gzip)} / ${kb(ours.css.brotli)} |`,
    `| Echoes embed, timeline only (\`?embed&article=off\`) | ${kb(embed.js.gzip)} / ${kb(embed.js.brotli)} | ${kb(embed.css.gzip)} / ${kb(embed.css.brotli)} |`,
    `| Echoes curated data | ${kb(data.gzip)} / ${kb(data.brotli)} (JSON) | |`,
    `| Echoes in all, with the curated data | ${kb(ours.js.gzip + ours.css.gzip + data.gzip)} / ${kb(ours.js.brotli + ours.css.brotli + data.brotli)} (JS, CSS and JSON) | |`,
    `| vis-timeline standalone | ${kb(visBytes.gzip)} / ${kb(visBytes.brotli)} | |`,
    `| TimelineJS ${TIMELINE_JS.version} (measured ${TIMELINE_JS.measured}) | ${kb(timelineJsBytes.gzip)} / ${kb(timelineJsBytes.brotli)} | |`,
    "",
    `Lighthouse ${lighthouse.version} on the built app with the curated collection (its default mobile settings: simulated slow 4G and a 4× slower CPU), median of ${runs} run(s):`,
    "",
    "| performance | accessibility | best practices | SEO |",
    "| --- | --- | --- | --- |",
    `| ${LIGHTHOUSE_CATEGORIES.map((id) => lighthouse.scores[id]).join(" | ")} |`,
  ].join("\n");

  console.log(`\n${markdown}\n`);
  if (values.smoke) {
    console.log("Smoke run: results not written.");
    return;
  }
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, "results.json"), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(values.out, "results.md"), `${markdown}\n`);
  const readmePath = join(root, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const updated = readme.replace(
    /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
    `<!-- bench:start -->\n${markdown}\n<!-- bench:end -->`,
  );
  writeFileSync(readmePath, updated);
  console.log(`Wrote ${join(values.out, "results.json")}, results.md and the README's table.`);
}

await main();
