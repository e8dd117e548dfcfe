import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createSampleStore } from "../../../tests/support/sampleStore";
import { testEpisode, testEvent } from "../../../tests/support/testEpisodes";
import type { Collection } from "../../data/format/collection";
import { selectAlignRoleId, selectCollection } from "../../store/selectors";
import { buildTimelineModel, type TimelineModel } from "../../timeline/laneModels";
import type { ZoomTransform } from "../../timeline/laneScales";
import { createLaneScales } from "../../timeline/laneScales";
import { alignedTicks, sequenceTicks } from "../../timeline/ticks";
import { fitAllTransform } from "../../timeline/zoomFrames";
import { OverviewStrip } from "./OverviewStrip";
import { overviewStripHeight } from "./overviewStripSize";

const WIDTH = 800;
const PADDING = 16;

let collection: Collection;
let alignRoleId: string | undefined;

beforeAll(async () => {
  const store = createSampleStore();
  await store.getState().loadCollection("collection.json");
  const loaded = selectCollection(store.getState());
  if (!loaded) throw new Error("sample collection did not load");
  collection = loaded;
  alignRoleId = selectAlignRoleId(store.getState());
});

function renderStrip(model: TimelineModel, zoom?: ZoomTransform, width = WIDTH, compact = false) {
  const fitAll = fitAllTransform(model, width, PADDING);
  const onPan = vi.fn<(zoom: ZoomTransform) => void>();
  const view = render(
    <OverviewStrip
      model={model}
      hidden={new Set()}
      width={width}
      padding={PADDING}
      zoom={zoom ?? fitAll}
      fitAll={fitAll}
      onPan={onPan}
      compact={compact}
    />,
  );
  const strip = view.container.querySelector("svg.echoes-overview-strip");
  if (!(strip instanceof SVGSVGElement)) throw new Error("no strip");
  return { strip, onPan, fitAll, unmount: view.unmount };
}

/** The texts drawn as the strip's labels. */
const labelsOf = (strip: SVGSVGElement) =>
  [...strip.querySelectorAll(".echoes-overview-strip__labels text")].map(
    (text) => text.textContent,
  );

/** A press and release at strip x, without moving: a click. */
function clickAt(strip: SVGSVGElement, x: number) {
  fireEvent.pointerDown(strip, { clientX: x, pointerId: 1, button: 0, pointerType: "mouse" });
  fireEvent.pointerUp(strip, { clientX: x, pointerId: 1, button: 0, pointerType: "mouse" });
}

describe("<OverviewStrip>: labels", () => {
  it("labels the shared axis in aligned mode, day 0 included, inside the strip", () => {
    const model = buildTimelineModel(collection.episodes, collection.roles, "aligned", alignRoleId);
    const { strip } = renderStrip(model);
    const labels = labelsOf(strip);
    const dayZero = alignedTicks([-1, 1], 1000).find((tick) => tick.value === 0)?.label;
    expect(labels).toContain(dayZero);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(strip.querySelector(".echoes-overview-strip__zero")).not.toBeNull();
    for (const text of strip.querySelectorAll(".echoes-overview-strip__labels text")) {
      const x = Number(text.getAttribute("x"));
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(WIDTH);
    }
  });

  it("keeps day 0 and keeps the labels apart on a phone's narrow strip", () => {
    const model = buildTimelineModel(collection.episodes, collection.roles, "aligned", alignRoleId);
    const { strip } = renderStrip(model, undefined, 328);
    const dayZero = alignedTicks([-1, 1], 1000).find((tick) => tick.value === 0)?.label;
    const texts = [...strip.querySelectorAll(".echoes-overview-strip__labels text")];
    expect(texts.map((text) => text.textContent)).toContain(dayZero);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    // Each label's box, from its anchor and about 6px a character.
    const boxes = texts
      .map((text) => {
        const x = Number(text.getAttribute("x"));
        const width = (text.textContent?.length ?? 0) * 6;
        const anchor = text.getAttribute("text-anchor");
        const start = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
        return [start, start + width] as const;
      })
      .sort((a, b) => a[0] - b[0]);
    for (let index = 1; index < boxes.length; index += 1) {
      expect(boxes[index]?.[0]).toBeGreaterThan(boxes[index - 1]?.[1] ?? 0);
    }
    for (const [start, end] of boxes) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(328);
    }
  });

  it("labels the steps in sequence mode", () => {
    const model = buildTimelineModel(collection.episodes, collection.roles, "sequence", undefined);
    const { strip } = renderStrip(model);
    const first = sequenceTicks([0, 1], 1000)[0]?.label;
    expect(labelsOf(strip)).toContain(first);
  });

  it("writes each calendar lane's first and last dates at its row's ends", () => {
    const model = buildTimelineModel(collection.episodes, collection.roles, "calendar", undefined);
    const { strip } = renderStrip(model);
    const labels = labelsOf(strip);
    // Each lane's events fall within one year, so its ends are months.
    expect(labels).toEqual(["Oct 1956", "Nov 1956", "Jan 1968", "Aug 1968"]);
    const prague = strip.querySelector('[data-episode="prague-1968"] title');
    expect(prague).toHaveTextContent(/: Jan 1968 to Aug 1968$/);
  });

  it("writes years for a calendar lane that runs from one year into another", () => {
    const prague = testEpisode("prague", [
      testEvent("dubcek", "1968-01-05"),
      testEvent("palach", "1969-01-16"),
    ]);
    const { strip } = renderStrip(buildTimelineModel([prague], [], "calendar", undefined));
    expect(labelsOf(strip)).toEqual(["1968", "1969"]);
  });

  it("keeps the height the chart reserves for it, in every mode, with a row per lane", () => {
    for (const mode of ["aligned", "calendar", "sequence"] as const) {
      const model = buildTimelineModel(collection.episodes, collection.roles, mode, alignRoleId);
      const { strip, unmount } = renderStrip(model);
      expect(strip).toHaveAttribute("height", String(overviewStripHeight(2)));
      expect(strip.querySelectorAll(".echoes-overview-strip__lane")).toHaveLength(2);
      unmount();
    }
    expect(overviewStripHeight(2)).toBeGreaterThan(27);
    expect(overviewStripHeight(3) - overviewStripHeight(2)).toBeGreaterThanOrEqual(12);
  });

  it("keeps to thin rows without dates when compact, for a box with no room for more", () => {
    const model = buildTimelineModel(collection.episodes, collection.roles, "aligned", alignRoleId);
    const { strip } = renderStrip(model, undefined, WIDTH, true);
    // As tall as the strip was before it had dates.
    expect(overviewStripHeight(2, true)).toBe(2 * 7 + 6);
    expect(strip).toHaveAttribute("height", String(overviewStripHeight(2, true)));
    expect(labelsOf(strip)).toEqual([]);
    expect(strip.querySelectorAll(".echoes-overview-strip__density").length).toBeGreaterThan(0);
    expect(screen.getByRole("slider", { name: "Visible part of the timeline" })).toBeVisible();
  });

  it("draws denser stretches at higher steps", () => {
    const busy = testEpisode("busy", [
      ...Array.from({ length: 9 }, (_, index) => testEvent(`b${index}`, "1956-10-23")),
      testEvent("alone", "1956-12-20"),
    ]);
    const model = buildTimelineModel([busy], [], "calendar", undefined);
    const { strip } = renderStrip(model);
    expect(strip.querySelector(".is-level-4")).not.toBeNull();
    expect(strip.querySelector(".is-level-1")).not.toBeNull();
  });
});

describe("<OverviewStrip>: moving the window", () => {
  // Events at the start and end of a year, and none between.
  const year = testEpisode("year", [
    testEvent("january", "1956-01-02"),
    testEvent("december", "1956-12-20"),
    testEvent("new-year", "1956-12-31"),
  ]);
  const model = buildTimelineModel([year], [], "calendar", undefined);
  const lane = model.lanes[0];
  if (!lane) throw new Error("no lane");
  const unitsOf = (id: string) => lane.events.find((event) => event.event.id === id)?.u0 ?? 0;
  /** Where a moment is on the chart under a zoom. */
  const chartPx = (units: number, zoom: ZoomTransform) =>
    createLaneScales(model, WIDTH, PADDING, zoom).toPx(lane, units);
  const fitAll = fitAllTransform(model, WIDTH, PADDING);
  const stripPx = (units: number) => chartPx(units, fitAll);
  // Ten times in, on the start of the year.
  const zoomedIn: ZoomTransform = { k: fitAll.k * 10, x: 0 };

  it("goes to the nearest event when a click lands on an empty stretch", () => {
    const { strip, onPan } = renderStrip(model, zoomedIn);
    // The first of July is nearer the December events than the January one.
    clickAt(strip, stripPx(Date.UTC(1956, 6, 1)));
    expect(onPan).toHaveBeenCalledTimes(1);
    const next = onPan.mock.calls[0]?.[0];
    expect(next?.k).toBe(zoomedIn.k);
    expect(chartPx(unitsOf("december"), next ?? zoomedIn)).toBeCloseTo(WIDTH / 2, 1);
  });

  it("centres where it was clicked when there are events there", () => {
    const { strip, onPan } = renderStrip(model, zoomedIn);
    const x = stripPx(unitsOf("january") + 3 * 86_400_000);
    clickAt(strip, x);
    const next = onPan.mock.calls[0]?.[0];
    expect(chartPx(unitsOf("january") + 3 * 86_400_000, next ?? zoomedIn)).toBeCloseTo(
      WIDTH / 2,
      1,
    );
    expect(x).toBeGreaterThan(0);
  });

  it("lets a drag go anywhere, empty stretches included", () => {
    const { strip, onPan } = renderStrip(model, zoomedIn);
    const middle = Date.UTC(1956, 6, 1);
    const from = stripPx(Date.UTC(1956, 4, 1));
    const to = stripPx(middle);
    fireEvent.pointerDown(strip, { clientX: from, pointerId: 1, button: 0, pointerType: "mouse" });
    fireEvent.pointerMove(strip, { clientX: to, pointerId: 1, pointerType: "mouse" });
    fireEvent.pointerUp(strip, { clientX: to, pointerId: 1, pointerType: "mouse" });
    expect(onPan).toHaveBeenCalledTimes(1);
    expect(chartPx(middle, onPan.mock.calls[0]?.[0] ?? zoomedIn)).toBeCloseTo(WIDTH / 2, 1);
  });

  it("keeps its keyboard slider", async () => {
    const { onPan } = renderStrip(model, zoomedIn);
    const slider = screen.getByRole("slider", { name: "Visible part of the timeline" });
    expect(slider).toHaveAttribute("aria-valuenow");
    expect(slider).toHaveAttribute(
      "aria-valuetext",
      expect.stringMatching(/of the timeline shown/),
    );
    slider.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(onPan).toHaveBeenCalledTimes(1);
    expect(onPan.mock.calls[0]?.[0].x).toBeLessThan(zoomedIn.x);
  });
});

describe("<OverviewStrip>: a shifted view, the zoom's shift a share of the width", () => {
  // Ten events in 1956 and two years off: Fit all zooms out and shifts the chart, as the strip draws it.
  const far = testEpisode("far", [
    testEvent("origin", "1950-01-01"),
    ...Array.from({ length: 10 }, (_, index) =>
      testEvent(`m${index}`, `1956-${String(index + 1).padStart(2, "0")}-15`),
    ),
    testEvent("aftermath", "1962-06-01"),
  ]);
  const model = buildTimelineModel([far], [], "calendar", undefined);
  const lane = model.lanes[0];
  if (!lane) throw new Error("no lane");
  const chartPx = (units: number, zoom: ZoomTransform) =>
    createLaneScales(model, WIDTH, PADDING, zoom).toPx(lane, units);
  const fitAll = fitAllTransform(model, WIDTH, PADDING);
  const stripPx = (units: number) => chartPx(units, fitAll);
  // Twice in, on the middle of 1956: shifted well to the left.
  const k = 2;
  const zoom: ZoomTransform = {
    k,
    x: (WIDTH / 2 - k * chartPx(Date.UTC(1956, 6, 1), { k: 1, x: 0 })) / WIDTH,
  };

  it("is shifted by Fit all and by the view alike", () => {
    expect(fitAll.k).toBeLessThan(1);
    expect(Math.abs(fitAll.x * WIDTH)).toBeGreaterThan(50);
    expect(zoom.x * WIDTH).toBeLessThan(-100);
  });

  it("frames the stretch the chart shows", () => {
    renderStrip(model, zoom);
    const window = screen.getByRole("slider", { name: "Visible part of the timeline" });
    const { toUnits } = createLaneScales(model, WIDTH, PADDING, zoom);
    const left = stripPx(toUnits(lane, 0));
    const right = stripPx(toUnits(lane, WIDTH));
    expect(left).toBeGreaterThan(0);
    expect(right).toBeLessThan(WIDTH);
    expect(Number(window.getAttribute("x"))).toBeCloseTo(left, 1);
    expect(Number(window.getAttribute("width"))).toBeCloseTo(right - left, 1);
  });

  it("centres the chart on where the window is dragged to", () => {
    const { strip, onPan } = renderStrip(model, zoom);
    const target = Date.UTC(1956, 9, 1);
    const from = stripPx(Date.UTC(1956, 2, 1));
    const to = stripPx(target);
    // Grabbed outside the window, so it comes to the pointer.
    const window = screen.getByRole("slider", { name: "Visible part of the timeline" });
    const windowLeft = Number(window.getAttribute("x"));
    const windowRight = windowLeft + Number(window.getAttribute("width"));
    expect(from < windowLeft || from > windowRight).toBe(true);
    fireEvent.pointerDown(strip, { clientX: from, pointerId: 1, button: 0, pointerType: "mouse" });
    fireEvent.pointerMove(strip, { clientX: to, pointerId: 1, pointerType: "mouse" });
    fireEvent.pointerUp(strip, { clientX: to, pointerId: 1, pointerType: "mouse" });
    expect(onPan).toHaveBeenCalledTimes(1);
    const next = onPan.mock.calls[0]?.[0];
    expect(next?.k).toBe(zoom.k);
    expect(chartPx(target, next ?? zoom)).toBeCloseTo(WIDTH / 2, 1);
  });
});
