import { describe, expect, it } from "vitest";
import { testEpisode, testEvent, testRole } from "../../tests/support/testEpisodes";
import { type Emphasis, NO_EMPHASIS } from "./emphasis";
import { buildTimelineModel, type TimelineModel } from "./laneModels";
import { createLaneScales, type ZoomTransform } from "./laneScales";
import {
  layoutPortrait,
  PORTRAIT,
  type PortraitLayout,
  type PortraitLayoutOptions,
  portraitColumns,
} from "./portraitLayout";
import { anyFolded, separatingZoom } from "./portraitReveal";
import { portraitScroll } from "./portraitView";
import { estimateTextWidth } from "./textWidth";
import type { CalendarTickFunction } from "./ticks";
import { windowTransform, zoomLimits } from "./zoomFrames";

const WIDTH = 344;
const LENGTH = 500;
const measure = estimateTextWidth(6.6);

const hungary = testEpisode("hungary", [
  testEvent("demo", "1956-10-23", undefined, "protest"),
  testEvent("first", "1956-10-24T02:00", undefined, "intervention"),
  testEvent("ceasefire", "1956-10-28", "1956-10-30", "negotiation"),
  testEvent("second", "1956-11-04T04:00", undefined, "intervention"),
]);
const prague = testEpisode("prague", [
  testEvent("letter", "1968-08-03", undefined, "request-for-intervention"),
  testEvent("invasion", "1968-08-20T23:00", undefined, "intervention"),
  testEvent("talks", "1968-08-23", "1968-08-26", "negotiation"),
]);
// Eight events on one day: more than its day has room for at the first zoom.
const crowded = testEpisode("crowded", [
  ...Array.from({ length: 8 }, (_, index) => testEvent(`same${index}`, "2022-01-05")),
  testEvent("arrive", "2022-01-06T06:00", undefined, "intervention"),
]);
const arrive = testRole("arrive", {
  hungary: ["first"],
  prague: ["invasion"],
  crowded: ["arrive"],
});
const model = buildTimelineModel([hungary, prague, crowded], [arrive], "aligned", "arrive");
const limits = zoomLimits(model, LENGTH, PORTRAIT.padding);

function layoutAt(zoom: ZoomTransform, emphasis: Emphasis = NO_EMPHASIS, at = model) {
  const scroll = portraitScroll(zoom, zoomLimits(at, LENGTH, PORTRAIT.padding), LENGTH);
  return {
    scroll,
    layout: layoutPortrait({
      model: at,
      roles: [arrive],
      hiddenKinds: new Set(),
      contentZoom: scroll.contentZoom,
      geometry: { width: WIDTH, length: LENGTH, from: 0, to: scroll.contentHeight },
      measure,
      emphasis,
      locale: "en-GB",
    }),
  };
}

const twoWeeks = windowTransform(model, [-7, 14], LENGTH, PORTRAIT.padding);
const marksOf = (layout: PortraitLayout) => layout.lanes.flatMap((lane) => lane.marks);

describe("layoutPortrait", () => {
  const { layout } = layoutAt(twoWeeks);

  it("gives each lane a column of its own, side by side after the axis's gutter", () => {
    const columns = portraitColumns(3, WIDTH, PORTRAIT.gutter);
    expect(layout.lanes.map((lane) => lane.x)).toEqual([0, 1, 2].map(columns.x));
    for (const lane of layout.lanes) {
      for (const mark of lane.marks) {
        expect(mark.x).toBeGreaterThan(lane.x);
        expect(mark.x).toBeLessThan(lane.x + lane.width);
      }
    }
  });

  it("draws the day-0 anchors of every lane on one row, day 0's", () => {
    const anchors = ["hungary/first", "prague/invasion", "crowded/arrive"].map(
      (ref) => marksOf(layout).find((mark) => mark.ref === ref)?.y,
    );
    expect(layout.zeroY).toBeDefined();
    for (const y of anchors) expect(y).toBeCloseTo(layout.zeroY ?? Number.NaN, 6);
  });

  it("runs time down: a lane's marks are in date order from the top", () => {
    for (const lane of layout.lanes) {
      const ys = lane.marks.filter((mark) => mark.x === lane.x + PORTRAIT.track).map((m) => m.y);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
    }
  });

  it("keeps symbols of a column apart, and folds what has no room into a '+N' that lists it", () => {
    const lane = layout.lanes[2];
    if (!lane) throw new Error("no third lane");
    const inTrack = lane.marks.filter((mark) => mark.x === lane.x + PORTRAIT.track);
    for (const [index, mark] of inTrack.entries()) {
      const next = inTrack[index + 1];
      if (next) expect(next.y - mark.y).toBeGreaterThanOrEqual(PORTRAIT.symbolGap - 1e-6);
    }
    const drawn = new Set(lane.marks.map((mark) => mark.ref));
    const folded = lane.clusters.flatMap((cluster) => cluster.refs);
    expect(folded.length).toBeGreaterThan(0);
    expect(folded.filter((ref) => drawn.has(ref))).toEqual([]);
    expect(drawn.size + folded.length).toBe(crowded.events.length);
  });

  it("keeps labels, '+N's and symbols beside each other clear of each other", () => {
    for (const lane of layout.lanes) {
      const blocks = [
        ...lane.marks
          .filter((mark) => mark.label.length > 0)
          .map((mark) => ({
            top: mark.labelY - PORTRAIT.lineHeight / 2,
            bottom: mark.labelY - PORTRAIT.lineHeight / 2 + mark.label.length * PORTRAIT.lineHeight,
          })),
        ...lane.clusters.map((cluster) => ({
          top: cluster.y - PORTRAIT.badgeHeight / 2,
          bottom: cluster.y + PORTRAIT.badgeHeight / 2,
        })),
      ].sort((a, b) => a.top - b.top);
      for (const [index, block] of blocks.entries()) {
        const next = blocks[index + 1];
        if (next) expect(next.top).toBeGreaterThanOrEqual(block.bottom);
      }
      for (const mark of lane.marks) {
        expect(mark.label.length).toBeLessThanOrEqual(PORTRAIT.maxLines);
        for (const line of mark.label) {
          expect(measure(line)).toBeLessThanOrEqual(lane.width - PORTRAIT.text - PORTRAIT.right);
        }
      }
    }
  });

  it("labels the anchors beside them, and draws a span as a bar down to its end", () => {
    const first = marksOf(layout).find((mark) => mark.ref === "hungary/first");
    expect(first?.label.join(" ")).toBe("Event first");
    expect(first?.labelY).toBeCloseTo(first?.y ?? Number.NaN, 6);
    const talks = marksOf(layout).find((mark) => mark.ref === "prague/talks");
    expect((talks?.yEnd ?? 0) - (talks?.y ?? 0)).toBeGreaterThan(PORTRAIT.symbolGap);
  });

  it("draws an event to bring out (the selection) whatever the crowding", () => {
    const { layout: plain } = layoutAt(twoWeeks);
    const folded = plain.lanes[2]?.clusters.flatMap((cluster) => cluster.refs) ?? [];
    const chosen = folded.at(-1) ?? "";
    const { layout: promoted } = layoutAt(twoWeeks, {
      mustShow: new Set(),
      promote: new Set([chosen]),
    });
    expect(anyFolded(promoted, [chosen])).toBe(false);
    expect(marksOf(promoted).some((mark) => mark.ref === chosen)).toBe(true);
  });

  it("finds a zoom that unfolds a '+N'", () => {
    const refs = layout.lanes[2]?.clusters[0]?.refs ?? [];
    expect(refs.length).toBeGreaterThan(0);
    const zoom = separatingZoom(model, refs, twoWeeks, LENGTH, PORTRAIT.padding, limits, (at) =>
      anyFolded(layoutAt(at).layout, refs),
    );
    expect(zoom.k).toBeGreaterThan(twoWeeks.k);
    expect(anyFolded(layoutAt(zoom).layout, refs)).toBe(false);
  });

  it("puts a tick of the shared axis on day 0, and none in the calendar mode", () => {
    expect(layout.ticks.some((tick) => tick.value === 0 && tick.px === layout.zeroY)).toBe(true);
    const calendar: TimelineModel = buildTimelineModel(
      [hungary, prague],
      [arrive],
      "calendar",
      undefined,
    );
    const { layout: byCalendar } = layoutAt({ k: 1, x: 0 }, NO_EMPHASIS, calendar);
    expect(byCalendar.ticks).toEqual([]);
    expect(byCalendar.zeroY).toBeUndefined();
    expect(byCalendar.lanes[0]?.x).toBe(0);
  });

  it("dates each calendar column with the tick function passed, and none without one", () => {
    const calendar = buildTimelineModel([hungary, prague], [arrive], "calendar", undefined);
    const { contentZoom, contentHeight } = portraitScroll(
      { k: 1, x: 0 },
      zoomLimits(calendar, LENGTH, PORTRAIT.padding),
      LENGTH,
    );
    const options: PortraitLayoutOptions = {
      model: calendar,
      roles: [arrive],
      hiddenKinds: new Set(),
      contentZoom,
      geometry: { width: WIDTH, length: LENGTH, from: 0, to: contentHeight },
      measure,
      emphasis: NO_EMPHASIS,
      locale: "en-GB",
    };
    expect(layoutPortrait(options).lanes.map((lane) => lane.ticks)).toEqual([[], []]);
    const first: CalendarTickFunction = ([start]) => [{ value: start, label: "first" }];
    const { toPx, toUnits } = createLaneScales(calendar, LENGTH, PORTRAIT.padding, contentZoom);
    for (const { lane, ticks } of layoutPortrait({ ...options, calendarTicks: first }).lanes) {
      const start = toUnits(lane, 0);
      expect(ticks).toEqual([{ value: start, label: "first", px: toPx(lane, start) }]);
    }
  });

  it("draws day 0 as a band down a column whose anchor names only its month", () => {
    const vague = testEpisode("vague", [testEvent("arrive", "1968-08", undefined, "intervention")]);
    const roles = [testRole("arrive", { hungary: ["first"], vague: ["arrive"] })];
    const at = buildTimelineModel([hungary, vague], roles, "aligned", "arrive");
    const { layout: banded, scroll } = layoutAt(twoWeeks, NO_EMPHASIS, at);
    const { toPx } = createLaneScales(at, LENGTH, PORTRAIT.padding, scroll.contentZoom);
    const [exact, month] = banded.lanes;
    if (!exact || !month) throw new Error("expected two columns");
    expect(exact.dayZeroBand).toBeUndefined();
    // From day 0's row down the 31 days of August.
    expect(month.dayZeroBand?.y0).toBeCloseTo(banded.zeroY ?? Number.NaN, 6);
    expect(month.dayZeroBand?.y1).toBeCloseTo(toPx(month.lane, 31), 6);
    expect(banded.dayZeroGaps).toEqual([[month.x, month.x + month.width]]);
  });
});
