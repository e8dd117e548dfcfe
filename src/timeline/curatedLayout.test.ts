import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { layoutSvg } from "../../tests/support/layoutSvg";
import type { Collection } from "../data/format/collection";
import { formatProblem } from "../data/format/problem";
import { loadCollection } from "../data/loading/loadCollection";
import { readAndValidate } from "../data/loading/readFiles";
import { DEFAULT_GEOMETRY, rowsFor } from "./chartGeometry";
import { buildTimelineModel, TIME_MODES } from "./laneModels";
import { layoutChart } from "./layoutChart";
import { toTimelineEvents } from "./timelineEvents";

const dataDir = join(import.meta.dirname, "..", "..", "data");

let collection: Collection;
beforeAll(async () => {
  const result = await loadCollection(
    "collection.json",
    readAndValidate((file) => readFile(join(dataDir, file), "utf8")),
  );
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  collection = result.collection;
});

const WIDTHS = [360, 1440, 1920] as const;

/** The first view of the curated collection, as the chart lays it out (labels measured by estimate). */
function firstView(mode: (typeof TIME_MODES)[number], width: number, roleId = "troops-arrive") {
  const model = buildTimelineModel(collection.episodes, collection.roles, mode, roleId);
  const anchors = new Set(
    model.lanes.flatMap((lane) => (lane.anchor.anchor ? [lane.anchor.anchor.ref] : [])),
  );
  const layout = layoutChart({
    model,
    roles: collection.roles,
    hiddenKinds: new Set(),
    zoom: { k: 1, x: 0 },
    geometry: { ...DEFAULT_GEOMETRY, width },
    locale: "en-GB",
    emphasis: { mustShow: anchors, promote: new Set() },
    rows: rowsFor(model.lanes.length),
  });
  return { model, layout, anchors };
}

describe("the curated collection's first views", () => {
  for (const mode of TIME_MODES) {
    for (const width of WIDTHS) {
      it(`lays out the ${mode} mode at ${width} px as in its snapshot`, async () => {
        const { layout } = firstView(mode, width);
        await expect(
          layoutSvg(layout, width, `The curated collection, ${mode} mode, ${width} px`),
        ).toMatchFileSnapshot(`__snapshots__/curated-${mode}-${width}.svg`);
      });
    }
  }

  it("draws every lane's anchor with a label, in view, for every role and width", () => {
    for (const role of collection.roles) {
      for (const width of WIDTHS) {
        const { layout, anchors } = firstView("aligned", width, role.id);
        const drawn = layout.lanes.flatMap((lane) => lane.marks);
        for (const ref of anchors) {
          const mark = drawn.find((candidate) => candidate.ref === ref);
          const where = `${role.id} at ${width} px: ${ref}`;
          expect(mark, where).toBeDefined();
          expect(mark?.label, where).not.toBe("");
          expect(mark?.x0, where).toBeGreaterThanOrEqual(0);
          expect(mark?.x0, where).toBeLessThanOrEqual(width);
        }
      }
    }
  });
});

describe("day 0 of the curated collection's roles", () => {
  const lanesOf = (roleId: string) =>
    buildTimelineModel(collection.episodes, collection.roles, "aligned", roleId).lanes;

  it("is, in every lane, where the earliest event of the role put it before precision counted", () => {
    for (const role of collection.roles) {
      for (const lane of lanesOf(role.id)) {
        const playing =
          role.members.find((member) => member.episode === lane.episode.id)?.events ?? [];
        const earliest = toTimelineEvents(lane.episode).find((event) =>
          playing.includes(event.event.id),
        );
        expect(lane.anchor.zeroMs, `${role.id}: ${lane.episode.id}`).toBe(earliest?.startMs);
      }
    }
  });

  it("falls on a day, but where the author marks an anchor dated only to its month", () => {
    const bands = collection.roles.flatMap((role) =>
      lanesOf(role.id)
        .filter((lane) => lane.anchor.zeroPeriod !== undefined)
        .map((lane) => `${role.id}: ${lane.anchor.anchor?.ref}`),
    );
    expect(bands).toEqual([
      "exodus-and-aftermath: prague-1968/emigration-wave",
      "exodus-and-aftermath: kazakhstan-2022/torture-allegations",
    ]);
  });
});
