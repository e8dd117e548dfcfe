import { describe, expect, it } from "vitest";
import { testEpisode, testEvent, testRole } from "../../tests/support/testEpisodes";
import { buildTimelineModel, type TimelineModel } from "./laneModels";
import { createLaneScales, type ZoomTransform } from "./laneScales";
import { eventPlaces, eventSpans, eventStarts, frameTransform } from "./viewFrame";
import { windowTransform, zoomLimits } from "./zoomFrames";

const WIDTH = 800;
const PADDING = 16;

const a = testEpisode("a", [
  testEvent("start", "2000-01-01"),
  testEvent("soon", "2000-01-03"),
  testEvent("week", "2000-01-06", "2000-01-08"),
  testEvent("later", "2000-01-10"),
  testEvent("far", "2000-03-01"),
]);
const b = testEpisode("b", [
  testEvent("before", "2009-12-01"),
  testEvent("start", "2010-05-01"),
  testEvent("soon", "2010-05-04"),
  testEvent("week", "2010-05-08"),
]);
const role = testRole("start", { a: ["start"], b: ["start"] });

const aligned = buildTimelineModel([a, b], [role], "aligned", "start");
const calendar = buildTimelineModel([a, b], [role], "calendar", undefined);

/** Where an event lies on screen under a zoom. */
function screenSpan(model: TimelineModel, ref: string, zoom: ZoomTransform): [number, number] {
  const place = eventPlaces(model).get(ref);
  if (!place) throw new Error(`no event ${ref}`);
  const { toPx } = createLaneScales(model, WIDTH, PADDING, zoom);
  return [toPx(place.lane, place.event.u0), toPx(place.lane, place.event.u1)];
}

function expectInView(model: TimelineModel, refs: readonly string[], zoom: ZoomTransform) {
  for (const ref of refs) {
    const [from, to] = screenSpan(model, ref, zoom);
    expect(from, `${ref} starts in view`).toBeGreaterThanOrEqual(0);
    expect(to, `${ref} ends in view`).toBeLessThanOrEqual(WIDTH);
  }
}

describe("eventPlaces(model)", () => {
  it("finds each event with its lane", () => {
    const places = eventPlaces(aligned);
    expect(places.size).toBe(9);
    expect(places.get("b/soon")?.lane.episode.id).toBe("b");
    expect(places.get("b/soon")?.event.event.id).toBe("soon");
    expect(eventPlaces(aligned)).toBe(places);
  });
});

describe("eventSpans(model, refs, width, padding)", () => {
  it("places each event at scale 1, as the lane scales do, in the order asked", () => {
    const refs = ["b/week", "a/start", "a/week"];
    const spans = eventSpans(aligned, refs, WIDTH, PADDING);
    expect(spans).toHaveLength(3);
    refs.forEach((ref, index) => {
      const [from, to] = screenSpan(aligned, ref, { k: 1, x: 0 });
      expect(spans[index]).toEqual({ from, to });
    });
  });

  it("gives a span its length and a point none", () => {
    const [week, start] = eventSpans(aligned, ["a/week", "a/start"], WIDTH, PADDING);
    expect((week?.to ?? 0) - (week?.from ?? 0)).toBeGreaterThan(0);
    expect(start?.to).toBe(start?.from);
  });

  it("lines up events on the same day of different lanes in the aligned mode", () => {
    const [first, second] = eventSpans(aligned, ["a/soon", "b/start"], WIDTH, PADDING);
    const [startA] = eventSpans(aligned, ["a/start"], WIDTH, PADDING);
    expect(second?.from).toBeCloseTo(startA?.from ?? Number.NaN);
    expect(first?.from).toBeGreaterThan(second?.from ?? Number.POSITIVE_INFINITY);
  });

  it("leaves out refs not in the model", () => {
    expect(eventSpans(aligned, ["a/nothing", "zzz/start"], WIDTH, PADDING)).toEqual([]);
    expect(eventSpans(aligned, ["a/nothing", "a/start"], WIDTH, PADDING)).toHaveLength(1);
  });
});

describe("eventStarts(model, refs, width, padding)", () => {
  it("places each event where its mark is, at its start, a span too", () => {
    const [week] = eventStarts(aligned, ["a/week"], WIDTH, PADDING);
    const [span] = eventSpans(aligned, ["a/week"], WIDTH, PADDING);
    expect(week).toEqual({ from: span?.from, to: span?.from });
    expect((span?.to ?? 0) - (span?.from ?? 0)).toBeGreaterThan(0);
  });
});

describe("frameTransform(model, frame, width, padding, limits)", () => {
  const limits = zoomLimits(aligned, WIDTH, PADDING);
  const window: [number, number] = [-2, 12];
  const windowZoom = windowTransform(aligned, window, WIDTH, PADDING);

  it("shows the window when every event is well inside it", () => {
    const zoom = frameTransform(
      aligned,
      { window, refs: ["a/soon", "b/soon"] },
      WIDTH,
      PADDING,
      limits,
    );
    expect(zoom).toEqual(windowZoom);
  });

  it("shows the window when there are no events", () => {
    expect(frameTransform(aligned, { window, refs: [] }, WIDTH, PADDING, limits)).toEqual(
      windowZoom,
    );
  });

  it("widens the window to show an event outside it", () => {
    const refs = ["a/soon", "a/far"];
    const zoom = frameTransform(aligned, { window, refs }, WIDTH, PADDING, limits);
    if (!zoom) throw new Error("no zoom");
    expect(zoom.k).toBeLessThan(windowZoom.k);
    expect(zoom.k).toBeGreaterThanOrEqual(limits.minScale);
    expectInView(aligned, refs, zoom);
    // The window's days stay in view as well.
    const lane = aligned.lanes[0];
    if (!lane) throw new Error("no lane");
    const { toPx } = createLaneScales(aligned, WIDTH, PADDING, zoom);
    for (const day of window) {
      expect(toPx(lane, day)).toBeGreaterThanOrEqual(0);
      expect(toPx(lane, day)).toBeLessThanOrEqual(WIDTH);
    }
  });

  it("keeps the window for a span that starts in it and runs on for years", () => {
    const long = testEpisode("a", [
      testEvent("start", "2000-01-01"),
      testEvent("years", "2000-01-05", "2006-12-31"),
    ]);
    const model = buildTimelineModel(
      [long],
      [testRole("start", { a: ["start"] })],
      "aligned",
      "start",
    );
    const modelLimits = zoomLimits(model, WIDTH, PADDING);
    const zoom = frameTransform(model, { window, refs: ["a/years"] }, WIDTH, PADDING, modelLimits);
    expect(zoom).toEqual(windowTransform(model, window, WIDTH, PADDING));
    const [from] = screenSpan(model, "a/years", zoom ?? { k: 1, x: 0 });
    expect(from).toBeGreaterThanOrEqual(0);
    expect(from).toBeLessThanOrEqual(WIDTH);
  });

  it("widens both ways for events on both sides of the window", () => {
    const refs = ["b/before", "a/far", "b/week"];
    const zoom = frameTransform(aligned, { window, refs }, WIDTH, PADDING, limits);
    if (!zoom) throw new Error("no zoom");
    expect(zoom.k).toBeLessThan(windowZoom.k);
    expectInView(aligned, refs, zoom);
  });

  it("fits the events alone when there is no window", () => {
    const refs = ["a/soon", "a/later"];
    const zoom = frameTransform(aligned, { window: undefined, refs }, WIDTH, PADDING, limits);
    if (!zoom) throw new Error("no zoom");
    expectInView(aligned, refs, zoom);
    // Fitted to them: they fill most of the view, not a corner of it.
    const [from] = screenSpan(aligned, "a/soon", zoom);
    const [to] = screenSpan(aligned, "a/later", zoom);
    expect(to - from).toBeGreaterThan(WIDTH / 2);
    expect((from + to) / 2).toBeCloseTo(WIDTH / 2);
  });

  describe("in the calendar mode", () => {
    const calendarLimits = zoomLimits(calendar, WIDTH, PADDING);

    it("ignores a window of days and fits the events, across lanes", () => {
      const refs = ["a/soon", "b/week", "a/far"];
      const zoom = frameTransform(calendar, { window, refs }, WIDTH, PADDING, calendarLimits);
      if (!zoom) throw new Error("no zoom");
      expect(zoom).toEqual(
        frameTransform(calendar, { window: undefined, refs }, WIDTH, PADDING, calendarLimits),
      );
      expectInView(calendar, refs, zoom);
    });

    it("centres a single event", () => {
      const zoom = frameTransform(
        calendar,
        { window: undefined, refs: ["b/soon"] },
        WIDTH,
        PADDING,
        calendarLimits,
      );
      if (!zoom) throw new Error("no zoom");
      expect(zoom.k).toBeLessThanOrEqual(calendarLimits.maxScale);
      expect(screenSpan(calendar, "b/soon", zoom)[0]).toBeCloseTo(WIDTH / 2);
    });

    it("has nothing to frame without events", () => {
      expect(
        frameTransform(calendar, { window, refs: [] }, WIDTH, PADDING, calendarLimits),
      ).toBeUndefined();
    });
  });

  it("is undefined when there is nothing to frame", () => {
    expect(
      frameTransform(aligned, { window: undefined, refs: [] }, WIDTH, PADDING, limits),
    ).toBeUndefined();
    expect(
      frameTransform(aligned, { window: undefined, refs: ["a/missing"] }, WIDTH, PADDING, limits),
    ).toBeUndefined();
  });
});
