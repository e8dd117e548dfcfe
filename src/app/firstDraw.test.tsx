import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithStore } from "../../tests/support/renderWithStore";
import { createSampleStore } from "../../tests/support/sampleStore";
import { buildTimelineModel } from "../timeline/laneModels";
import { App } from "./App";

vi.mock("../timeline/laneModels", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../timeline/laneModels")>();
  return { ...actual, buildTimelineModel: vi.fn(actual.buildTimelineModel) };
});

afterEach(() => {
  window.history.replaceState(null, "", "/");
  vi.mocked(buildTimelineModel).mockClear();
});

/** The modes the episodes were laid out in, in order, once the chart is drawn. */
async function layoutsUntilDrawn(address: string) {
  window.history.replaceState(null, "", address);
  renderWithStore(<App collectionUrl="collection.json" />, createSampleStore());
  await screen.findByRole("button", { name: /^Second Soviet intervention/ });
  return vi.mocked(buildTimelineModel).mock.calls.map(([, , mode]) => mode);
}

describe("the first drawing of a collection", () => {
  // Laying the episodes out is the costliest step of drawing a large collection.
  it("lays the episodes out once", async () => {
    expect(await layoutsUntilDrawn("/")).toEqual(["aligned"]);
  });

  it("lays them out at once in the view a link asks for, never first in the default one", async () => {
    expect(await layoutsUntilDrawn("/?mode=calendar")).toEqual(["calendar"]);
  });
});
