import { describe, expect, it } from "vitest";
import { createSampleStore, loadSampleCollection } from "../../../tests/support/sampleStore";
import { selectAlignRoleId } from "../../store/selectors";
import { DEFAULT_GEOMETRY } from "../../timeline/chartGeometry";
import { buildTimelineModel } from "../../timeline/laneModels";
import { windowTransform } from "../../timeline/zoomFrames";
import { currentViewOf } from "./StudioPreview";

const WIDTH = 900;

/** A store with the sample collection loaded, as the Studio's preview has the draft's. */
async function loadedStore() {
  const collection = await loadSampleCollection();
  const store = createSampleStore();
  await store.getState().loadFrom("sample", { kind: "files", names: [] }, async () => ({
    ok: true,
    collection,
    problems: [],
  }));
  return { collection, store };
}

describe("currentViewOf(store)", () => {
  it("gives a stop the aligned chart's mode, role, window in days and selection", async () => {
    const { collection, store } = await loadedStore();
    const role = selectAlignRoleId(store.getState());
    if (role === undefined) throw new Error("the sample has roles");
    const model = buildTimelineModel(collection.episodes, collection.roles, "aligned", role);
    store.getState().setChartWidth(WIDTH);
    store.getState().setZoom(windowTransform(model, [-3, 10], WIDTH, DEFAULT_GEOMETRY.padding));
    const [episode] = collection.episodes;
    const ref = `${episode?.id}/${episode?.events[0]?.id}`;
    store.getState().selectEvent(ref);
    expect(currentViewOf(store)).toEqual({ mode: "aligned", role, window: [-3, 10], event: ref });
  });

  it("leaves the window out on the calendar, where a stop frames its events instead", async () => {
    const { store } = await loadedStore();
    store.getState().setMode("calendar");
    expect(currentViewOf(store)).toEqual({
      mode: "calendar",
      role: selectAlignRoleId(store.getState()),
    });
  });
});
