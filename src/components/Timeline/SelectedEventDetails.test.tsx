import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, it } from "vitest";
import { renderWithStore } from "../../../tests/support/renderWithStore";
import { createFixtureStore } from "../../../tests/support/sampleStore";
import { findEvent } from "../../data/format/collection";
import { selectCollection } from "../../store/selectors";
import { SelectedEventDetails } from "./SelectedEventDetails";

it("follows what differs in a role with its evidence, and selects an evidence event in one click", async () => {
  const store = createFixtureStore("evidence");
  await store.getState().loadCollection("collection.json");
  const collection = selectCollection(store.getState());
  const ref = "prague-1968/invasion";
  const found = collection && findEvent(collection.episodes, ref);
  if (!collection || !found) throw new Error("evidence fixture did not load");
  renderWithStore(
    <SelectedEventDetails collection={collection} selectedRef={ref} {...found} />,
    store,
  );

  const details = screen.getByRole("complementary", { name: "Warsaw Pact invasion" });
  // The statement's text is marked as the collection's; its evidence sits beside it in its item.
  const statement = within(details)
    .getByText(/^In Hungary the troops met a street uprising/)
    .closest("li") as HTMLElement;
  expect(
    within(statement)
      .getAllByRole("button")
      .map((button) => button.textContent),
  ).toEqual([
    "Student demonstration in Budapest (Hungary, 1956)",
    "Dubček becomes First Secretary (Czechoslovakia, 1968)",
  ]);
  await userEvent.click(
    within(details).getByRole("button", {
      name: /^Student demonstration in Budapest ?\(Hungary, 1956\)$/,
    }),
  );
  expect(store.getState().selectedRef).toBe("hungary-1956/demonstration");
});
