import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithStore } from "../../../tests/support/renderWithStore";
import type { Problem } from "../../data/format/problem";
import { createEchoesStore } from "../../store/createEchoesStore";
import { LoadNotice } from "./LoadNotice";

const COLLECTION = {
  title: "T",
  episodes: [],
  roles: [],
  articles: [],
  lessons: [],
  corrections: [],
};
const NOTE: Problem = {
  file: "sheet.csv",
  path: "",
  message: "read as windows-1252",
  dropped: "",
  note: true,
};
const ERROR: Problem = {
  file: "a.json",
  path: "events[0].date",
  message: "is not a date",
  dropped: 'event "x"',
};

async function storeWith(problems: Problem[]) {
  const store = createEchoesStore({
    loader: async () => ({ ok: true, collection: COLLECTION, problems }),
  });
  await store.getState().loadCollection("collection.json");
  return store;
}

describe("<LoadNotice>", () => {
  it("does not call notes alone a collection that could not be loaded", async () => {
    renderWithStore(<LoadNotice />, await storeWith([NOTE]));
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(
      "A note on reading this collection",
    );
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
    expect(screen.getByText("read as windows-1252")).toBeInTheDocument();
  });

  it("counts only what went wrong, and lists the notes apart", async () => {
    renderWithStore(<LoadNotice />, await storeWith([NOTE, ERROR, NOTE]));
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent(
      "Part of this collection could not be loaded (1 problem)",
    );
    const lists = screen.getAllByRole("list");
    expect(lists.map((list) => list.querySelectorAll("li").length)).toEqual([1, 2]);
    expect(screen.getByText("2 notes on reading this collection")).toBeInTheDocument();
  });
});
