import { describe, expect, it } from "vitest";
import { testEpisode, testEvent, testRole } from "../../tests/support/testEpisodes";
import {
  COMPACT_GEOMETRY,
  chartHeight,
  DEFAULT_GEOMETRY,
  fitChart,
  rowsFor,
  rowsToFit,
} from "./chartGeometry";
import { buildTimelineModel } from "./laneModels";
import { layoutChart } from "./layoutChart";

const crowded = (id: string, year: number) =>
  testEpisode(
    id,
    Array.from({ length: 12 }, (_, index) =>
      testEvent(`e${index}`, `${year}-01-${String(index + 1).padStart(2, "0")}`),
    ),
  );
const episodes = [crowded("a", 1956), crowded("b", 1968), crowded("c", 2022)];
const role = testRole("troops", { a: ["e3"], b: ["e3"], c: ["e3"] });

describe.each(["aligned", "calendar"] as const)("in the %s mode", (mode) => {
  const model = buildTimelineModel(episodes, [role], mode, "troops");

  it("chartHeight is the height layoutChart draws, for any number of rows", () => {
    for (const maxRows of [1, 3, 6]) {
      const options = { ...rowsFor(3), maxRows };
      const layout = layoutChart({
        model,
        roles: [role],
        hiddenKinds: new Set(),
        zoom: { k: 1, x: 0 },
        geometry: { ...DEFAULT_GEOMETRY, width: 800 },
        locale: "en-GB",
        rows: options,
      });
      expect(chartHeight(model, options, DEFAULT_GEOMETRY)).toBe(layout.height);
    }
  });

  it("rowsToFit gives the most rows that fit, the usual number when there is room, and one at least", () => {
    const usual = rowsFor(3).maxRows;
    const tall = chartHeight(model, rowsFor(3), DEFAULT_GEOMETRY);
    expect(rowsToFit(model, tall, DEFAULT_GEOMETRY).maxRows).toBe(usual);
    expect(rowsToFit(model, tall - 1, DEFAULT_GEOMETRY).maxRows).toBe(usual - 1);
    const twoRows = chartHeight(model, { ...rowsFor(3), maxRows: 2 }, DEFAULT_GEOMETRY);
    expect(rowsToFit(model, twoRows + 5, DEFAULT_GEOMETRY).maxRows).toBe(2);
    expect(rowsToFit(model, 10, DEFAULT_GEOMETRY).maxRows).toBe(1);
  });

  it("fitChart keeps the usual spacing while two rows fit, and tightens it below one", () => {
    const twoRows = chartHeight(model, { ...rowsFor(3), maxRows: 2 }, DEFAULT_GEOMETRY);
    expect(fitChart(model, twoRows).geometry).toBe(DEFAULT_GEOMETRY);
    const oneCompactRow = chartHeight(model, { ...rowsFor(3), maxRows: 1 }, COMPACT_GEOMETRY);
    const fitted = fitChart(model, oneCompactRow);
    expect(fitted.geometry).toBe(COMPACT_GEOMETRY);
    expect(chartHeight(model, fitted.rows, fitted.geometry)).toBeLessThanOrEqual(oneCompactRow);
  });
});
