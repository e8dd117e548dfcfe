import { describe, expect, it } from "vitest";
import { testEpisode, testEvent, testRole } from "../../tests/support/testEpisodes";
import { chartHeight, DEFAULT_GEOMETRY, fitChart, rowsFor, scaleGeometry } from "./chartGeometry";
import { PROJECTOR_SCALE, projectorScale, scaleLayout } from "./chartScale";
import { buildTimelineModel } from "./laneModels";
import { layoutChart } from "./layoutChart";

describe("projectorScale(viewportWidth, viewportHeight)", () => {
  it("is PROJECTOR_SCALE at 1920 x 1080: 12 px labels at least 20 px, 13 px lane names 22, 11 px ticks 18", () => {
    expect(projectorScale(1920, 1080)).toBe(PROJECTOR_SCALE);
    expect(12 * PROJECTOR_SCALE).toBeGreaterThanOrEqual(20);
    expect(13 * PROJECTOR_SCALE).toBeGreaterThanOrEqual(22);
    expect(11 * PROJECTOR_SCALE).toBeGreaterThanOrEqual(18);
  });

  it("shrinks in proportion to the smaller side of the viewport", () => {
    expect(projectorScale(1280, 720)).toBeCloseTo((PROJECTOR_SCALE * 2) / 3, 10);
    expect(projectorScale(1920, 720)).toBeCloseTo((PROJECTOR_SCALE * 2) / 3, 10);
    expect(projectorScale(1280, 1080)).toBeCloseTo((PROJECTOR_SCALE * 2) / 3, 10);
  });

  it("is never under the page's own size, nor over 2.5", () => {
    expect(projectorScale(1024, 600)).toBe(1);
    expect(projectorScale(360, 740)).toBe(1);
    expect(projectorScale(7680, 4320)).toBe(2.5);
  });
});

describe("scaleGeometry(geometry, scale)", () => {
  it("multiplies every length, and notes the scale for the marks", () => {
    expect(scaleGeometry(DEFAULT_GEOMETRY, 2)).toEqual({
      padding: 32,
      axisHeight: 56,
      laneHeaderHeight: 52,
      rowHeight: 48,
      clusterRowHeight: 44,
      laneGap: 28,
      scale: 2,
    });
  });

  it("leaves the geometry as it is at scale 1", () => {
    expect(scaleGeometry(DEFAULT_GEOMETRY, 1)).toBe(DEFAULT_GEOMETRY);
  });
});

describe("scaleLayout(options, scale)", () => {
  it("multiplies the room of marks and labels, not the number of rows or the measure", () => {
    const options = rowsFor(3);
    const scaled = scaleLayout(options, 1.5);
    expect(scaled).toEqual({
      ...options,
      markWidth: options.markWidth * 1.5,
      labelOffset: options.labelOffset * 1.5,
      gap: options.gap * 1.5,
      minLabelWidth: options.minLabelWidth * 1.5,
      clusterRadius: options.clusterRadius * 1.5,
    });
    expect(scaled.maxRows).toBe(options.maxRows);
    expect(scaled.measure).toBe(options.measure);
    expect(scaleLayout(options, 1)).toBe(options);
  });
});

describe("a chart fitted to a height with its type scaled", () => {
  const episodes = ["a", "b", "c"].map((id, lane) =>
    testEpisode(
      id,
      Array.from({ length: 12 }, (_, index) =>
        testEvent(`e${index}`, `${1956 + lane * 12}-01-${String(index + 1).padStart(2, "0")}`),
      ),
    ),
  );
  const role = testRole("troops", { a: ["e3"], b: ["e3"], c: ["e3"] });

  it.each(["aligned", "calendar"] as const)(
    "fits the height in the %s mode, with rows as tall as the type",
    (mode) => {
      const model = buildTimelineModel(episodes, [role], mode, "troops");
      for (const height of [500, 733, 900]) {
        const { geometry, rows } = fitChart(model, height, PROJECTOR_SCALE);
        expect(geometry.rowHeight).toBeGreaterThanOrEqual(22 * PROJECTOR_SCALE);
        expect(chartHeight(model, rows, geometry)).toBeLessThanOrEqual(height);
        const layout = layoutChart({
          model,
          roles: [role],
          hiddenKinds: new Set(),
          zoom: { k: 1, x: 0 },
          geometry: { ...geometry, width: 1200 },
          locale: "en-GB",
          rows: scaleLayout(rows, PROJECTOR_SCALE),
        });
        expect(layout.height).toBeCloseTo(chartHeight(model, rows, geometry), 6);
      }
    },
  );
});
