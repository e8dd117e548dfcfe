import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithStore } from "../../../tests/support/renderWithStore";
import { createSampleStore } from "../../../tests/support/sampleStore";
import { EMPTY_VIEW_TEXT } from "../../i18n/overview";
import { selectCollection } from "../../store/selectors";
import { EmptyViewNotice } from "./EmptyViewNotice";

describe("<EmptyViewNotice>", () => {
  it("says the view is empty and offers the nearest events or everything", async () => {
    const onShowNearest = vi.fn();
    const onFitAll = vi.fn();
    renderWithStore(<EmptyViewNotice onShowNearest={onShowNearest} onFitAll={onFitAll} />);
    const text = EMPTY_VIEW_TEXT;
    const notice = screen.getByRole("status");
    expect(notice).toHaveTextContent(text.message);
    expect(text.message).toBe("No events in this stretch of time.");
    await userEvent.click(within(notice).getByRole("button", { name: text.showNearest }));
    expect(onShowNearest).toHaveBeenCalledTimes(1);
    expect(onFitAll).not.toHaveBeenCalled();
    await userEvent.click(within(notice).getByRole("button", { name: text.fitAll }));
    expect(onFitAll).toHaveBeenCalledTimes(1);
  });

  it("says every episode is hidden, and shows them all again in one step", async () => {
    const store = createSampleStore();
    await store.getState().loadCollection("collection.json");
    const episodes = selectCollection(store.getState())?.episodes ?? [];
    for (const episode of episodes) store.getState().setEpisodeHidden(episode.id, true);
    const changes = vi.fn();
    store.subscribe(changes);
    renderWithStore(<EmptyViewNotice onShowNearest={vi.fn()} onFitAll={vi.fn()} />, store);
    const notice = screen.getByRole("status");
    expect(notice).toHaveTextContent("All episodes are hidden.");
    expect(within(notice).queryByRole("button", { name: EMPTY_VIEW_TEXT.fitAll })).toBeNull();
    await userEvent.click(within(notice).getByRole("button", { name: "Show all episodes" }));
    expect(store.getState().hiddenEpisodes).toEqual([]);
    expect(changes).toHaveBeenCalledTimes(1);
  });
});
