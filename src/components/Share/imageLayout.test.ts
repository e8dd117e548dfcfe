import { describe, expect, it } from "vitest";
import {
  FIXTURE_EPISODES,
  FIXTURE_MEASURE,
  FIXTURE_ROLES,
} from "../../../tests/support/chartFixtures";
import { layoutForImage, refsInView, type ShownView } from "./imageLayout";

const VIEW: ShownView = {
  episodes: FIXTURE_EPISODES,
  roles: FIXTURE_ROLES,
  mode: "aligned",
  alignRoleId: "troops",
  hiddenKinds: [],
  zoom: { k: 1, x: 0 },
  selectedRef: undefined,
  width: 640,
};

const layout = (view: Partial<ShownView> = {}) =>
  layoutForImage({ ...VIEW, ...view }, FIXTURE_MEASURE, "en-GB");

const drawnRefs = (view: Partial<ShownView> = {}) =>
  layout(view).lanes.flatMap((lane) => lane.marks.map((mark) => mark.ref));

const foldedRefs = (view: Partial<ShownView> = {}) =>
  layout(view).lanes.flatMap((lane) => lane.clusters.flatMap((cluster) => cluster.refs));

describe("layoutForImage(view, measure, locale)", () => {
  it("lays the view out at the chart's width: the same days spread over more pixels", () => {
    const at = (width: number) =>
      layout({ width })
        .lanes.flatMap((lane) => lane.marks)
        .find((mark) => mark.ref === "prague/p-talks")?.x0 ?? Number.NaN;
    // At the same share of the plot, inside the padding of 16 px each side.
    const share = (width: number) => (at(width) - 16) / (width - 32);
    expect(share(1280)).toBeCloseTo(share(640), 6);
    expect(at(1280)).toBeGreaterThan(1.9 * at(640));
  });

  it("shows the zoom: zoomed in on the start, the later events are out of the picture", () => {
    const zoomed = { k: 8, x: 0 };
    expect(drawnRefs()).toContain("prague/p-palach");
    expect(drawnRefs({ zoom: zoomed })).not.toContain("prague/p-palach");
  });

  it("leaves the hidden kinds out", () => {
    expect(drawnRefs()).toContain("prague/p-talks");
    expect(drawnRefs({ hiddenKinds: ["negotiation"] })).not.toContain("prague/p-talks");
  });

  it("draws day 0's events, and brings the selection out of a +N as the screen does", () => {
    expect(drawnRefs()).toEqual(expect.arrayContaining(["hungary/h-tanks", "prague/p-invasion"]));
    const [folded] = foldedRefs();
    expect(folded).toBeDefined();
    expect(drawnRefs({ selectedRef: folded })).toContain(folded);
    expect(foldedRefs({ selectedRef: folded })).not.toContain(folded);
  });
});

describe("refsInView(layout, width)", () => {
  it("gives the marks in view, not the events folded into a +N, which the picture does not name", () => {
    const refs = refsInView(layout(), VIEW.width);
    expect(refs.sort()).toEqual(drawnRefs().sort());
    expect(foldedRefs().length).toBeGreaterThan(0);
    for (const ref of foldedRefs()) expect(refs).not.toContain(ref);
  });

  it("leaves out what is laid out beyond the view", () => {
    const panned = layoutForImage({ ...VIEW, zoom: { k: 4, x: -1.5 } }, FIXTURE_MEASURE, "en-GB");
    const beyond = panned.lanes
      .flatMap((lane) => lane.marks)
      .filter((mark) => mark.x1 < 0 || mark.x0 > VIEW.width)
      .map((mark) => mark.ref);
    const refs = refsInView(panned, VIEW.width);
    for (const ref of beyond) expect(refs).not.toContain(ref);
    expect(refs).not.toContain("hungary/h-demands");
  });
});
