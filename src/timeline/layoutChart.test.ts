import { describe, expect, it } from "vitest";
import { testEpisode, testEvent, testRole } from "../../tests/support/testEpisodes";
import type { EpisodeEvent } from "../data/format/schema";
import { DEFAULT_GEOMETRY, rowsFor } from "./chartGeometry";
import { type Emphasis, NO_EMPHASIS } from "./emphasis";
import { CLUSTER_BADGE_WIDTH } from "./laneMarks";
import { buildTimelineModel, type TimelineModel } from "./laneModels";
import { createLaneScales, type ZoomTransform } from "./laneScales";
import { type ChartLayout, layoutChart } from "./layoutChart";
import { DEFAULT_LAYOUT } from "./layoutLane";
import { type CalendarTickFunction, loadCalendarTicks } from "./ticks";
import { fitAllTransform, zoomLimits } from "./zoomFrames";

const WIDTH = 800;
const PADDING = DEFAULT_GEOMETRY.padding;
const GEOMETRY = { ...DEFAULT_GEOMETRY, width: WIDTH };
const IDENTITY: ZoomTransform = { k: 1, x: 0 };

const short = testEpisode("short", [
  testEvent("s1", "1956-10-23"),
  testEvent("s2", "1956-10-24"),
  testEvent("s3", "1956-10-26"),
]);
// Ten events in 1968 and two far off: its core is 1968, its extent 1900 to 2020.
const wide = testEpisode("wide", [
  testEvent("origin", "1900-01-01"),
  ...Array.from({ length: 10 }, (_, index) =>
    testEvent(`m${index}`, `1968-${String(index + 1).padStart(2, "0")}-15`),
  ),
  testEvent("aftermath", "2020-06-01"),
]);
const one = testEpisode("one", [testEvent("wall", "1989-11-09")]);
const oneDay = testEpisode("one-day", [
  testEvent("morning", "1991-08-19T04:00"),
  testEvent("noon", "1991-08-19T12:00"),
  testEvent("day", "1991-08-19"),
]);
const month = testEpisode("month", [testEvent("period", "1956-11")]);

const calendar = buildTimelineModel([short, wide, one, oneDay, month], [], "calendar", undefined);

function px(model: TimelineModel, zoom: ZoomTransform) {
  return createLaneScales(model, WIDTH, PADDING, zoom).toPx;
}

function everyEventPx(model: TimelineModel, zoom: ZoomTransform) {
  const toPx = px(model, zoom);
  return model.lanes.flatMap((lane) =>
    lane.events.map((event) => ({
      ref: event.ref,
      from: toPx(lane, event.u0),
      to: toPx(lane, event.u1),
    })),
  );
}

function layout(
  model: TimelineModel,
  emphasis: Emphasis = NO_EMPHASIS,
  zoom: ZoomTransform = IDENTITY,
  onlyLanes?: ReadonlySet<string>,
): ChartLayout {
  return layoutChart({
    model,
    roles: [],
    hiddenKinds: new Set(),
    zoom,
    geometry: GEOMETRY,
    locale: "en-GB",
    emphasis,
    rows: rowsFor(model.lanes.length),
    onlyLanes,
  });
}

/** What the reader sees of each mark. */
function drawn(chart: ChartLayout) {
  return chart.lanes.flatMap((lane) =>
    lane.marks.map(({ ref, x0, x1, y, label, labelSide }) => ({
      ref,
      x0,
      x1,
      y,
      label,
      labelSide,
    })),
  );
}

function folded(chart: ChartLayout): string[] {
  return chart.lanes.flatMap((lane) => lane.clusters.flatMap((cluster) => cluster.refs));
}

describe("fitAllTransform(model, width, padding)", () => {
  it("shows every event of every calendar lane, however different their extents", () => {
    const zoom = fitAllTransform(calendar, WIDTH, PADDING);
    expect(zoom.k).toBeLessThanOrEqual(1);
    const events = everyEventPx(calendar, zoom);
    expect(events).toHaveLength(20);
    for (const event of events) {
      expect(event.from, event.ref).toBeGreaterThanOrEqual(PADDING - 1e-6);
      expect(event.to, event.ref).toBeLessThanOrEqual(WIDTH - PADDING + 1e-6);
    }
  });

  it("uses the width: the farthest events lie near the edges of the plot", () => {
    const zoom = fitAllTransform(calendar, WIDTH, PADDING);
    const events = everyEventPx(calendar, zoom);
    const plot = WIDTH - 2 * PADDING;
    expect(Math.min(...events.map((event) => event.from))).toBeLessThan(PADDING + 0.1 * plot);
    expect(Math.max(...events.map((event) => event.to))).toBeGreaterThan(
      WIDTH - PADDING - 0.1 * plot,
    );
  });

  it("needs zooming out for the far events of a wide lane, which lie outside at scale 1", () => {
    const toPx = px(calendar, IDENTITY);
    const lane = calendar.lanes[1];
    const origin = lane?.events[0];
    if (!lane || !origin) throw new Error("no lane");
    expect(toPx(lane, origin.u0)).toBeLessThan(0);
    expect(fitAllTransform(calendar, WIDTH, PADDING).k).toBeLessThan(1);
  });

  it("shows every event in the aligned mode", () => {
    const role = testRole("start", { short: ["s1"], wide: ["m0"], one: ["wall"] });
    const aligned = buildTimelineModel([short, wide, one], [role], "aligned", "start");
    const zoom = fitAllTransform(aligned, WIDTH, PADDING);
    for (const event of everyEventPx(aligned, zoom)) {
      expect(event.from, event.ref).toBeGreaterThanOrEqual(PADDING - 1e-6);
      expect(event.to, event.ref).toBeLessThanOrEqual(WIDTH - PADDING + 1e-6);
    }
  });

  it("keeps a model without lanes as it is", () => {
    expect(
      fitAllTransform(buildTimelineModel([], [], "calendar", undefined), WIDTH, PADDING),
    ).toEqual(IDENTITY);
  });
});

describe("a chart with every episode hidden", () => {
  it.each(["aligned", "calendar", "sequence"] as const)(
    "lays out no lanes, no ticks and a finite height in %s mode, with limits that keep a zoom",
    (mode) => {
      const empty = buildTimelineModel([], [], mode, undefined);
      const chart = layout(empty, NO_EMPHASIS, fitAllTransform(empty, WIDTH, PADDING));
      expect(chart.lanes).toEqual([]);
      expect(chart.ticks).toEqual([]);
      expect(chart.connectors).toEqual([]);
      expect(Number.isFinite(chart.height)).toBe(true);
      const limits = zoomLimits(empty, WIDTH, PADDING);
      expect(Object.values(limits).every(Number.isFinite)).toBe(true);
      expect(limits.minScale).toBeLessThanOrEqual(limits.maxScale);
    },
  );
});

describe("zoomLimits(model, width, padding)", () => {
  it("lets the reader zoom out to Fit all and pan across just what it shows", () => {
    const fit = fitAllTransform(calendar, WIDTH, PADDING);
    const limits = zoomLimits(calendar, WIDTH, PADDING);
    expect(limits.minScale).toBe(fit.k);
    // Fit all shows chart pixels (at scale 1) from panFrom at the left edge to panTo at the right.
    const under = (screenPx: number) => (screenPx - fit.x * WIDTH) / fit.k;
    expect(under(0)).toBeLessThan(-100);
    expect(limits.panFrom).toBeCloseTo(under(0), 6);
    expect(limits.panTo).toBeCloseTo(under(WIDTH), 6);
  });
});

describe("calendar lanes of one event, or of one day", () => {
  const inPlot = (value: number) => {
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(PADDING);
    expect(value).toBeLessThanOrEqual(WIDTH - PADDING);
  };

  it.each(["one", "one-day", "month"])("places the lane %s within the chart at scale 1", (id) => {
    const toPx = px(calendar, IDENTITY);
    const lane = calendar.lanes.find((candidate) => candidate.episode.id === id);
    if (!lane) throw new Error("no lane");
    for (const event of lane.events) {
      inPlot(toPx(lane, event.u0));
      inPlot(toPx(lane, event.u1));
    }
  });

  it("centres a lone event at scale 1", () => {
    const lane = calendar.lanes[2];
    const event = lane?.events[0];
    if (!lane || !event) throw new Error("no lane");
    expect(px(calendar, IDENTITY)(lane, event.u0)).toBeCloseTo(WIDTH / 2);
  });

  it.each(["one", "one-day", "month"])(
    "places the lane %s within the chart after Fit all",
    (id) => {
      const zoom = fitAllTransform(calendar, WIDTH, PADDING);
      const toPx = px(calendar, zoom);
      const lane = calendar.lanes.find((candidate) => candidate.episode.id === id);
      if (!lane) throw new Error("no lane");
      for (const event of lane.events) {
        inPlot(toPx(lane, event.u0));
        inPlot(toPx(lane, event.u1));
      }
    },
  );

  it("spreads the events of one day apart, in their order", () => {
    const lane = calendar.lanes[3];
    if (!lane) throw new Error("no lane");
    const toPx = px(calendar, IDENTITY);
    const xs = lane.events.map((event) => toPx(lane, event.u0));
    expect(xs).toEqual([...xs].sort((left, right) => left - right));
    expect((xs.at(-1) ?? 0) - (xs[0] ?? 0)).toBeGreaterThan(10);
  });

  it("draws a lane of one event alone as a mark in view, with its title", () => {
    const model = buildTimelineModel([one], [], "calendar", undefined);
    for (const zoom of [IDENTITY, fitAllTransform(model, WIDTH, PADDING)]) {
      const [mark] = drawn(layout(model, NO_EMPHASIS, zoom));
      expect(mark?.ref).toBe("one/wall");
      expect(mark?.x0).toBeGreaterThanOrEqual(0);
      expect(mark?.x0).toBeLessThanOrEqual(WIDTH);
      expect(mark?.label).toBe("Event wall");
    }
  });
});

describe("layoutChart(model, ..., emphasis)", () => {
  // Twenty events on one day: six rows are drawn, the rest folded into a "+N".
  const pile = testEpisode(
    "pile",
    Array.from({ length: 20 }, (_, index) => testEvent(`e${index}`, "1968-08-21")),
  );
  const piled = buildTimelineModel([pile], [], "calendar", undefined);

  it("folds a crowded event without emphasis", () => {
    const chart = layout(piled);
    expect(drawn(chart)).toHaveLength(rowsFor(1).maxRows);
    expect(folded(chart)).toContain("pile/e15");
  });

  it("draws an event that must show, with its label, however crowded", () => {
    const chart = layout(piled, { mustShow: new Set(["pile/e15"]), promote: new Set() });
    const mark = drawn(chart).find((candidate) => candidate.ref === "pile/e15");
    expect(mark).toBeDefined();
    expect(mark?.label).toBe("Event e15");
    expect(folded(chart)).not.toContain("pile/e15");
  });

  it("brings out a promoted event that would be folded", () => {
    const chart = layout(piled, { mustShow: new Set(), promote: new Set(["pile/e15"]) });
    expect(drawn(chart).map((mark) => mark.ref)).toContain("pile/e15");
    expect(folded(chart)).not.toContain("pile/e15");
    expect(drawn(chart)).toHaveLength(rowsFor(1).maxRows);
  });

  // A lane with some of everything: piles, neighbours, spans, and ranked events.
  const busyEvents: EpisodeEvent[] = [
    ...Array.from({ length: 30 }, (_, index) => ({
      ...testEvent(`b${index}`, `1968-08-${String(1 + Math.floor(index / 2)).padStart(2, "0")}`),
      title: `Busy event number ${index} with a longer title`,
      ...(index % 7 === 0 ? { significance: 5 } : {}),
    })),
    testEvent("span", "1968-08-03", "1968-08-09"),
  ];
  const busy = buildTimelineModel(
    [testEpisode("busy", busyEvents), short],
    [],
    "calendar",
    undefined,
  );

  it("leaves every mark in its place when the promoted event is already drawn", () => {
    const plain = layout(busy);
    const marks = drawn(plain);
    expect(marks.length).toBeGreaterThan(5);
    expect(folded(plain).length).toBeGreaterThan(0);
    for (const mark of marks) {
      const promoted = layout(busy, { mustShow: new Set(), promote: new Set([mark.ref]) });
      expect(drawn(promoted), mark.ref).toEqual(marks);
      expect(folded(promoted)).toEqual(folded(plain));
    }
  });

  it("draws each folded event when it is promoted", () => {
    const refs = folded(layout(busy));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const promoted = layout(busy, { mustShow: new Set(), promote: new Set([ref]) });
      expect(
        drawn(promoted).map((mark) => mark.ref),
        ref,
      ).toContain(ref);
      expect(folded(promoted), ref).not.toContain(ref);
    }
  });

  it("keeps labels of marks in view inside the view", () => {
    let checked = 0;
    // Zoomed in with the chart shifted 500 px left, and zoomed out with it shifted 200 px right.
    for (const zoom of [IDENTITY, { k: 3, x: -500 / WIDTH }, { k: 0.5, x: 200 / WIDTH }]) {
      const before = checked;
      for (const lane of layout(busy, NO_EMPHASIS, zoom).lanes) {
        for (const mark of lane.marks) {
          if (!mark.label || mark.x0 < 0 || mark.x0 > WIDTH) continue;
          checked += 1;
          const width = DEFAULT_LAYOUT.measure(mark.label);
          if (mark.labelSide === "right")
            expect(mark.x0 + DEFAULT_LAYOUT.labelOffset + width).toBeLessThanOrEqual(WIDTH);
          else expect(mark.x0 - DEFAULT_LAYOUT.labelOffset - width).toBeGreaterThanOrEqual(0);
        }
      }
      // Every zoom has labelled marks in view to check, none scrolled wholly out of it.
      expect(checked - before, JSON.stringify(zoom)).toBeGreaterThan(5);
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("puts each mark in its row of its lane", () => {
    const chart = layout(busy);
    for (const lane of chart.lanes) {
      const rowsTop = lane.top + GEOMETRY.laneHeaderHeight;
      for (const mark of lane.marks) {
        const row = (mark.y - rowsTop) / GEOMETRY.rowHeight - 0.5;
        expect(Number.isInteger(row)).toBe(true);
        expect(row).toBeGreaterThanOrEqual(0);
        expect(row).toBeLessThan(rowsFor(2).maxRows);
      }
    }
  });
});

describe("layoutChart(..., onlyLanes)", () => {
  const model = buildTimelineModel([short, wide, one], [], "calendar", undefined);

  it("lays out only the lanes named, leaving the others in their place, empty", () => {
    const all = layout(model);
    const some = layout(model, NO_EMPHASIS, IDENTITY, new Set(["wide"]));
    expect(some.lanes.map((lane) => lane.lane.episode.id)).toEqual(["short", "wide", "one"]);
    expect(some.lanes.map((lane) => [lane.top, lane.height])).toEqual(
      all.lanes.map((lane) => [lane.top, lane.height]),
    );
    expect(some.height).toBe(all.height);
    for (const [index, lane] of some.lanes.entries()) {
      const full = all.lanes[index];
      if (lane.lane.episode.id === "wide") {
        expect(lane.marks.length).toBeGreaterThan(0);
        expect(lane.marks).toEqual(full?.marks);
        expect(lane.clusters).toEqual(full?.clusters);
      } else {
        expect(full?.marks.length).toBeGreaterThan(0);
        expect(lane.marks).toEqual([]);
        expect(lane.clusters).toEqual([]);
      }
    }
  });

  it("lays out every lane with no list, and none with an empty one", () => {
    expect(drawn(layout(model, NO_EMPHASIS, IDENTITY, undefined))).toEqual(drawn(layout(model)));
    expect(drawn(layout(model, NO_EMPHASIS, IDENTITY, new Set()))).toEqual([]);
  });
});

describe("layoutChart on a calendar lane far from 1970, zoomed in", () => {
  it("places each mark exactly where the lane's scale puts its date", () => {
    const model = buildTimelineModel([short], [], "calendar", undefined);
    const lane = model.lanes[0];
    if (!lane) throw new Error("no lane");
    for (const k of [10, 100, 1000]) {
      // Centred on 24 October 1956, the lane's second event.
      const centre = createLaneScales(model, WIDTH, PADDING, { k, x: 0 }).toPx(
        lane,
        lane.events[1]?.u0 ?? 0,
      );
      const zoom = { k, x: (WIDTH / 2 - centre) / WIDTH };
      const layout = layoutChart({
        model,
        roles: [],
        hiddenKinds: new Set(),
        zoom,
        geometry: GEOMETRY,
        locale: "en-GB",
      });
      const toPx = px(model, zoom);
      expect(toPx(lane, lane.events[1]?.u0 ?? 0)).toBeCloseTo(WIDTH / 2, 2);
      const marks = layout.lanes[0]?.marks ?? [];
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark.x0).toBeCloseTo(toPx(lane, mark.event.u0), 2);
    }
  });
});

describe("layoutChart: day 0 of a lane whose anchor names only its month", () => {
  const troops = testRole("troops", { short: ["s2"], month: ["period"] });
  const aligned = buildTimelineModel([short, month], [troops], "aligned", "troops");

  it("draws it as a band over the whole month, and leaves that lane out of day 0's line", () => {
    const chart = layout(aligned);
    const [dayLane, monthLane] = chart.lanes;
    if (!dayLane || !monthLane) throw new Error("expected two lanes");
    const toPx = px(aligned, IDENTITY);
    expect(dayLane.dayZeroBand).toBeUndefined();
    // November 1956, 30 days from its first.
    expect(monthLane.dayZeroBand?.x0).toBeCloseTo(toPx(monthLane.lane, 0));
    expect(monthLane.dayZeroBand?.x1).toBeCloseTo(toPx(monthLane.lane, 30));
    expect(chart.dayZeroGaps).toEqual([[monthLane.top, monthLane.top + monthLane.height]]);
  });

  it("draws no band on the calendar axis, which has no day 0", () => {
    const chart = layout(buildTimelineModel([short, month], [troops], "calendar", "troops"));
    expect(chart.lanes.map((lane) => lane.dayZeroBand)).toEqual([undefined, undefined]);
    expect(chart.dayZeroGaps).toEqual([]);
  });
});

describe("layoutChart: where lanes, marks, folds and connectors are drawn", () => {
  // Aligned on "start": 24 October 1956, 9 November 1989 and noon on 19 August 1991 are day 0.
  const start = testRole("start", { short: ["s2"], one: ["wall"], "one-day": ["noon"] });
  // A role of two lanes that are not neighbours.
  const link = testRole("link", { short: ["s3"], "one-day": ["morning"] });
  const aligned = buildTimelineModel([short, one, oneDay], [start, link], "aligned", "start");
  const chart = layoutChart({
    model: aligned,
    roles: [start, link],
    hiddenKinds: new Set(),
    zoom: IDENTITY,
    geometry: GEOMETRY,
    locale: "en-GB",
  });
  const markOf = (ref: string) => {
    const mark = chart.lanes.flatMap((lane) => lane.marks).find((one) => one.ref === ref);
    if (!mark) throw new Error(`${ref} is not drawn`);
    return mark;
  };

  it("stacks the lanes under the shared axis, each as tall as its rows, header and fold row", () => {
    // 28 px of axis; a lane is 26 px of header, 24 px a row, 22 px of folds and 6 below, then a
    // 14 px gap: three rows for three events, one for one.
    expect(chart.lanes.map((lane) => [lane.top, lane.height])).toEqual([
      [28, 126],
      [168, 78],
      [260, 126],
    ]);
    expect(chart.height).toBe(394);
  });

  it("draws each mark at its day from day 0, every lane's anchor on one x", () => {
    const [s1, s2, s3] = ["short/s1", "short/s2", "short/s3"].map((ref) => markOf(ref).x0);
    const [shortLane] = aligned.lanes;
    if (!shortLane) throw new Error("no lane");
    const dayZero = chart.toPx(shortLane, 0);
    expect(s2).toBeCloseTo(dayZero, 6);
    expect(markOf("one/wall").x0).toBeCloseTo(dayZero, 6);
    expect(markOf("one-day/noon").x0).toBeCloseTo(dayZero, 6);
    // 23 October is day −1 and 26 October day +2: twice as far to the right as the day before is to the left.
    expect((s3 ?? 0) - (s2 ?? 0)).toBeCloseTo(2 * ((s2 ?? 0) - (s1 ?? 0)), 6);
    expect((s2 ?? 0) - (s1 ?? 0)).toBeGreaterThan(100);
  });

  it("joins a role's marks lane to lane, from the foot of one to the head of the next, past lanes without one", () => {
    const points = (ref: string) => ({ x: markOf(ref).x0, y: markOf(ref).y });
    expect(chart.connectors).toEqual([
      { roleId: "start", from: points("short/s2"), to: points("one/wall") },
      { roleId: "start", from: points("one/wall"), to: points("one-day/noon") },
      { roleId: "link", from: points("short/s3"), to: points("one-day/morning") },
    ]);
    // Aligned on it, the role's connectors stand upright.
    for (const connector of chart.connectors.filter((line) => line.roleId === "start")) {
      expect(connector.to.x).toBeCloseTo(connector.from.x, 6);
      expect(connector.to.y).toBeGreaterThan(connector.from.y);
    }
  });

  it("joins no lane whose mark of the role is folded away or out of view", () => {
    // Zoomed in on 26 October: the marks of day 0 are off to the left.
    const zoom = { k: 20, x: (WIDTH / 2 - 20 * markOf("short/s3").x0) / WIDTH };
    const far = layoutChart({
      model: aligned,
      roles: [start, link],
      hiddenKinds: new Set(),
      zoom,
      geometry: GEOMETRY,
      locale: "en-GB",
    });
    const drawnRefs = new Set(far.lanes.flatMap((lane) => lane.marks.map((mark) => mark.ref)));
    expect(drawnRefs.has("short/s2")).toBe(false);
    expect(far.connectors.filter((line) => line.roleId === "start")).toEqual([]);
  });

  // Twenty events on 21 August 1968, alone in their lane: six are drawn and the rest folded.
  const pile = buildTimelineModel(
    [
      testEpisode(
        "pile",
        Array.from({ length: 20 }, (_, index) => testEvent(`e${index}`, "1968-08-21")),
      ),
    ],
    [],
    "calendar",
    undefined,
  );
  const pileChart = (pileX: number) => {
    // The lane's one day is drawn mid-chart at scale 1: shifted so that it stands at pileX.
    const zoom = { k: 1, x: (pileX - WIDTH / 2) / WIDTH };
    return layout(pile, NO_EMPHASIS, zoom).lanes[0];
  };

  it("draws a '+N' at the events it folds, on the row below the lane's marks", () => {
    const lane = pileChart(WIDTH / 2);
    expect(lane?.marks).toHaveLength(6);
    for (const mark of lane?.marks ?? []) expect(mark.x0).toBeCloseTo(WIDTH / 2, 6);
    const [cluster, ...others] = lane?.clusters ?? [];
    expect(others).toEqual([]);
    expect(cluster?.x).toBeCloseTo(WIDTH / 2, 6);
    // Under 26 px of header and six rows of 24 px, in the middle of the 22 px fold row.
    expect(cluster?.y).toBe(26 + 6 * 24 + 11);
    expect(cluster?.refs).toHaveLength(14);
  });

  it("keeps a '+N' at an edge of the view inside it", () => {
    expect(pileChart(1)?.clusters[0]?.x).toBe(2);
    expect(pileChart(WIDTH - 5)?.clusters[0]?.x).toBe(WIDTH - CLUSTER_BADGE_WIDTH);
  });
});

describe("layoutChart(..., calendarTicks)", () => {
  const model = buildTimelineModel([short, month], [], "calendar", undefined);
  const withTicks = (calendarTicks: CalendarTickFunction, geometry = GEOMETRY) =>
    layoutChart({
      model,
      roles: [],
      hiddenKinds: new Set(),
      zoom: IDENTITY,
      geometry,
      locale: "fr-FR",
      calendarTicks,
    });

  it("gives calendar lanes no ticks without a tick function", () => {
    expect(layout(model).lanes.map((lane) => lane.ticks)).toEqual([[], []]);
  });

  it("gives each calendar lane the ticks of the function passed, asked for its stretch and placed on its scale", () => {
    const asked: Parameters<CalendarTickFunction>[] = [];
    const middle: CalendarTickFunction = (...args) => {
      asked.push(args);
      const [[start, end], , locale] = args;
      return [{ value: (start + end) / 2, label: `middle, ${locale}` }];
    };
    // Laid out 100 px beyond each side of the view, with type twice its size.
    const chart = withTicks(middle, { ...GEOMETRY, slack: 100, scale: 2 });
    const { toPx, toUnits } = createLaneScales(model, WIDTH, PADDING, IDENTITY);
    expect(asked).toEqual(
      model.lanes.map((lane) => [
        [toUnits(lane, -100), toUnits(lane, WIDTH + 100)],
        (WIDTH + 200) / 2,
        "fr-FR",
        undefined,
        toUnits(lane, 0),
      ]),
    );
    for (const lane of chart.lanes) {
      const value = (toUnits(lane.lane, -100) + toUnits(lane.lane, WIDTH + 100)) / 2;
      expect(lane.ticks).toEqual([{ value, label: "middle, fr-FR", px: toPx(lane.lane, value) }]);
    }
  });

  it("asks no tick function in the aligned mode, whose axis is shared", () => {
    const role = testRole("start", { short: ["s2"], month: ["period"] });
    const aligned = buildTimelineModel([short, month], [role], "aligned", "start");
    const chart = layoutChart({
      model: aligned,
      roles: [role],
      hiddenKinds: new Set(),
      zoom: IDENTITY,
      geometry: GEOMETRY,
      locale: "en-GB",
      calendarTicks: () => {
        throw new Error("asked for calendar ticks");
      },
    });
    expect(chart.lanes.map((lane) => lane.ticks)).toEqual([[], []]);
    expect(chart.ticks.length).toBeGreaterThan(0);
  });

  it("labels each calendar lane with its own dates once the calendar's ticks are loaded", async () => {
    const chart = withTicks(await loadCalendarTicks());
    const [shortLane, monthLane] = chart.lanes.map((lane) => lane.ticks.map((tick) => tick.label));
    expect(shortLane?.[0]).toMatch(/oct\. 1956/);
    expect(monthLane?.join(" ")).toMatch(/nov\./);
    for (const lane of chart.lanes) {
      for (const tick of lane.ticks)
        expect(tick.px).toBeCloseTo(chart.toPx(lane.lane, tick.value), 6);
    }
  });
});
