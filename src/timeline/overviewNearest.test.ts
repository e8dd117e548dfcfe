import { describe, expect, it } from "vitest";
import { testEpisode, testEvent } from "../../tests/support/testEpisodes";
import { buildTimelineModel } from "./laneModels";
import { createLaneScales } from "./laneScales";
import { nearestEventsZoom, nearestEventX } from "./overviewNearest";
import { viewHasEvents } from "./viewFrame";

const lane = (...pairs: [number, number][]) => ({
  x0: Float64Array.from(pairs, ([x0]) => x0),
  x1: Float64Array.from(pairs, ([, x1]) => x1),
});

describe("nearestEventX(lanes, x, halfWidth)", () => {
  const lanes = [lane([10, 10], [200, 200]), lane([120, 122])];

  it("leaves the click where it is when a window there would show an event", () => {
    expect(nearestEventX(lanes, 100, 25)).toBeUndefined();
    expect(nearestEventX(lanes, 121, 1)).toBeUndefined();
  });

  it("goes to the event nearest the click, in whichever lane", () => {
    expect(nearestEventX(lanes, 60, 10)).toBe(10);
    expect(nearestEventX(lanes, 80, 10)).toBe(121);
    expect(nearestEventX(lanes, 300, 10)).toBe(200);
  });

  it("goes to a long span's start, where its mark is, and brings it in by half the window", () => {
    expect(nearestEventX([lane([0, 100])], 200, 20)).toBe(10);
    expect(nearestEventX([lane([300, 400])], 200, 20)).toBe(310);
    // Within the bar but far from its start: the view there would show no mark.
    expect(nearestEventX([lane([0, 500])], 300, 20)).toBe(10);
    // A short span is centred whole.
    expect(nearestEventX([lane([300, 304])], 200, 20)).toBe(302);
  });

  it("has nothing to go to when there are no events", () => {
    expect(nearestEventX([lane(), lane()], 50, 5)).toBeUndefined();
  });
});

const early = testEpisode("early", [
  testEvent("a", "1956-10-23"),
  testEvent("b", "1956-10-24", undefined, "intervention"),
]);
const late = testEpisode("late", [
  testEvent("c", "1956-11-20"),
  testEvent("d", "1956-12-30", undefined, "intervention"),
]);
const model = buildTimelineModel([early, late], [], "calendar", undefined);
const width = 800;
const padding = 16;

/** Chart pixels of the middle of an event (a day long, for a date to the day) under a zoom. */
function pxOf(laneIndex: number, eventId: string, zoom: { k: number; x: number }) {
  const modelLane = model.lanes[laneIndex];
  const event = modelLane?.events.find((candidate) => candidate.event.id === eventId);
  if (!modelLane || !event) throw new Error(`no ${eventId}`);
  return createLaneScales(model, width, padding, zoom).toPx(modelLane, (event.u0 + event.u1) / 2);
}

/** A zoom, twenty times in, with the event's chart pixel at screen x. */
function zoomWith(laneIndex: number, eventId: string, screenX: number) {
  const k = 20;
  // The shift is a share of the width.
  return { k, x: (screenX - k * pxOf(laneIndex, eventId, { k: 1, x: 0 })) / width };
}

describe("nearestEventsZoom(model, hidden, zoom, width, padding)", () => {
  it("keeps the scale and centres the event nearest the view's centre", () => {
    // Event "c" lies just off the right edge; "d" much further.
    const zoom = zoomWith(1, "c", width + 100);
    expect(viewHasEvents(model, new Set(), zoom, width, padding)).toBe(false);
    const next = nearestEventsZoom(model, new Set(), zoom, width, padding);
    expect(next?.k).toBe(zoom.k);
    expect(pxOf(1, "c", next ?? zoom)).toBeCloseTo(width / 2);
    expect(viewHasEvents(model, new Set(), next ?? zoom, width, padding)).toBe(true);
  });

  it("looks across the lanes, and leaves hidden kinds out", () => {
    // In the first lane, "b" is just off the left edge, nearer than anything in the second lane.
    const zoom = zoomWith(0, "b", -50);
    expect(
      pxOf(0, "b", nearestEventsZoom(model, new Set(), zoom, width, padding) ?? zoom),
    ).toBeCloseTo(width / 2);
    const hidden = new Set(["intervention"] as const);
    expect(
      pxOf(0, "a", nearestEventsZoom(model, hidden, zoom, width, padding) ?? zoom),
    ).toBeCloseTo(width / 2);
  });

  it("has no zoom to give when every event is hidden", () => {
    const hidden = new Set(["protest", "intervention"] as const);
    expect(nearestEventsZoom(model, hidden, { k: 1, x: 0 }, width, padding)).toBeUndefined();
  });
});

describe("nearestEventsZoom with a long event", () => {
  const long = testEpisode("long", [
    testEvent("start", "1956-01-01"),
    testEvent("occupation", "1956-03-01", "1956-12-31"),
  ]);
  const longModel = buildTimelineModel([long], [], "calendar", undefined);
  const longLane = longModel.lanes[0];
  const occupation = longLane?.events.find((event) => event.event.id === "occupation");

  it("puts the long event's start, where its mark is, a quarter of the view left of the middle", () => {
    if (!longLane || !occupation) throw new Error("no lane");
    const unit = createLaneScales(longModel, width, padding, { k: 1, x: 0 });
    // Zoomed in far, in the middle of the long event: its start far off to the left.
    const k = 40;
    const middle = unit.toPx(longLane, (occupation.u0 + occupation.u1) / 2);
    const zoom = { k, x: (width / 2 - k * middle) / width };
    expect(viewHasEvents(longModel, new Set(), zoom, width, padding)).toBe(false);
    const next = nearestEventsZoom(longModel, new Set(), zoom, width, padding);
    if (!next) throw new Error("no zoom");
    const startPx = createLaneScales(longModel, width, padding, next).toPx(longLane, occupation.u0);
    expect(startPx).toBeCloseTo(width / 4);
    expect(viewHasEvents(longModel, new Set(), next, width, padding)).toBe(true);
  });
});

describe("viewHasEvents(model, hidden, zoom, width, padding)", () => {
  it("tells a view with an event in it from an empty one", () => {
    expect(viewHasEvents(model, new Set(), { k: 1, x: 0 }, width, padding)).toBe(true);
    expect(viewHasEvents(model, new Set(), zoomWith(0, "a", width / 2), width, padding)).toBe(true);
    expect(viewHasEvents(model, new Set(), zoomWith(0, "a", -400), width, padding)).toBe(false);
  });

  it("does not count an event of a hidden kind", () => {
    const zoom = zoomWith(1, "d", width / 2);
    expect(viewHasEvents(model, new Set(), zoom, width, padding)).toBe(true);
    expect(viewHasEvents(model, new Set(["intervention"]), zoom, width, padding)).toBe(false);
  });
});
