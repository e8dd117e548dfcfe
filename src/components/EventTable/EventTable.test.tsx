import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { syntheticCollection } from "../../../scripts/syntheticCollection";
import { renderWithStore } from "../../../tests/support/renderWithStore";
import { loadCollection } from "../../data/loading/loadCollection";
import { readAndValidate } from "../../data/loading/readFiles";
import { createEchoesStore, type EchoesStore } from "../../store/createEchoesStore";
import { asDrawn } from "../../store/drawnCollection";
import { selectCollection } from "../../store/selectors";
import { EventTable } from "./EventTable";
import { ROW_ESTIMATE_PX } from "./useRowWindow";

/** jsdom lays nothing out: rows are as tall as estimated unless a test says otherwise; the window is 768 px. */
const ROW_PX = ROW_ESTIMATE_PX;

/** A store with a synthetic collection of `events` events over four lanes loaded. */
async function syntheticStore(events: number): Promise<EchoesStore> {
  const files = syntheticCollection({ events, lanes: 4 });
  const store = createEchoesStore({
    loader: (url) =>
      loadCollection(
        url,
        readAndValidate(async (file) => JSON.stringify(files[file])),
      ),
  });
  await store.getState().loadCollection("collection.json");
  return store;
}

function renderTable(store: EchoesStore) {
  const collection = selectCollection(store.getState());
  if (!collection) throw new Error("the synthetic collection did not load");
  return renderWithStore(<EventTable collection={asDrawn(collection)} />, store);
}

const table = () => screen.getByRole("table", { name: /events/ });
/** The event rows in the document, by their aria-rowindex; the header row is 1. */
const drawnRowIndexes = () =>
  within(table())
    .getAllByRole("row")
    .map((row) => Number(row.getAttribute("aria-rowindex")))
    .filter((index) => index > 1);

/** Scrolls the window to `y`, as far as the virtualizer can tell in jsdom. */
function scrollWindowTo(y: number) {
  act(() => {
    Object.defineProperty(window, "scrollY", { value: y, configurable: true });
    window.dispatchEvent(new Event("scroll"));
  });
}

/** Gives every row `heightPx`, as a browser would measure it. */
const rowsMeasure = (heightPx: number) =>
  vi
    .spyOn(HTMLTableRowElement.prototype, "getBoundingClientRect")
    .mockReturnValue(new DOMRect(0, 0, 1000, heightPx));

beforeEach(() => {
  rowsMeasure(ROW_PX);
  // The virtualizer keeps what is in view in place as rows are measured; jsdom cannot scroll.
  vi.spyOn(window, "scrollTo").mockImplementation(() => {});
});

afterEach(() => {
  scrollWindowTo(0);
  vi.restoreAllMocks();
});

describe("<EventTable> with 2,000 events", () => {
  let store: EchoesStore;
  beforeEach(async () => {
    store = await syntheticStore(2000);
  });

  it("draws only the rows in view, each with its place among all, and counts all", () => {
    renderTable(store);
    expect(table()).toHaveAttribute("aria-rowcount", "2001");
    expect(within(table()).getAllByRole("row")[0]).toHaveAttribute("aria-rowindex", "1");
    const drawn = drawnRowIndexes();
    expect(drawn.length).toBeGreaterThan(768 / ROW_PX);
    expect(drawn.length).toBeLessThan(60);
    expect(drawn).toEqual(drawn.map((_, offset) => 2 + offset));
    expect(screen.getByText("All 2,000 events")).toBeInTheDocument();
  });

  it("keeps the page as long as every row, the rows left out as hidden gaps", () => {
    const { container } = renderTable(store);
    const gaps = [
      ...container.querySelectorAll<HTMLTableRowElement>("tbody tr:not([aria-rowindex])"),
    ];
    expect(gaps.length).toBe(1);
    expect(gaps[0]).toHaveAttribute("aria-hidden", "true");
    const gapPx = Number.parseFloat(gaps[0]?.querySelector("td")?.style.height ?? "");
    expect(gapPx).toBe((2000 - drawnRowIndexes().length) * ROW_PX);
  });

  it("measures the rows it draws: rows that wrap leave room for fewer", () => {
    renderTable(store);
    const oneLine = drawnRowIndexes().length;
    cleanup();
    rowsMeasure(3 * ROW_PX);
    renderTable(store);
    expect(drawnRowIndexes().length).toBeLessThan(oneLine);
    expect(drawnRowIndexes().length).toBeGreaterThan(768 / (3 * ROW_PX));
  });

  it("draws the rows the window is scrolled to, with a gap above them", () => {
    const { container } = renderTable(store);
    scrollWindowTo(1000 * ROW_PX);
    const drawn = drawnRowIndexes();
    expect(drawn[0]).toBeGreaterThan(990);
    expect(drawn[0]).toBeLessThanOrEqual(1002);
    expect(drawn.length).toBeLessThan(60);
    expect(drawn).toEqual(drawn.map((_, offset) => (drawn[0] ?? 0) + offset));
    expect(container.querySelectorAll("tbody tr[aria-hidden='true']")).toHaveLength(2);
  });

  it("narrows the rows to those found, and counts those", async () => {
    renderTable(store);
    // Event 250 of each of the four lanes, and no other.
    await userEvent.type(screen.getByRole("searchbox", { name: "Find events" }), "event 250 of");
    expect(await screen.findByText("4 of 2,000 events shown")).toBeInTheDocument();
    expect(table()).toHaveAttribute("aria-rowcount", "5");
    expect(drawnRowIndexes()).toEqual([2, 3, 4, 5]);
    for (const row of within(table()).getAllByRole("row").slice(1)) {
      expect(row).toHaveTextContent(/Synthetic event 250 of lane-\d/);
    }
  });

  it("sorts all the rows, not only those drawn", async () => {
    renderTable(store);
    await userEvent.click(screen.getByRole("button", { name: "Sort by date" }));
    expect(within(table()).getAllByRole("columnheader")[1]).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    const firstRow = within(table()).getAllByRole("row")[1];
    // Lane 1 starts in 1950, each next lane seven years on.
    expect(firstRow).toHaveTextContent(/Lane 1/);
    expect(firstRow?.querySelector("time")?.getAttribute("datetime")).toMatch(/^1950-01/);
  });

  it("keeps the selected event's row drawn wherever the page is, and shows it on opening", () => {
    // jsdom has no scrollIntoView.
    const shown = vi.fn();
    Element.prototype.scrollIntoView = shown;
    onTestFinished(() => {
      Reflect.deleteProperty(Element.prototype, "scrollIntoView");
    });
    store.getState().selectEvent("lane-3/event-400");
    renderTable(store);
    const selected = within(table()).getByRole("row", { current: true });
    expect(selected).toHaveTextContent("Synthetic event 400 of lane-3");
    expect(Number(selected.getAttribute("aria-rowindex"))).toBeGreaterThan(1000);
    expect(shown.mock.contexts[0]).toBe(selected);
  });

  it("keeps the focused row drawn when the page scrolls away from it", async () => {
    renderTable(store);
    const button = within(within(table()).getAllByRole("row")[5] as HTMLElement).getByRole(
      "button",
    );
    act(() => button.focus());
    scrollWindowTo(1500 * ROW_PX);
    expect(button).toBeInTheDocument();
    expect(button).toHaveFocus();
    // Its neighbours stay too, so that Tab and Shift+Tab land on a row.
    const row = button.closest("tr");
    const index = Number(row?.getAttribute("aria-rowindex"));
    expect(drawnRowIndexes()).toEqual(expect.arrayContaining([index - 1, index, index + 1]));
    expect(drawnRowIndexes().some((drawn) => drawn > 1400)).toBe(true);
  });
});

describe("<EventTable> with a short collection or on paper", () => {
  it("draws every row of a short table", async () => {
    renderTable(await syntheticStore(120));
    expect(drawnRowIndexes()).toHaveLength(120);
  });

  it("draws every row of a long one while it is printed", async () => {
    renderTable(await syntheticStore(400));
    expect(drawnRowIndexes().length).toBeLessThan(60);
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    expect(drawnRowIndexes()).toHaveLength(400);
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    expect(drawnRowIndexes().length).toBeLessThan(60);
  });
});
