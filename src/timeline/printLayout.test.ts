import { describe, expect, it } from "vitest";
import { testEpisode, testEvent } from "../../tests/support/testEpisodes";
import { chartHeight } from "./chartGeometry";
import { NO_EMPHASIS } from "./emphasis";
import { buildTimelineModel } from "./laneModels";
import { IDENTITY_ZOOM } from "./laneScales";
import {
  layoutForPrint,
  PRINT_GEOMETRY,
  PRINT_WIDTH,
  printFrameZoom,
  printRows,
} from "./printLayout";
import { estimateTextWidth } from "./textWidth";
import type { CalendarTickFunction } from "./ticks";

const measure = estimateTextWidth();
const DAY_MS = 86_400_000;
// A hundred and twenty events a day apart: more than two rows of a lane hold at the page's width.
const crowded = testEpisode(
  "crowded",
  Array.from({ length: 120 }, (_, index) =>
    testEvent(
      `c${index}`,
      new Date(Date.UTC(1968, 0, 1) + index * DAY_MS).toISOString().slice(0, 10),
    ),
  ),
);
const sparse = testEpisode("sparse", [testEvent("a", "1968-08-05"), testEvent("b", "1968-08-20")]);
const model = buildTimelineModel([crowded, sparse], [], "calendar", undefined);
const page = { width: PRINT_WIDTH, height: 150, measure, locale: "en-GB" };

describe("printRows(model, height, measure)", () => {
  it("gives the most rows per lane with which the chart fits the height", () => {
    const rows = printRows(model, 300, measure);
    expect(rows.maxRows).toBeLessThan(8);
    expect(chartHeight(model, rows, PRINT_GEOMETRY)).toBeLessThanOrEqual(300);
    expect(
      chartHeight(model, { ...rows, maxRows: rows.maxRows + 1 }, PRINT_GEOMETRY),
    ).toBeGreaterThan(300);
  });

  it("gives one row when not even one fits, and never more than eight", () => {
    expect(printRows(model, 10, measure).maxRows).toBe(1);
    expect(printRows(model, 10_000, measure).maxRows).toBe(8);
  });
});

describe("layoutForPrint(model, roles, hidden, zoom, emphasis, page)", () => {
  const print = layoutForPrint(model, [], new Set(), IDENTITY_ZOOM, NO_EMPHASIS, page);

  it("lists every event in view, drawn or folded, once", () => {
    const drawn = print.layout.lanes.flatMap((lane) =>
      lane.marks.filter((mark) => mark.x1 >= 0 && mark.x0 <= PRINT_WIDTH).map((mark) => mark.ref),
    );
    const folded = print.folded.flatMap((lane) => lane.refs);
    expect(folded.length).toBeGreaterThan(0);
    expect(new Set([...drawn, ...folded])).toEqual(print.inView);
    expect(drawn.length + folded.length).toBe(print.inView.size);
  });

  it("lists the folded events of each lane in date order", () => {
    const lane = print.folded.find((candidate) => candidate.episodeId === "crowded");
    const days = lane?.refs.map((ref) => Number(ref.split("/c")[1])) ?? [];
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(print.folded.some((candidate) => candidate.episodeId === "sparse")).toBe(false);
  });

  it("leaves out of view what the zoom leaves out", () => {
    // Twice the scale, shifted so that the second half of each lane is in view.
    const half = layoutForPrint(model, [], new Set(), { k: 2, x: -1 }, NO_EMPHASIS, page);
    expect(half.inView.has("crowded/c80")).toBe(true);
    expect(half.inView.has("crowded/c10")).toBe(false);
  });

  it("dates the calendar's lanes with the page's tick function, and leaves them bare without one", () => {
    expect(print.layout.lanes.map((lane) => lane.ticks)).toEqual([[], []]);
    const first: CalendarTickFunction = ([start]) => [{ value: start, label: "first" }];
    const dated = layoutForPrint(model, [], new Set(), IDENTITY_ZOOM, NO_EMPHASIS, {
      ...page,
      calendarTicks: first,
    });
    expect(dated.layout.lanes.map((lane) => lane.ticks.map((tick) => tick.label))).toEqual([
      ["first"],
      ["first"],
    ]);
  });
});

describe("printFrameZoom(model, frame, width)", () => {
  it("brings a frame's events into view on the page", () => {
    const refs = ["crowded/c60", "crowded/c62"];
    const zoom = printFrameZoom(model, { window: undefined, refs }, PRINT_WIDTH);
    const print = layoutForPrint(model, [], new Set(), zoom, NO_EMPHASIS, page);
    expect(print.inView.has("crowded/c60")).toBe(true);
    expect(print.inView.has("crowded/c62")).toBe(true);
    expect(print.inView.has("crowded/c0")).toBe(false);
  });

  it("shows the whole chart when there is nothing to frame", () => {
    expect(printFrameZoom(model, { window: undefined, refs: [] }, PRINT_WIDTH)).toEqual(
      IDENTITY_ZOOM,
    );
  });
});
