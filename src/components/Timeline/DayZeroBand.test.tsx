import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { readSampleJson } from "../../../tests/support/fixtureReader";
import { renderWithStore } from "../../../tests/support/renderWithStore";
import { createSampleStore } from "../../../tests/support/sampleStore";
import { asDrawn } from "../../store/drawnCollection";
import { selectCollection } from "../../store/selectors";
import { TimelineView } from "./TimelineView";

/** The sample collection, its invasion of Czechoslovakia dated as given: "1968-08" drops the day. */
async function renderWithInvasionOn(date: string) {
  const prague = readSampleJson("episodes/prague-1968.json") as {
    events: Array<Record<string, unknown>>;
  };
  const invasion = prague.events.find((event) => event.id === "invasion");
  if (invasion) {
    invasion.date = date;
    delete invasion.endDate;
  }
  const store = createSampleStore({ "episodes/prague-1968.json": prague });
  await store.getState().loadCollection("collection.json");
  const collection = selectCollection(store.getState());
  if (!collection) throw new Error("sample collection did not load");
  renderWithStore(<TimelineView collection={asDrawn(collection)} />, store);
  return screen.getByRole("group", { name: /^Timeline/ });
}

describe("day 0 of a lane whose anchor is dated only to its month", () => {
  it("is a band over the month, named for screen readers, with day 0's line left out of its lane", async () => {
    const chart = await renderWithInvasionOn("1968-08");
    const band = within(chart).getByRole("img", {
      name: "Czechoslovakia, 1968: day 0 falls somewhere in August 1968",
    });
    expect(band).toHaveTextContent("Czechoslovakia, 1968: day 0 falls somewhere in August 1968");
    expect(Number(band.getAttribute("width"))).toBeGreaterThan(0);
    const bandTop = Number(band.getAttribute("y"));
    const bandBottom = bandTop + Number(band.getAttribute("height"));
    const lines = [...chart.querySelectorAll(".echoes-axis--shared line.is-zero")];
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const [y1, y2] = [Number(line.getAttribute("y1")), Number(line.getAttribute("y2"))];
      expect(y2 <= bandTop || y1 >= bandBottom).toBe(true);
    }
  });
});
