import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { renderWithStore } from "../../../tests/support/renderWithStore";
import { loadFixture } from "../../../tests/support/sampleStore";
import type { Collection } from "../../data/format/collection";
import type { EchoesStore } from "../../store/createEchoesStore";
import { asDrawn } from "../../store/drawnCollection";
import { CorrectionsLog } from "./CorrectionsLog";

let store: EchoesStore;
let collection: Collection;

beforeEach(async () => {
  // The sample's episodes and article, with three corrections: one of 2 November, two of 4 December.
  ({ store, collection } = await loadFixture("corrections"));
  store.getState().setPage("corrections");
});

const entries = () => screen.getAllByRole("article");

describe("<CorrectionsLog>", () => {
  it("lists the corrections newest first, those of one day in the file's order", () => {
    renderWithStore(<CorrectionsLog collection={asDrawn(collection)} />, store);
    expect(screen.getByRole("heading", { level: 2, name: "Corrections" })).toHaveAttribute(
      "id",
      "echoes-corrections-heading",
    );
    expect(entries().map((entry) => entry.id)).toEqual([
      "echoes-correction-demonstration-crowd",
      "echoes-correction-tanks-passage",
      "echoes-correction-invasion-hour",
    ]);
    expect(
      entries().map((entry) => within(entry).getByRole("heading", { level: 3 }).textContent),
    ).toEqual(["4 December 2026", "4 December 2026", "2 November 2026"]);
  });

  it("shows what was wrong, what it says now, the roles touched and the sources as links", () => {
    renderWithStore(<CorrectionsLog collection={asDrawn(collection)} />, store);
    const invasion = entries()[2] as HTMLElement;
    expect(invasion).toHaveTextContent(
      "It saidThe invasion was dated 21 August 1968, with no hour.It says nowIt is dated 20 August 1968, 23:00 local time",
    );
    expect(invasion).toHaveTextContent("Analogy roles: Foreign troops arrive");
    const source = within(invasion).getByRole("link", { name: /^Prague Spring/ });
    expect(source).toHaveAttribute("href", "https://www.britannica.com/event/Prague-Spring");
    expect(source).toHaveAttribute("target", "_blank");
  });

  it("opens an event it touches on the timeline, selected", async () => {
    renderWithStore(<CorrectionsLog collection={asDrawn(collection)} />, store);
    await userEvent.click(
      within(entries()[0] as HTMLElement).getByRole("button", {
        name: "Hungary, 1956: Student demonstration in Budapest (23 October 1956)",
      }),
    );
    expect(store.getState().page).toBe("timeline");
    expect(store.getState().selectedRef).toBe("hungary-1956/demonstration");
  });

  it("opens a passage it touches pinned in the article", async () => {
    renderWithStore(<CorrectionsLog collection={asDrawn(collection)} />, store);
    await userEvent.click(
      within(entries()[1] as HTMLElement).getByRole("button", { name: /^“.+” \(.+\)$/ }),
    );
    expect(store.getState().page).toBe("timeline");
    expect(store.getState().selectedPassage).toBe("sample-article/tanks-1968");
  });

  it("says so when nothing has been corrected", () => {
    renderWithStore(
      <CorrectionsLog collection={asDrawn({ ...collection, corrections: [] })} />,
      store,
    );
    expect(screen.getByText("Nothing has been corrected in this collection.")).toBeVisible();
    expect(screen.queryAllByRole("article")).toEqual([]);
  });
});
