import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithStore } from "../../../tests/support/renderWithStore";
import { SkipToTable, StudioButton, ViewTabs } from "./ViewTabs";

describe("<ViewTabs>", () => {
  it("says which view the reader is about to choose, by pointer or keyboard, before the click", async () => {
    const onChoosing = vi.fn();
    const { store } = renderWithStore(<ViewTabs onChoosing={onChoosing} />);
    const table = screen.getByRole("button", { name: "Table of events" });
    fireEvent.pointerEnter(table);
    expect(onChoosing).toHaveBeenLastCalledWith("table");
    expect(store.getState().page).toBe("timeline");
    await userEvent.tab();
    expect(onChoosing).toHaveBeenLastCalledWith("timeline");
    await userEvent.click(screen.getByRole("button", { name: /matrix/i }));
    expect(onChoosing).toHaveBeenCalledWith("matrix");
    expect(store.getState().page).toBe("matrix");
  });

  it("lists the views of the collection, leaving the studio to its own button", async () => {
    const onChoosing = vi.fn();
    const { store } = renderWithStore(
      <>
        <ViewTabs />
        <StudioButton onChoosing={onChoosing} />
      </>,
    );
    const tabs = screen.getByRole("list");
    expect(
      within(tabs)
        .getAllByRole("button")
        .map((tab) => tab.textContent),
    ).toEqual(["Timeline", "Analogy matrix", "Table of events", "Corrections"]);
    const studio = screen.getByRole("button", { name: "Make your own" });
    fireEvent.pointerEnter(studio);
    expect(onChoosing).toHaveBeenLastCalledWith("studio");
    await userEvent.click(studio);
    expect(store.getState().page).toBe("studio");
    expect(studio).toHaveAttribute("aria-current", "page");
  });

  it("has the skip link say the table is coming when it is focused", async () => {
    const onChoosing = vi.fn();
    renderWithStore(<SkipToTable onChoosing={onChoosing} />);
    await userEvent.tab();
    expect(onChoosing).toHaveBeenCalledWith("table");
  });
});
