import { describe, expect, it } from "vitest";
import { budgetTable, type CaseResult, checkBudgets, type Measure } from "./benchBudgets";

const measure = (overrides: Partial<Measure> = {}): Measure => ({
  firstRenderMs: 500,
  zoomMedianMs: 16.7,
  zoomP95Ms: 16.8,
  panMedianMs: 16.7,
  panP95Ms: 16.7,
  heapMb: 20,
  ...overrides,
});

const passing = {
  results: [
    { label: "10000x10", echoes: measure(), vis: measure({ firstRenderMs: 3000 }) },
    { label: "50000x10", echoes: measure({ firstRenderMs: 2000 }) },
  ] as CaseResult[],
  firstLoadJsGzipBytes: 100 * 1024,
  embedJsGzipBytes: 90 * 1024,
  lighthouse: { performance: 97, accessibility: 100, "best-practices": 100, seo: 100 },
};

const metByBudget = (input: Parameters<typeof checkBudgets>[0]) =>
  checkBudgets(input).map((check) => check.met);

describe("the benchmark's budgets", () => {
  it("are all met by a run within them", () => {
    expect(metByBudget(passing)).toEqual([true, true, true, true, true, true, true]);
  });

  it("fail a first render slower than a fifth of vis-timeline's", () => {
    const results = [
      {
        label: "10000x10",
        echoes: measure({ firstRenderMs: 900 }),
        vis: measure({ firstRenderMs: 3000 }),
      },
    ];
    const [first] = checkBudgets({ ...passing, results });
    expect(first).toMatchObject({ met: false, measured: "0.30× (900.0 ms against 3000.0 ms)" });
  });

  it("fail zoom or pan with a 95th percentile of 20 ms or more, or a slow median", () => {
    const results = [
      {
        label: "10000x10",
        echoes: measure({ zoomP95Ms: 33.4, panMedianMs: 33.3 }),
        vis: measure(),
      },
    ];
    const [, zoom, pan] = checkBudgets({ ...passing, results });
    expect(zoom?.met).toBe(false);
    expect(pan?.met).toBe(false);
  });

  it("fail bytes, an embed no lighter than the app, and each Lighthouse category below its mark", () => {
    expect(metByBudget({ ...passing, firstLoadJsGzipBytes: 110 * 1024 })[4]).toBe(false);
    expect(metByBudget({ ...passing, embedJsGzipBytes: passing.firstLoadJsGzipBytes })[5]).toBe(
      false,
    );
    for (const lighthouse of [
      { ...passing.lighthouse, performance: 94 },
      { ...passing.lighthouse, accessibility: 99 },
      { ...passing.lighthouse, "best-practices": 96 },
      { ...passing.lighthouse, seo: 89 },
    ]) {
      expect(metByBudget({ ...passing, lighthouse })[6]).toBe(false);
    }
  });

  it("say what a run left out instead of calling it met", () => {
    const checks = checkBudgets({ ...passing, results: [] });
    expect(checks.slice(0, 4).map((check) => check.met)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(budgetTable(checks)).toContain("| not measured |");
    expect(budgetTable(checkBudgets(passing))).not.toContain("not met");
  });
});
