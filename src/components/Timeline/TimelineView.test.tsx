import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { renderWithStore } from "../../../tests/support/renderWithStore";
import { createSampleStore } from "../../../tests/support/sampleStore";
import type { Collection } from "../../data/format/collection";
import type { EchoesStore } from "../../store/createEchoesStore";
import { asDrawn } from "../../store/drawnCollection";
import { selectCollection } from "../../store/selectors";
import { TimelineView } from "./TimelineView";

let store: EchoesStore;
let collection: Collection;

beforeEach(async () => {
  store = createSampleStore();
  await store.getState().loadCollection("collection.json");
  const loaded = selectCollection(store.getState());
  if (!loaded) throw new Error("sample collection did not load");
  collection = loaded;
});

function renderTimeline() {
  return renderWithStore(<TimelineView collection={asDrawn(collection)} />, store);
}

const chart = () => screen.getByRole("group", { name: /^Timeline/ });
const mark = (name: RegExp) => within(chart()).getByRole("button", { name });
const clickMark = (name: RegExp) => userEvent.click(mark(name));

describe("<TimelineView>", () => {
  it("draws every event as a mark named by its title, date and kind", () => {
    renderTimeline();
    expect(
      mark(
        /^Warsaw Pact invasion, 20 August 1968 at 23:00\s–\s21 August 1968, intervention, approximate$/,
      ),
    ).toBeVisible();
    expect(mark(/^Student demonstration in Budapest, 23 October 1956, protest$/)).toBeVisible();
    expect(within(chart()).getAllByRole("button")).toHaveLength(4);
  });

  it("aligns on foreign troops arriving, and says so", () => {
    renderTimeline();
    expect(screen.getByRole("radio", { name: "Aligned" })).toBeChecked();
    expect(screen.getByRole("combobox", { name: "Day 0 is" })).toHaveDisplayValue(
      "Foreign troops arrive",
    );
    expect(chart()).toHaveTextContent("day 0");
  });

  it("selects an event on click and shows its details, figures and sources", async () => {
    renderTimeline();
    await clickMark(/^Warsaw Pact invasion/);
    expect(store.getState().selectedRef).toBe("prague-1968/invasion");
    const details = await screen.findByRole("complementary", { name: "Warsaw Pact invasion" });
    expect(details).toHaveTextContent("Czechoslovakia, 1968");
    expect(details).toHaveTextContent("250,000–500,000 soldiers");
    expect(details).toHaveTextContent(
      "Approximate: The hour the first units crossed is given differently.",
    );
    expect(within(details).getAllByRole("link").length).toBeGreaterThan(0);
    expect(mark(/^Warsaw Pact invasion/)).toHaveAttribute("aria-pressed", "true");
  });

  it("lists the matching event of the other episode, and jumps to it in one click", async () => {
    renderTimeline();
    await clickMark(/^Warsaw Pact invasion/);
    const details = await screen.findByRole("complementary", { name: "Warsaw Pact invasion" });
    expect(details).toHaveTextContent("Analogy: Foreign troops arrive");
    expect(details).toHaveTextContent("In Hungary the fighting was heavy");
    await userEvent.click(
      within(details).getByRole("button", { name: /Hungary, 1956: Second Soviet intervention/ }),
    );
    expect(store.getState().selectedRef).toBe("hungary-1956/second-soviet-intervention");
    expect(
      await screen.findByRole("complementary", { name: "Second Soviet intervention" }),
    ).toBeVisible();
  });

  it("shows the article passages linked to the selected event, with their verdict", async () => {
    renderTimeline();
    await clickMark(/^Second Soviet intervention/);
    const details = await screen.findByRole("complementary", {
      name: "Second Soviet intervention",
    });
    expect(details).toHaveTextContent("“Soviet forces invaded Hungary”");
    expect(details).toHaveTextContent("Checked: consistent");
  });

  it("is one tab stop; arrows move between events and lanes, Enter selects, Escape clears", async () => {
    renderTimeline();
    const [first, ...others] = within(chart())
      .getAllByRole("button")
      .filter((button) => button.getAttribute("tabindex") === "0");
    expect(others).toEqual([]);
    expect(first).toHaveAccessibleName(/^Student demonstration in Budapest/);
    act(() => first?.focus());
    await userEvent.keyboard("{ArrowRight}");
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(
      /^Second Soviet intervention/,
    );
    await userEvent.keyboard("{ArrowDown}");
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^Warsaw Pact invasion/);
    await userEvent.keyboard("{Enter}");
    expect(store.getState().selectedRef).toBe("prague-1968/invasion");
    await userEvent.keyboard("{Escape}");
    expect(store.getState().selectedRef).toBeUndefined();
    await userEvent.keyboard("{Home}");
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(
      /^Dubček becomes First Secretary/,
    );
    // Every other mark is out of the tab order.
    const tabbable = within(chart())
      .getAllByRole("button")
      .filter((button) => button.getAttribute("tabindex") === "0");
    expect(tabbable).toHaveLength(1);
  });

  it("zooms with the buttons and the + and − keys, and fits all", async () => {
    renderTimeline();
    await userEvent.click(screen.getByRole("button", { name: "Zoom in" }));
    await waitFor(() => expect(store.getState().zoom.k).toBeCloseTo(1.5));
    await userEvent.click(screen.getByRole("button", { name: "Zoom out" }));
    await waitFor(() => expect(store.getState().zoom.k).toBeCloseTo(1));
    act(() => mark(/^Warsaw Pact invasion/).focus());
    await userEvent.keyboard("+");
    await waitFor(() => expect(store.getState().zoom.k).toBeCloseTo(1.5));
    await userEvent.click(screen.getByRole("button", { name: "Fit all" }));
    await waitFor(() => expect(store.getState().zoom.k).toBeCloseTo(1));
  });

  it("switches to the calendar and sequence modes", async () => {
    renderTimeline();
    await userEvent.click(screen.getByRole("radio", { name: "Calendar" }));
    expect(store.getState().mode).toBe("calendar");
    expect(chart()).toHaveAccessibleName(/each episode on its own calendar/);
    expect(chart()).toHaveTextContent(/\d+ (Oct|Nov)/);
    await userEvent.click(screen.getByRole("radio", { name: "Sequence" }));
    expect(chart()).toHaveAccessibleName(/events in sequence/);
    expect(within(chart()).getAllByRole("button")).toHaveLength(4);
  });

  it("hides a kind of event, and hides and reorders episodes", async () => {
    renderTimeline();
    // The filters load once the chart is drawn.
    await userEvent.click(await screen.findByRole("checkbox", { name: "Intervention" }));
    expect(
      within(chart()).queryByRole("button", { name: /^Warsaw Pact invasion/ }),
    ).not.toBeInTheDocument();
    expect(within(chart()).getAllByRole("button")).toHaveLength(2);
    await userEvent.click(screen.getByRole("checkbox", { name: "Intervention" }));

    await userEvent.click(screen.getByRole("checkbox", { name: "Hungary, 1956" }));
    expect(chart()).not.toHaveTextContent("Hungary, 1956");
    await userEvent.click(screen.getByRole("checkbox", { name: "Hungary, 1956" }));

    await userEvent.click(screen.getByRole("button", { name: "Move Czechoslovakia, 1968 up" }));
    const labels = Array.from(chart().querySelectorAll(".echoes-lane__label")).map(
      (label) => label.textContent,
    );
    expect(labels).toEqual(["Czechoslovakia, 1968", "Hungary, 1956"]);
  });

  it("keeps a lane with no event in the chosen role, and says why", async () => {
    const alone = createSampleStore({
      "analogies.json": {
        formatVersion: 1,
        roles: [
          {
            id: "troops-arrive",
            label: "Foreign troops arrive",
            description: "Troops move in.",
            members: [
              { episode: "hungary-1956", events: ["second-soviet-intervention"] },
              { episode: "prague-1968", events: [], note: "Not in this sample." },
            ],
            alike: [],
            differs: ["A difference."],
          },
        ],
      },
    });
    await alone.getState().loadCollection("collection.json");
    const loaded = selectCollection(alone.getState());
    if (!loaded) throw new Error("no collection");
    renderWithStore(<TimelineView collection={asDrawn(loaded)} />, alone);
    expect(chart()).toHaveTextContent(
      "Czechoslovakia, 1968 — no event plays this role: Not in this sample.",
    );
  });
});

/** The sample's roles, and a second one for the first events of each episode. */
const TWO_ROLES = {
  formatVersion: 1,
  roles: [
    {
      id: "troops-arrive",
      label: "Foreign troops arrive",
      description: "Troops move in.",
      members: [
        { episode: "hungary-1956", events: ["second-soviet-intervention"] },
        { episode: "prague-1968", events: ["invasion"] },
      ],
      alike: [],
      differs: ["A difference."],
    },
    {
      id: "spark",
      label: "The spark",
      description: "What set it off.",
      members: [
        { episode: "hungary-1956", events: ["demonstration"] },
        { episode: "prague-1968", events: ["dubcek-first-secretary"] },
      ],
      alike: [],
      differs: ["A difference."],
    },
  ],
};

/** Where the lit connector starts and ends across, in chart pixels: the first and last points of its path. */
function litConnectorEnds(): [number, number] {
  const path = chart().querySelector(".echoes-connectors path.is-highlighted");
  const numbers = (path?.getAttribute("d")?.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
  if (numbers.length < 4) throw new Error("no lit connector");
  return [numbers[0] ?? Number.NaN, numbers.at(-2) ?? Number.NaN];
}

describe("<RoleLegend> inside the timeline", () => {
  it("lights up a role's events in every lane while pointed at, and aligns on it when chosen", async () => {
    const twoRoles = createSampleStore({ "analogies.json": TWO_ROLES });
    await twoRoles.getState().loadCollection("collection.json");
    const loaded = selectCollection(twoRoles.getState());
    if (!loaded) throw new Error("no collection");
    renderWithStore(<TimelineView collection={asDrawn(loaded)} />, twoRoles);
    const troops = await screen.findByRole("button", { name: "Foreign troops arrive" });
    const spark = screen.getByRole("button", { name: "The spark" });
    expect(troops).toHaveAttribute("aria-pressed", "true");
    expect(spark).toHaveAttribute("aria-pressed", "false");

    await userEvent.hover(spark);
    expect(twoRoles.getState().highlightedRoleId).toBe("spark");
    const lit = chart().querySelectorAll(".echoes-mark.is-highlighted");
    expect(Array.from(lit).map((element) => element.getAttribute("data-ref"))).toEqual([
      "hungary-1956/demonstration",
      "prague-1968/dubcek-first-secretary",
    ]);
    expect(chart().querySelectorAll(".echoes-connectors path.is-highlighted")).toHaveLength(1);
    // Aligned on the troops, the demonstration is day −12 and Dubček's election day −228: the
    // role's connector runs aslant between them.
    const [hungaryX, pragueX] = litConnectorEnds();
    expect(Math.abs(hungaryX - pragueX)).toBeGreaterThan(50);
    await userEvent.unhover(spark);
    expect(chart().querySelectorAll(".echoes-mark.is-highlighted")).toHaveLength(0);

    // Chosen, the role is day 0: its events stand one above the other, and its connector upright.
    await userEvent.click(spark);
    expect(spark).toHaveAttribute("aria-pressed", "true");
    expect(troops).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByRole("combobox", { name: "Day 0 is" })).toHaveDisplayValue("The spark");
    await waitFor(() => {
      const [from, to] = litConnectorEnds();
      expect(from).toBeCloseTo(to, 6);
    });
  });
});
