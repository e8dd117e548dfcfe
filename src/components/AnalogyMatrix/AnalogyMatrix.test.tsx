import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { renderWithStore } from "../../../tests/support/renderWithStore";
import { loadFixture } from "../../../tests/support/sampleStore";
import type { Collection } from "../../data/format/collection";
import type { EchoesStore } from "../../store/createEchoesStore";
import { asDrawn } from "../../store/drawnCollection";
import { AnalogyMatrix } from "./AnalogyMatrix";

let store: EchoesStore;
let collection: Collection;

beforeEach(async () => {
  // The sample's episodes, with a statement of what differs that names two events as its evidence.
  ({ store, collection } = await loadFixture("evidence"));
});

const row = () =>
  within(screen.getByRole("table", { name: /^Analogy matrix/ })).getByRole("row", {
    name: /^Foreign troops arrive/,
  });
const cell = (column: string) => {
  const cells = within(row()).getAllByRole("cell");
  const found = cells.find((candidate) => candidate.dataset.label === column);
  if (!found) throw new Error(`no cell under "${column}"`);
  return found;
};

describe("<AnalogyMatrix>", () => {
  it("follows each statement with its evidence, as links named by event title and episode", () => {
    renderWithStore(<AnalogyMatrix collection={asDrawn(collection)} />, store);
    const differs = cell("What differs");
    const [statement] = within(differs).getAllByRole("listitem");
    expect(statement).toHaveTextContent(
      /^In Hungary the troops met a street uprising; in Czechoslovakia a reforming party leadership\.\s*Evidence:/,
    );
    expect(
      within(statement as HTMLElement)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual([
      "Student demonstration in Budapest (Hungary, 1956)",
      "Dubček becomes First Secretary (Czechoslovakia, 1968)",
    ]);
    // A statement written as plain text has no evidence to show.
    const alike = cell("What is alike");
    expect(alike).toHaveTextContent(/^Soviet-led forces enter to end a reform movement\.$/);
    expect(within(alike).queryByRole("button")).toBeNull();
  });

  it("selects an evidence event on the timeline, aligned on the row's role", async () => {
    renderWithStore(<AnalogyMatrix collection={asDrawn(collection)} />, store);
    store.getState().setPage("matrix");
    await userEvent.click(
      within(cell("What differs")).getByRole("button", {
        // jsdom's accessible names drop the space before the episode, which browsers keep.
        name: /^Dubček becomes First Secretary ?\(Czechoslovakia, 1968\)$/,
      }),
    );
    const state = store.getState();
    expect(state.selectedRef).toBe("prague-1968/dubcek-first-secretary");
    expect(state.page).toBe("timeline");
    expect(state.alignRoleId).toBe("troops-arrive");
  });
});
