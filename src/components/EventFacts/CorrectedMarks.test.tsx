import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { renderWithStore } from "../../../tests/support/renderWithStore";
import { loadFixture } from "../../../tests/support/sampleStore";
import type { Collection } from "../../data/format/collection";
import { findEvent } from "../../data/format/collection";
import type { EchoesStore } from "../../store/createEchoesStore";

import { EventFacts } from "./EventFacts";

let store: EchoesStore;
let collection: Collection;

beforeEach(async () => {
  ({ store, collection } = await loadFixture("corrections"));
});

function renderFacts(ref: string, correctionsLinked: boolean) {
  const found = findEvent(collection.episodes, ref);
  if (!found) throw new Error(`no event ${ref}`);
  return renderWithStore(
    <EventFacts event={found.event} eventRef={ref} correctionsLinked={correctionsLinked} />,
    store,
  );
}

describe("the corrected mark in an event's facts", () => {
  it("shows each correction of the event with its day, newest first", () => {
    renderFacts("prague-1968/invasion", true);
    expect(
      screen.getAllByRole("button", { name: /^Corrected / }).map((mark) => mark.textContent),
    ).toEqual(["Corrected 4 December 2026", "Corrected 2 November 2026"]);
  });

  it("opens the corrections log at its entry", async () => {
    renderFacts("hungary-1956/demonstration", true);
    await userEvent.click(
      screen.getByRole("button", { name: "Corrected 4 December 2026: read the correction" }),
    );
    expect(store.getState().page).toBe("corrections");
  });

  it("is only said where there is no log to open", () => {
    renderFacts("hungary-1956/demonstration", false);
    expect(screen.getByText("Corrected 4 December 2026")).toBeVisible();
    expect(screen.queryByRole("button", { name: /^Corrected/ })).not.toBeInTheDocument();
  });

  it("is not there for an event that was never corrected", () => {
    renderFacts("prague-1968/dubcek-first-secretary", true);
    expect(screen.queryByText(/^Corrected/)).not.toBeInTheDocument();
  });
});
