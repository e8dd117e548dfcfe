import { describe, expect, it } from "vitest";
import { createSampleStore } from "../../../tests/support/sampleStore";
import { IDENTITY_ZOOM } from "../../timeline/laneScales";
import { linkedViewOf } from "../viewParams";

async function loadedStore() {
  const store = createSampleStore();
  await store.getState().loadCollection("collection.json");
  return store;
}

describe("presentStop(lessonId, stop)", () => {
  it("shows the stop's view fitted to its evidence, with every kind and episode, the last stop for one past it", async () => {
    const store = await loadedStore();
    store.setState({
      hiddenKinds: ["protest"],
      hiddenEpisodes: ["hungary-1956"],
      zoom: { k: 4, x: 1 },
    });
    store.getState().presentStop("sample-lesson", 5);
    expect(store.getState()).toMatchObject({
      presenting: { lessonId: "sample-lesson", stop: 1 },
      mode: "calendar",
      selectedPassage: "sample-article/tanks-1968",
      hiddenKinds: [],
      hiddenEpisodes: [],
      zoom: IDENTITY_ZOOM,
      pendingFrame: { window: undefined, refs: ["prague-1968/invasion"] },
    });
  });

  it("does nothing for a lesson the collection does not have", async () => {
    const store = await loadedStore();
    const before = store.getState();
    store.getState().presentStop("no-such-lesson", 0);
    expect(store.getState()).toBe(before);
  });
});

describe("restoreView(view)", () => {
  it("sets the view at once, forgetting the passage pointed at and the frame asked for", async () => {
    const store = await loadedStore();
    store.setState({
      hoveredPassage: "sample-article/tanks-1968",
      pendingFrame: { window: undefined, refs: [] },
    });
    const view = {
      ...linkedViewOf(store.getState()),
      mode: "sequence" as const,
      hiddenEpisodes: ["hungary-1956"],
    };
    store.getState().restoreView(view);
    expect(linkedViewOf(store.getState())).toEqual(view);
    expect(store.getState().hoveredPassage).toBeUndefined();
    expect(store.getState().pendingFrame).toBeUndefined();
  });

  it("keeps the lists that are as they were, so that a view restored unchanged redraws nothing", async () => {
    const store = await loadedStore();
    const before = store.getState();
    const view = linkedViewOf(before);
    store.getState().restoreView({
      ...view,
      hiddenKinds: [...view.hiddenKinds],
      hiddenEpisodes: ["hungary-1956"],
      episodeOrder: [...view.episodeOrder],
    });
    expect(store.getState().hiddenKinds).toBe(before.hiddenKinds);
    expect(store.getState().episodeOrder).toBe(before.episodeOrder);
    expect(store.getState().hiddenEpisodes).toEqual(["hungary-1956"]);
  });

  it("presents the lesson stop a view names, over the rest of it", async () => {
    const store = await loadedStore();
    store.getState().restoreView({
      ...linkedViewOf(store.getState()),
      mode: "sequence",
      presenting: { lessonId: "sample-lesson", stop: 0 },
    });
    expect(store.getState()).toMatchObject({
      presenting: { lessonId: "sample-lesson", stop: 0 },
      mode: "aligned",
      alignRoleId: "troops-arrive",
      selectedRef: "prague-1968/invasion",
    });
  });
});
