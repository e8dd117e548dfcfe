// The benchmark's report in markdown, written to bench/results.md and the README.
import { type BudgetCheck, budgetTable } from "./benchBudgets";
import type { Sizes } from "./benchBytes";
import {
  type CaseResult,
  type ChartRun,
  type Frames,
  finishedOf,
  isFinished,
  type Outcome,
  type TableRun,
} from "./benchResults";
import { median, percentile } from "./benchStats";
import type { LighthouseResult } from "./lighthouseAudit";

export interface PageBytes {
  readonly js: Sizes;
  readonly css: Sizes;
}

export interface Report {
  readonly date: string;
  readonly machine: string;
  readonly runs: number;
  readonly results: readonly CaseResult[];
  readonly bytes?: {
    readonly echoes: PageBytes;
    readonly echoesEmbed: PageBytes;
    /** The Studio's start screen (`?view=studio`), and the part of it the reader's app never loads. */
    readonly studio?: PageBytes;
    readonly studioOwn?: PageBytes;
    readonly curatedData: Sizes;
    readonly visTimeline: Sizes;
    readonly timelineJs: Sizes & { readonly version: string; readonly measured: string };
  };
  readonly lighthouse?: { readonly version: string; readonly runs: readonly LighthouseResult[] };
  readonly budgets: readonly BudgetCheck[];
}

const ms = (value: number) => (Number.isNaN(value) ? "–" : value.toFixed(1));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (ours: number, theirs: number | undefined) =>
  theirs === undefined || Number.isNaN(theirs) || !theirs
    ? ""
    : ` (${(ours / theirs).toFixed(2)}×)`;

/**
 * What the finished runs give, and how many did not finish and why; "did not finish" alone
 * when none did, "not run" when there were none.
 */
function cell<T extends object>(
  outcomes: readonly Outcome<T>[] | undefined,
  show: (finished: readonly T[]) => string,
): string {
  if (!outcomes || outcomes.length === 0) return "not run";
  const { finished, reasons } = finishedOf(outcomes);
  const why = [...new Set(reasons)].join("; ");
  if (finished.length === 0) return `did not finish: ${why}`;
  if (reasons.length === 0) return show(finished);
  return `${show(finished)} (${finished.length} of ${outcomes.length} runs finished; did not finish: ${why})`;
}

const medianOf = <T>(items: readonly T[], pick: (item: T) => number) => median(items.map(pick));

/** The finished runs' medians over the finished ones, each run's p95, and how long the view took to settle. */
function framesCell(outcomes: readonly Outcome<Frames>[]): string {
  return cell(
    outcomes,
    (finished) =>
      `${ms(medianOf(finished, (frames) => frames.medianMs))} / ${ms(medianOf(finished, (frames) => frames.p95Ms))} (${finished.map((frames) => ms(frames.p95Ms)).join(", ")}); settled ${ms(medianOf(finished, (frames) => frames.settleMs))} after`,
  );
}

/** A gesture's outcomes, a run that did not finish standing for its gesture. */
const gestureOf = (
  runs: readonly Outcome<ChartRun>[] | undefined,
  pick: (run: ChartRun) => Outcome<Frames>,
): Outcome<Frames>[] | undefined => runs?.map((run) => (isFinished(run) ? pick(run) : run));

const finishedMedian = (
  runs: readonly Outcome<ChartRun>[] | undefined,
  pick: (run: ChartRun) => number,
) => {
  const finished = finishedOf(runs ?? []).finished;
  return finished.length > 0 ? medianOf(finished, pick) : undefined;
};

const lastByteToFrame = (run: ChartRun) => run.firstRenderMs - run.lastByteMs;

function firstRenderRow({ label, echoes, vis }: CaseResult): string {
  const visFirst = finishedMedian(vis, (run) => run.firstRenderMs);
  const visHeap = finishedMedian(vis, (run) => run.heapMb);
  return [
    label,
    `${cell(
      echoes,
      (runs) =>
        `${ms(medianOf(runs, (run) => run.firstRenderMs))}${ratio(
          medianOf(runs, (run) => run.firstRenderMs),
          visFirst,
        )}`,
    )} / ${cell(vis, (runs) => ms(medianOf(runs, (run) => run.firstRenderMs)))}`,
    `${cell(echoes, (runs) => ms(medianOf(runs, lastByteToFrame)))} / ${cell(vis, (runs) => ms(medianOf(runs, lastByteToFrame)))}`,
    `${cell(echoes, (runs) => ms(medianOf(runs, (run) => run.firstRenderMs - run.markMs)))} / ${cell(vis, (runs) => ms(medianOf(runs, (run) => run.firstRenderMs - run.markMs)))}`,
    cell(echoes, ([run]) =>
      run
        ? `${run.drawn.marks} + ${run.drawn.badges} "+N" (${run.drawn.foldedEvents} events); ${run.drawn.chartElements}`
        : "",
    ),
    cell(vis, ([run]) => (run ? `${run.drawn.marks}; ${run.drawn.chartElements}` : "")),
    `${cell(
      echoes,
      (runs) =>
        `${medianOf(runs, (run) => run.heapMb).toFixed(1)}${ratio(
          medianOf(runs, (run) => run.heapMb),
          visHeap,
        )}`,
    )} / ${cell(vis, (runs) => medianOf(runs, (run) => run.heapMb).toFixed(1))}`,
  ].join(" | ");
}

function gestureRow({ label, echoes, vis }: CaseResult): string {
  const modes = echoes.map((run) =>
    isFinished(run) ? (run.modeSwitch ?? { unfinished: "not measured" }) : run,
  );
  return [
    label,
    framesCell(gestureOf(echoes, (run) => run.zoom) ?? []),
    framesCell(gestureOf(echoes, (run) => run.pan) ?? []),
    cell(
      modes,
      (runs) =>
        `${ms(medianOf(runs, (run) => run.toCalendarMs))} / ${ms(medianOf(runs, (run) => run.backMs))}`,
    ),
    vis ? framesCell(gestureOf(vis, (run) => run.zoom) ?? []) : "not run",
    vis ? framesCell(gestureOf(vis, (run) => run.pan) ?? []) : "not run",
  ].join(" | ");
}

function tableRow(label: string, runs: readonly Outcome<TableRun>[]): string {
  const searches = runs.map((run) => (isFinished(run) ? run.search : run));
  return [
    label,
    cell(runs, (finished) => ms(medianOf(finished, (run) => run.openMs))),
    cell(runs, ([run]) => String(run?.rowsDrawn ?? "")),
    framesCell(runs.map((run) => (isFinished(run) ? run.scroll : run))),
    cell(searches, (finished) => {
      const keystrokes = finished.flatMap((search) => search.keystrokesMs);
      return `${ms(median(keystrokes))} / ${ms(percentile(keystrokes, 0.95))} / ${ms(Math.max(...keystrokes))} (${keystrokes.length} keystrokes)`;
    }),
  ].join(" | ");
}

function bytesTable(bytes: NonNullable<Report["bytes"]>): string[] {
  const { echoes, echoesEmbed, studio, studioOwn, curatedData, visTimeline, timelineJs } = bytes;
  return [
    "| first load | JS gzip / brotli KB | CSS gzip / brotli KB |",
    "| --- | --- | --- |",
    `| Echoes: everything requested before the first render, the loading worker included | ${kb(echoes.js.gzip)} / ${kb(echoes.js.brotli)} | ${kb(echoes.css.gzip)} / ${kb(echoes.css.brotli)} |`,
    `| Echoes embed, timeline only (\`?embed&article=off\`) | ${kb(echoesEmbed.js.gzip)} / ${kb(echoesEmbed.js.brotli)} | ${kb(echoesEmbed.css.gzip)} / ${kb(echoesEmbed.css.brotli)} |`,
    ...(studio && studioOwn
      ? [
          `| Echoes Studio (\`?view=studio\`): everything requested before its first screen | ${kb(studio.js.gzip)} / ${kb(studio.js.brotli)} | ${kb(studio.css.gzip)} / ${kb(studio.css.brotli)} |`,
          `| of which the Studio's own code, loaded only when it is opened | ${kb(studioOwn.js.gzip)} / ${kb(studioOwn.js.brotli)} | ${kb(studioOwn.css.gzip)} / ${kb(studioOwn.css.brotli)} |`,
        ]
      : []),
    `| Echoes curated data | ${kb(curatedData.gzip)} / ${kb(curatedData.brotli)} (JSON) | |`,
    `| Echoes in all, with the curated data | ${kb(echoes.js.gzip + echoes.css.gzip + curatedData.gzip)} / ${kb(echoes.js.brotli + echoes.css.brotli + curatedData.brotli)} (JS, CSS and JSON) | |`,
    `| vis-timeline standalone | ${kb(visTimeline.gzip)} / ${kb(visTimeline.brotli)} | |`,
    `| TimelineJS ${timelineJs.version} (measured ${timelineJs.measured}) | ${kb(timelineJs.gzip)} / ${kb(timelineJs.brotli)} | |`,
  ];
}

function lighthouseTable(lighthouse: NonNullable<Report["lighthouse"]>): string[] {
  return [
    `Lighthouse ${lighthouse.version} on the built app with the curated collection (its default mobile settings: simulated slow 4G and a 4× slower CPU), each run:`,
    "",
    "| run | performance | total blocking time, ms | largest contentful paint, s | accessibility | best practices | SEO |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...lighthouse.runs.map(
      (run, index) =>
        `| ${index + 1} | ${run.scores.performance} | ${run.totalBlockingTimeMs.toFixed(0)} | ${(run.largestContentfulPaintMs / 1000).toFixed(2)} | ${run.scores.accessibility} | ${run.scores["best-practices"]} | ${run.scores.seo} |`,
    ),
  ];
}

/** The whole report: budgets, then each measurement's table. */
export function reportMarkdown(report: Report): string {
  const { results } = report;
  const tables = results.filter((result) => result.table && result.table.length > 0);
  return [
    `Measured ${report.date} on ${report.machine}; ${report.runs} run(s) of each collection, each on a fresh page. A figure is the median of the runs that finished; a run that did not finish is counted and its reason given. Ratios are Echoes ÷ vis-timeline in the same run (below 1 is better).`,
    "",
    budgetTable(report.budgets),
    "",
    "First render. The first drawn frame is the frame each page sets its render mark in (Echoes' `echoes:timeline-rendered`, vis-timeline's in its `onInitialDrawComplete`), once drawn. What each drew then: Echoes' event marks (`[data-ref]`) and \"+N\" badges, with the events they fold, and the SVG elements of its chart; vis-timeline's items (`.vis-box`, `.vis-range`) and the elements of `.vis-timeline`.",
    "",
    '| collection | first render from navigation, ms: Echoes / vis-timeline | last byte of the collection → first drawn frame, ms: Echoes / vis-timeline | mark set → its frame drawn, ms: Echoes / vis-timeline | Echoes drew: marks + "+N" badges (events folded); chart elements | vis-timeline drew: items; elements | JS heap after a GC, MB: Echoes / vis-timeline |',
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...results.map((result) => `| ${firstRenderRow(result)} |`),
    "",
    "Gestures: frame intervals from the first wheel or drag step until the chart has settled (its re-layout drawn, nothing changed for two frames, at least 350 ms after the last step), as median / p95 ms, then each run's p95; the mode switch from the click to the new mode settled (calendar: its tick module loaded and lane axes drawn), the marks' 0.5 s glide not counted.",
    "",
    "| collection | Echoes zoom | Echoes pan | Echoes mode switch, ms: to calendar / back | vis-timeline zoom | vis-timeline pan |",
    "| --- | --- | --- | --- | --- | --- |",
    ...results.map((result) => `| ${gestureRow(result)} |`),
    ...(tables.length > 0
      ? [
          "",
          "Echoes' table of events: from the click on its tab, once the page is at rest after its first draw (a reader's click comes later than the chart's first frame; the page fetches the table's code when idle, or when its tab is pointed at), to its first rows drawn; frames while the page scrolls through it (60 wheel steps of 300 px) until no row changes; each keystroke of a search from its keydown to the frame that draws the rows found.",
          "",
          "| collection | opens, ms | rows drawn | scroll frames, median / p95 ms (each run's p95) | search a keystroke: median / p95 / max ms |",
          "| --- | --- | --- | --- | --- |",
          ...tables.map((result) => `| ${tableRow(result.label, result.table ?? [])} |`),
        ]
      : []),
    ...(report.bytes ? ["", ...bytesTable(report.bytes)] : []),
    ...(report.lighthouse ? ["", ...lighthouseTable(report.lighthouse)] : []),
  ].join("\n");
}
