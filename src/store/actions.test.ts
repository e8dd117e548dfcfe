import { describe, expect, it } from "vitest";
import { createSampleStore } from "../../tests/support/sampleStore";
import { actionsOf } from "./actions";

describe("actionsOf(state)", () => {
  it("holds the actions of each slice and none of the state's values", () => {
    const state = createSampleStore().getState();
    const actions = actionsOf(state);
    for (const action of Object.values(actions)) expect(action).toBeTypeOf("function");
    expect(actions).toMatchObject({
      loadCollection: state.loadCollection,
      setZoom: state.setZoom,
      selectEvent: state.selectEvent,
      toggleKind: state.toggleKind,
      restoreView: state.restoreView,
      presentStop: state.presentStop,
    });
    expect(actions).not.toHaveProperty("mode");
    expect(actions).not.toHaveProperty("load");
  });

  it("acts on the store it was read from", () => {
    const store = createSampleStore();
    actionsOf(store.getState()).setPage("table");
    expect(store.getState().page).toBe("table");
  });
});
