// The budgets of the speed, size and quality issue, checked against one run of the benchmark.

/** One page's figures, each the median of the runs. */
export interface Measure {
  readonly firstRenderMs: number;
  /** When the last of the collection's files had arrived (its response's end), for the first render. */
  readonly dataDownloadedMs?: number;
  readonly zoomMedianMs: number;
  readonly zoomP95Ms: number;
  readonly panMedianMs: number;
  readonly panP95Ms: number;
  readonly heapMb: number;
  readonly modeSwitchMs?: number;
}

export interface CaseResult {
  /** Events × lanes, e.g. "10000x10", or "curated". */
  readonly label: string;
  readonly echoes: Measure;
  readonly vis?: Measure;
}

export interface BudgetInput {
  readonly results: readonly CaseResult[];
  readonly firstLoadJsGzipBytes: number;
  readonly embedJsGzipBytes: number;
  readonly lighthouse: Readonly<
    Record<"performance" | "accessibility" | "best-practices" | "seo", number>
  >;
}

export interface BudgetCheck {
  readonly budget: string;
  readonly measured: string;
  /** Undefined when this run did not measure it (e.g. a size left out with --sizes). */
  readonly met: boolean | undefined;
}

/** A display's frame interval: a frame that takes no longer was not dropped. */
const FRAME_MS = 1000 / 60;
/** Frame intervals are timestamps of whole frames; allow for their rounding. */
const FRAME_TOLERANCE_MS = 0.5;

/** What this run did not measure shows as a dash; the verdict says so. */
const NOT_MEASURED = "–";

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function framesCheck(label: string, what: "zoom" | "pan", result: CaseResult | undefined) {
  const budget = `${label}: ${what} frames, median at the frame interval and 95th percentile under 20 ms`;
  if (!result) return { budget, measured: NOT_MEASURED, met: undefined };
  const [median, p95] =
    what === "zoom"
      ? [result.echoes.zoomMedianMs, result.echoes.zoomP95Ms]
      : [result.echoes.panMedianMs, result.echoes.panP95Ms];
  return {
    budget,
    measured: `${ms(median)} / ${ms(p95)}`,
    met: median <= FRAME_MS + FRAME_TOLERANCE_MS && p95 < 20,
  };
}

/** Each budget with what this run measured and whether it holds. */
export function checkBudgets(input: BudgetInput): BudgetCheck[] {
  const find = (label: string) => input.results.find((result) => result.label === label);
  const large = find("10000x10");
  const ratio = large?.vis ? large.echoes.firstRenderMs / large.vis.firstRenderMs : undefined;
  const huge = input.results.filter((result) => result.label.startsWith("50000x"));
  const { performance, accessibility, seo } = input.lighthouse;
  const bestPractices = input.lighthouse["best-practices"];
  return [
    {
      budget:
        "10,000 × 10: first render at least 5 times faster than vis-timeline's (ratio 0.2 or less)",
      measured:
        ratio === undefined || !large?.vis
          ? NOT_MEASURED
          : `${ratio.toFixed(2)}× (${ms(large.echoes.firstRenderMs)} against ${ms(large.vis.firstRenderMs)})`,
      met: ratio === undefined ? undefined : ratio <= 0.2,
    },
    framesCheck("10,000 × 10", "zoom", large),
    framesCheck("10,000 × 10", "pan", large),
    {
      budget: "50,000 events: renders, zooms and pans",
      measured:
        huge.length === 0
          ? NOT_MEASURED
          : huge
              .map(
                ({ label, echoes }) =>
                  `${label}: ${ms(echoes.firstRenderMs)}, zoom p95 ${ms(echoes.zoomP95Ms)}`,
              )
              .join("; "),
      met:
        huge.length === 0
          ? undefined
          : huge.every(({ echoes }) =>
              [echoes.firstRenderMs, echoes.zoomP95Ms, echoes.panP95Ms].every(Number.isFinite),
            ),
    },
    {
      budget: "First-load JavaScript under 110 KB gzipped",
      measured: kb(input.firstLoadJsGzipBytes),
      met: input.firstLoadJsGzipBytes < 110 * 1024,
    },
    {
      budget: "The embed view loads less than the full app",
      measured: `${kb(input.embedJsGzipBytes)} against ${kb(input.firstLoadJsGzipBytes)}`,
      met: input.embedJsGzipBytes < input.firstLoadJsGzipBytes,
    },
    {
      budget:
        "Lighthouse: performance 95 or more, accessibility 100, best practices 100, SEO 90 or more",
      measured: `${performance}, ${accessibility}, ${bestPractices}, ${seo}`,
      met: performance >= 95 && accessibility === 100 && bestPractices === 100 && seo >= 90,
    },
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
