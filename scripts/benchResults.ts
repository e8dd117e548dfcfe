// What a run of the benchmark measured, run by run, as the budgets and the report read it.

/** A measurement that did not finish, and why. */
export interface Unfinished {
  readonly unfinished: string;
}

/** A measurement, or why it did not finish. */
export type Outcome<T> = T | Unfinished;

export const isFinished = <T extends object>(outcome: Outcome<T>): outcome is T =>
  !("unfinished" in outcome);

/** The finished outcomes, and why the others did not finish. */
export function finishedOf<T extends object>(outcomes: readonly Outcome<T>[]) {
  return {
    finished: outcomes.filter(isFinished),
    reasons: outcomes.flatMap((outcome) => (isFinished(outcome) ? [] : [outcome.unfinished])),
  };
}

/** Frame intervals while a gesture or a scroll ran and until the view had settled after it. */
export interface Frames {
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly count: number;
  /** From the gesture's last step to the drawing of the last change it caused. */
  readonly settleMs: number;
}

/** What a page drew at its first render. */
export interface Drawn {
  /** Event marks: Echoes' `[data-ref]`, vis-timeline's `.vis-box` and `.vis-range` items. */
  readonly marks: number;
  /** Echoes' "+N" badges (`[data-refs]`). */
  readonly badges: number;
  /** The events the badges stand for. */
  readonly foldedEvents: number;
  /** Every element under the chart: Echoes' `svg.echoes-chart`, vis-timeline's `.vis-timeline`. */
  readonly chartElements: number;
}

export interface ModeSwitch {
  /** From the click to the calendar mode drawn, its ticks' module loaded, and no change after. */
  readonly toCalendarMs: number;
  readonly backMs: number;
}

/** One page load of a timeline, then its gestures. */
export interface ChartRun {
  /** From navigation to the frame the page's render mark is set in, drawn. */
  readonly firstRenderMs: number;
  /** When the render mark was set, from navigation. */
  readonly markMs: number;
  /** When the last of the collection's files before the first render had arrived (its response's end). */
  readonly lastByteMs: number;
  readonly drawn: Drawn;
  readonly zoom: Outcome<Frames>;
  readonly pan: Outcome<Frames>;
  /** Echoes alone. */
  readonly modeSwitch?: Outcome<ModeSwitch>;
  /** The main thread's JS heap in use after a garbage collection, at the end of the run. */
  readonly heapMb: number;
}

/** One opening of Echoes' table of events, then a scroll through it and a search in it. */
export interface TableRun {
  /** From the click on its tab to its first rows drawn. */
  readonly openMs: number;
  /** Its rows in the page (drawn) once open. */
  readonly rowsDrawn: number;
  readonly scroll: Outcome<Frames>;
  /** From each keystroke's keydown to the frame that draws the rows it finds. */
  readonly search: Outcome<{ readonly keystrokesMs: readonly number[] }>;
}

export interface CaseResult {
  /** Events × lanes, e.g. "10000x10", or "curated". */
  readonly label: string;
  readonly echoes: readonly Outcome<ChartRun>[];
  /** Left out where vis-timeline is not run (the curated collection, sizes beyond its reach). */
  readonly vis?: readonly Outcome<ChartRun>[];
  readonly table?: readonly Outcome<TableRun>[];
}

/** One Lighthouse audit of the app with the curated collection. */
export interface LighthouseRun {
  readonly scores: Readonly<
    Record<"performance" | "accessibility" | "best-practices" | "seo", number>
  >;
  readonly totalBlockingTimeMs: number;
  readonly largestContentfulPaintMs: number;
}

/** The gzipped JavaScript requested before the first render. */
export interface FirstLoadBytes {
  readonly appJsGzip: number;
  readonly embedJsGzip: number;
}
