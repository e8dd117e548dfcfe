// The budgets of issue 20 (speed close to the limit, measured fairly), checked against one run
// of the benchmark. A run that did not finish fails its budget; what was not measured is said so.

import {
  type CaseResult,
  type ChartRun,
  type FirstLoadBytes,
  type Frames,
  finishedOf,
  isFinished,
  type LighthouseRun,
  type Outcome,
} from "./benchResults";
import { median, percentile } from "./benchStats";

export interface BudgetInput {
  readonly results: readonly CaseResult[];
  /** Left out when the bytes were not measured. */
  readonly bytes?: FirstLoadBytes;
  /** Left out when Lighthouse was not run. */
  readonly lighthouse?: readonly LighthouseRun[];
}

export interface BudgetCheck {
  readonly budget: string;
  readonly measured: string;
  /** Undefined when this run did not measure it (e.g. a size left out with --sizes), or too few times. */
  readonly met: boolean | undefined;
}

/** The collection most budgets are set at, and the large one that need only work. */
export const BUDGET_CASE = "10000x10";
export const LARGE_CASE = "100000x10";
/** The runs a frame budget holds in every one of, and the Lighthouse audits the score holds in. */
export const FRAME_RUNS = 5;
export const LIGHTHOUSE_RUNS = 3;

export const LIMITS = {
  lastByteToFrameMs: 150,
  firstRenderRatio: 0.3,
  /** A frame's 95th percentile: at a 60 Hz display's 16.7 ms, with room for timer rounding. */
  frameP95Ms: 20,
  tableOpenMs: 200,
  keystrokeP95Ms: 50,
  heapRatio: 0.5,
  firstLoadJsGzipBytes: 110 * 1024,
  lighthousePerformance: 95,
} as const;

/** What this run did not measure shows as a dash; the verdict says so. */
const NOT_MEASURED = "–";

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const list = (values: readonly number[]) => values.map((value) => value.toFixed(1)).join(", ");

/** "; 3 of 5 runs finished (did not finish: why)", or nothing when all did. */
function unfinishedNote(total: number, reasons: readonly string[]): string {
  if (reasons.length === 0) return "";
  return `; ${total - reasons.length} of ${total} runs finished (did not finish: ${[...new Set(reasons)].join("; ")})`;
}

/** The runs' frames of one kind: a run that did not finish gives its reason instead. */
function framesOf(
  runs: readonly Outcome<ChartRun>[],
  pick: (run: ChartRun) => Outcome<Frames> | undefined,
): Outcome<Frames>[] {
  return runs.map((run) => (isFinished(run) ? (pick(run) ?? { unfinished: "not measured" }) : run));
}

/** p95 under the limit in every run, with at least `needed` runs. */
function everyRunCheck(
  budget: string,
  outcomes: readonly Outcome<Frames>[],
  needed: number,
): BudgetCheck {
  if (outcomes.length === 0) return { budget, measured: NOT_MEASURED, met: undefined };
  const { finished, reasons } = finishedOf(outcomes);
  const p95s = finished.map((frames) => frames.p95Ms);
  const under = p95s.every((p95) => p95 < LIMITS.frameP95Ms);
  const tooFew = outcomes.length < needed ? `; ${outcomes.length} run(s), ${needed} needed` : "";
  return {
    budget,
    measured: `p95 of each run: ${p95s.length > 0 ? `${list(p95s)} ms` : "none"}${unfinishedNote(outcomes.length, reasons)}${tooFew}`,
    met: reasons.length > 0 || !under ? false : tooFew ? undefined : true,
  };
}

function lastByteCheck(target: CaseResult | undefined): BudgetCheck {
  const budget = `${BUDGET_CASE}: from the last byte of the collection to the first drawn frame, at most ${LIMITS.lastByteToFrameMs} ms (median of the runs)`;
  if (!target || target.echoes.length === 0)
    return { budget, measured: NOT_MEASURED, met: undefined };
  const { finished, reasons } = finishedOf(target.echoes);
  const gaps = finished.map((run) => run.firstRenderMs - run.lastByteMs);
  const vis = finishedOf(target.vis ?? []).finished.map(
    (run) => run.firstRenderMs - run.lastByteMs,
  );
  const visNote = vis.length > 0 ? `; vis-timeline ${ms(median(vis))}` : "";
  return {
    budget,
    measured:
      gaps.length > 0
        ? `${ms(median(gaps))} (runs: ${list(gaps)})${visNote}${unfinishedNote(target.echoes.length, reasons)}`
        : `did not finish: ${reasons.join("; ")}`,
    met: reasons.length === 0 && median(gaps) <= LIMITS.lastByteToFrameMs,
  };
}

/** Echoes' median over vis-timeline's, each over its finished runs; Echoes must finish every run. */
function ratioCheck(
  budget: string,
  target: CaseResult | undefined,
  pick: (run: ChartRun) => number,
  unit: (value: number) => string,
  limit: number,
): BudgetCheck {
  if (!target || target.echoes.length === 0 || !target.vis || target.vis.length === 0) {
    return { budget, measured: NOT_MEASURED, met: undefined };
  }
  const echoes = finishedOf(target.echoes);
  const vis = finishedOf(target.vis);
  if (echoes.finished.length === 0) {
    return { budget, measured: `Echoes did not finish: ${echoes.reasons.join("; ")}`, met: false };
  }
  if (vis.finished.length === 0) {
    return {
      budget,
      measured: `vis-timeline did not finish: ${[...new Set(vis.reasons)].join("; ")}`,
      met: undefined,
    };
  }
  const ours = median(echoes.finished.map(pick));
  const theirs = median(vis.finished.map(pick));
  const ratio = ours / theirs;
  return {
    budget,
    measured: `${ratio.toFixed(2)}× (${unit(ours)} against ${unit(theirs)})${unfinishedNote(target.echoes.length, echoes.reasons)}${vis.reasons.length > 0 ? `; vis-timeline${unfinishedNote(target.vis.length, vis.reasons)}` : ""}`,
    met: echoes.reasons.length === 0 && ratio <= limit,
  };
}

function largeCheck(large: CaseResult | undefined): BudgetCheck {
  const budget = `${LARGE_CASE}: loads, draws and zooms (met when every run finishes; figures reported)`;
  if (!large || large.echoes.length === 0)
    return { budget, measured: NOT_MEASURED, met: undefined };
  const { finished, reasons } = finishedOf(large.echoes);
  const zooms = finishedOf(framesOf(large.echoes, (run) => run.zoom));
  const drawn = finished[0]?.drawn;
  const figures =
    finished.length === 0
      ? "none"
      : [
          `first render ${ms(median(finished.map((run) => run.firstRenderMs)))}`,
          `last byte → first frame ${ms(median(finished.map((run) => run.firstRenderMs - run.lastByteMs)))}`,
          `zoom p95 ${zooms.finished.length > 0 ? `${list(zooms.finished.map((frames) => frames.p95Ms))} ms` : "none"}`,
          `heap ${median(finished.map((run) => run.heapMb)).toFixed(1)} MB`,
          drawn ? `${drawn.marks} marks and ${drawn.badges} "+N" drawn` : "",
        ]
          .filter(Boolean)
          .join(", ");
  return {
    budget,
    measured: `${figures}${unfinishedNote(large.echoes.length, zooms.reasons)}`,
    met: reasons.length === 0 && zooms.reasons.length === 0,
  };
}

function tableChecks(target: CaseResult | undefined): BudgetCheck[] {
  const open = `${BUDGET_CASE} table of events: opens in under ${LIMITS.tableOpenMs} ms (median of the runs)`;
  const scroll = `${BUDGET_CASE} table of events: scroll frames with a p95 under ${LIMITS.frameP95Ms} ms in every run`;
  const search = `${BUDGET_CASE} table of events: search under ${LIMITS.keystrokeP95Ms} ms a keystroke (p95 of every keystroke of every run)`;
  const runs = target?.table ?? [];
  if (runs.length === 0) {
    return [open, scroll, search].map((budget) => ({
      budget,
      measured: NOT_MEASURED,
      met: undefined,
    }));
  }
  const { finished, reasons } = finishedOf(runs);
  const opens = finished.map((run) => run.openMs);
  const scrolls = [
    ...finished.map((run) => run.scroll),
    ...reasons.map((unfinished) => ({ unfinished })),
  ];
  const searches = finishedOf(finished.map((run) => run.search));
  const keystrokes = searches.finished.flatMap((times) => times.keystrokesMs);
  const searchReasons = [...reasons, ...searches.reasons];
  return [
    {
      budget: open,
      measured: `${opens.length > 0 ? `${ms(median(opens))} (runs: ${list(opens)})` : "none"}${unfinishedNote(runs.length, reasons)}`,
      met: reasons.length === 0 && median(opens) < LIMITS.tableOpenMs,
    },
    everyRunCheck(scroll, scrolls, 1),
    {
      budget: search,
      measured: `${keystrokes.length > 0 ? `p95 ${ms(percentile(keystrokes, 0.95))}, median ${ms(median(keystrokes))}, max ${ms(Math.max(...keystrokes))} over ${keystrokes.length} keystrokes` : "none"}${unfinishedNote(runs.length, searchReasons)}`,
      met:
        searchReasons.length === 0 &&
        keystrokes.length > 0 &&
        percentile(keystrokes, 0.95) < LIMITS.keystrokeP95Ms,
    },
  ];
}

function lighthouseCheck(audits: readonly LighthouseRun[] | undefined): BudgetCheck {
  const budget = `Lighthouse (mobile) on the curated collection: performance ${LIMITS.lighthousePerformance} or more in each of ${LIGHTHOUSE_RUNS} runs`;
  if (!audits || audits.length === 0) return { budget, measured: NOT_MEASURED, met: undefined };
  const all = audits.every((audit) => audit.scores.performance >= LIMITS.lighthousePerformance);
  const tooFew = audits.length < LIGHTHOUSE_RUNS;
  return {
    budget,
    measured: `${audits
      .map(
        (audit) =>
          `${audit.scores.performance} (TBT ${audit.totalBlockingTimeMs.toFixed(0)} ms, LCP ${(audit.largestContentfulPaintMs / 1000).toFixed(2)} s)`,
      )
      .join("; ")}${tooFew ? `; ${audits.length} run(s), ${LIGHTHOUSE_RUNS} needed` : ""}`,
    met: !all ? false : tooFew ? undefined : true,
  };
}

/** Each budget with what this run measured and whether it holds. */
export function checkBudgets({ results, bytes, lighthouse }: BudgetInput): BudgetCheck[] {
  const find = (label: string) => results.find((result) => result.label === label);
  const target = find(BUDGET_CASE);
  return [
    lastByteCheck(target),
    ratioCheck(
      `${BUDGET_CASE}: first render from navigation at most ${LIMITS.firstRenderRatio}× vis-timeline's in the same run (medians)`,
      target,
      (run) => run.firstRenderMs,
      ms,
      LIMITS.firstRenderRatio,
    ),
    everyRunCheck(
      `${BUDGET_CASE}: zoom frames, the re-layout after the gesture included, with a p95 under ${LIMITS.frameP95Ms} ms in every one of ${FRAME_RUNS} runs`,
      framesOf(target?.echoes ?? [], (run) => run.zoom),
      FRAME_RUNS,
    ),
    everyRunCheck(
      `${BUDGET_CASE}: pan frames, the re-layout after the gesture included, with a p95 under ${LIMITS.frameP95Ms} ms in every one of ${FRAME_RUNS} runs`,
      framesOf(target?.echoes ?? [], (run) => run.pan),
      FRAME_RUNS,
    ),
    largeCheck(find(LARGE_CASE)),
    ...tableChecks(target),
    ratioCheck(
      `${BUDGET_CASE}: JS heap after a garbage collection at most ${LIMITS.heapRatio}× vis-timeline's (medians)`,
      target,
      (run) => run.heapMb,
      (mb) => `${mb.toFixed(1)} MB`,
      LIMITS.heapRatio,
    ),
    {
      budget: `First load: at most ${kb(LIMITS.firstLoadJsGzipBytes)} of JavaScript gzipped, everything requested before the first render (workers included)`,
      measured: bytes ? kb(bytes.appJsGzip) : NOT_MEASURED,
      met: bytes ? bytes.appJsGzip <= LIMITS.firstLoadJsGzipBytes : undefined,
    },
    {
      budget: "The embed view loads less than the full app",
      measured: bytes ? `${kb(bytes.embedJsGzip)} against ${kb(bytes.appJsGzip)}` : NOT_MEASURED,
      met: bytes ? bytes.embedJsGzip < bytes.appJsGzip : undefined,
    },
    lighthouseCheck(lighthouse),
  ];
}

/** The checks as a markdown table. */
export function budgetTable(checks: readonly BudgetCheck[]): string {
  const verdict = (met: boolean | undefined) =>
    met === undefined ? "not measured" : met ? "met" : "**not met**";
  return [
    "| budget | this run | |",
    "| --- | --- | --- |",
    ...checks.map((check) => `| ${check.budget} | ${check.measured} | ${verdict(check.met)} |`),
  ].join("\n");
}
