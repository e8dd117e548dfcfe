import { describe, expect, it } from "vitest";
import { testEpisode, testEvent } from "../../tests/support/testEpisodes";
import { rowsFor } from "./chartGeometry";
import { NO_EMPHASIS } from "./emphasis";
import { CLUSTER_BADGE_WIDTH, type LaneMarksOptions, layoutLaneMarks } from "./laneMarks";
import { buildTimelineModel, type TimelineModel } from "./laneModels";
import { createLaneScales, IDENTITY_ZOOM, type ZoomTransform } from "./laneScales";

const WIDTH = 800;
const PADDING = 16;
const ROWS_TOP = 100;
const ROW_HEIGHT = 24;
const CLUSTER_Y = 270;

const week = testEpisode("week", [
  testEvent("demo", "1956-10-23"),
  testEvent("troops", "1956-10-24", undefined, "intervention"),
  testEvent("talks", "1956-10-28"),
  testEvent("return", "1956-11-04", undefined, "intervention"),
]);
// Twenty events on one day: six rows are drawn, the rest folded into a "+N".
const pile = testEpisode(
  "pile",
  Array.from({ length: 20 }, (_, index) => testEvent(`e${index}`, "1968-08-21")),
);

function marksOf(
  model: TimelineModel,
  zoom: ZoomTransform = IDENTITY_ZOOM,
  options: Partial<LaneMarksOptions> = {},
) {
  const [lane] = model.lanes;
  if (!lane) throw new Error("no lane");
  return layoutLaneMarks({
    lane,
    scales: createLaneScales(model, WIDTH, PADDING, zoom),
    hiddenKinds: new Set(),
    emphasis: NO_EMPHASIS,
    rows: rowsFor(1),
    members: new Set(),
    from: 0,
    to: WIDTH,
    width: WIDTH,
    rowsTop: ROWS_TOP,
    rowHeight: ROW_HEIGHT,
    clusterY: CLUSTER_Y,
    badgeWidth: CLUSTER_BADGE_WIDTH,
    ...options,
  });
}

const refs = (marks: ReadonlyArray<{ readonly ref: string }>) => marks.map((mark) => mark.ref);

describe("layoutLaneMarks(options)", () => {
  const model = buildTimelineModel([week], [], "calendar", undefined);

  it("draws each event in view at its date, in the middle of a row under rowsTop", () => {
    const { marks, clusters } = marksOf(model);
    const toPx = createLaneScales(model, WIDTH, PADDING, IDENTITY_ZOOM).toPx;
    const lane = model.lanes[0];
    if (!lane) throw new Error("no lane");
    expect(refs(marks).sort()).toEqual(["week/demo", "week/return", "week/talks", "week/troops"]);
    expect(clusters).toEqual([]);
    for (const mark of marks) {
      expect(mark.x0).toBeCloseTo(toPx(lane, mark.event.u0), 6);
      const row = (mark.y - ROWS_TOP) / ROW_HEIGHT - 0.5;
      expect(Number.isInteger(row) && row >= 0, mark.ref).toBe(true);
      expect(mark.label).toBe(mark.event.event.title);
    }
  });

  it("leaves out the kinds of event hidden", () => {
    const { marks } = marksOf(model, IDENTITY_ZOOM, { hiddenKinds: new Set(["intervention"]) });
    expect(refs(marks).sort()).toEqual(["week/demo", "week/talks"]);
  });

  it("lays out only the stretch asked for, and the slack either side when asked", () => {
    // Zoomed in on the first days: the last event lies far beyond the view's right edge.
    const zoom = { k: 8, x: 0 };
    const { marks } = marksOf(model, zoom);
    expect(refs(marks)).not.toContain("week/return");
    const wide = marksOf(model, zoom, { from: -WIDTH * 8, to: WIDTH * 9 });
    expect(refs(wide.marks)).toContain("week/return");
  });

  describe("in a lane with more events than rows", () => {
    const piled = buildTimelineModel([pile], [], "calendar", undefined);
    const plain = marksOf(piled);
    const foldedRefs = plain.clusters.flatMap((cluster) => cluster.refs);

    it("folds what has no row into a '+N' on the fold row", () => {
      expect(plain.marks).toHaveLength(rowsFor(1).maxRows);
      expect(plain.clusters.map((cluster) => cluster.y)).toEqual([CLUSTER_Y]);
      expect(foldedRefs).toHaveLength(20 - rowsFor(1).maxRows);
    });

    it("draws an event that plays a role before the others", () => {
      const [member] = foldedRefs;
      if (!member) throw new Error("nothing folded");
      expect(refs(marksOf(piled, IDENTITY_ZOOM, { members: new Set([member]) }).marks)).toContain(
        member,
      );
    });

    it("brings a promoted event out of its '+N', and moves nothing for one already drawn", () => {
      const [folded] = foldedRefs;
      const [drawn] = plain.marks;
      if (!folded || !drawn) throw new Error("expected marks drawn and folded");
      const promote = (ref: string) =>
        marksOf(piled, IDENTITY_ZOOM, {
          emphasis: { mustShow: new Set(), promote: new Set([ref]) },
        });
      expect(refs(promote(folded).marks)).toContain(folded);
      expect(promote(drawn.ref)).toEqual(plain);
    });

    it("keeps a '+N' at the edge of the view inside it, by the badge's width", () => {
      // The pile's day is drawn mid-chart at scale 1: shifted so that it stands 5 px from the right.
      const zoom = { k: 1, x: (WIDTH - 5 - WIDTH / 2) / WIDTH };
      const [cluster] = marksOf(piled, zoom, { badgeWidth: 50 }).clusters;
      expect(cluster?.x).toBe(WIDTH - 50);
    });
  });
});
