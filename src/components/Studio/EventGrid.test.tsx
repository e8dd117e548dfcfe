import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useEffect, useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { Problem } from "../../data/format/problem";
import { checkDraft } from "../../studio/checkDraft";
import {
  addEpisode,
  addEvent,
  blankDraft,
  type Draft,
  episodePath,
  getField,
} from "../../studio/draft";
import { fieldKey } from "../../studio/history";
import { EventGrid } from "./EventGrid";
import { fieldId } from "./fieldId";

const FILE = episodePath("east-1953");

const source = {
  title: "Cold War crises",
  publisher: "An encyclopedia",
  url: "https://example.org/cold-war",
};

function twoEvents(): Draft {
  let draft = addEpisode(blankDraft("Two crises"), {
    id: "east-1953",
    title: "The uprising of 1953",
    label: "East Germany, 1953",
    summary: "Workers struck, and Soviet tanks ended it.",
  });
  draft = addEvent(draft, FILE, {
    id: "strike",
    date: "1953-06-16",
    title: "The strike",
    summary: "Builders in East Berlin stop work.",
    kind: "protest",
    place: "East Berlin",
    sources: [source],
  });
  return addEvent(draft, FILE, {
    id: "tanks-arrive",
    date: "1953-06-17",
    title: "Tanks arrive",
    summary: "Soviet tanks enter the city.",
    kind: "intervention",
    sources: [source],
  });
}

type OnEdit = (next: Draft, typingIn?: string) => void;

/** Holds the draft as the Studio does, and checks it after each edit as the loader would. */
function Harness({ onEdit, readOnly = false }: { onEdit: OnEdit; readOnly?: boolean }) {
  const [draft, setDraft] = useState(twoEvents);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  useEffect(() => {
    let current = true;
    void checkDraft(draft).then((check) => {
      if (current) setProblems(check.problems);
    });
    return () => {
      current = false;
    };
  }, [draft]);
  return (
    <EventGrid
      draft={draft}
      problems={problems}
      onEdit={(next, typingIn) => {
        onEdit(next, typingIn);
        setDraft(next);
      }}
      onSettle={() => {}}
      readOnly={readOnly}
      file={FILE}
    />
  );
}

function setup(readOnly = false) {
  const onEdit = vi.fn<OnEdit>();
  const user = userEvent.setup();
  render(<Harness onEdit={onEdit} readOnly={readOnly} />);
  const last = () => {
    const call = onEdit.mock.lastCall;
    if (!call) throw new Error("nothing was edited");
    return call[0];
  };
  return { user, onEdit, last, field: (path: string) => getField(last(), FILE, path) };
}

/** A cell's input, by its field's path, as a problem list finds it. */
const cell = (path: string) => {
  const element = document.getElementById(fieldId(FILE, path));
  if (!element) throw new Error(`no cell for ${path}`);
  return element as HTMLInputElement | HTMLSelectElement;
};

describe("<EventGrid>", () => {
  it("shows every event as a row of cells, each labelled with its column and event", () => {
    setup();
    const table = screen.getByRole("table", { name: "Events of East Germany, 1953: 2 events" });
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect(screen.getByRole("textbox", { name: "Date, event 2, Tanks arrive" })).toHaveValue(
      "1953-06-17",
    );
    expect(screen.getByRole("combobox", { name: "Kind, event 1, The strike" })).toHaveValue(
      "protest",
    );
    expect(
      screen.getByRole("textbox", { name: "Source address, event 1, The strike" }),
    ).toHaveValue(source.url);
  });

  it("edits a field as it is typed, as one run of typing in that field", async () => {
    const { user, onEdit, field } = setup();
    await user.clear(cell("events[0].title"));
    await user.type(cell("events[0].title"), "General strike");
    expect(field("events[0].title")).toBe("General strike");
    expect(onEdit).toHaveBeenLastCalledWith(expect.anything(), fieldKey(FILE, "events[0].title"));
    await user.selectOptions(cell("events[0].kind"), "Crackdown");
    expect(field("events[0].kind")).toBe("crackdown");
  });

  it("keeps an invalid date as typed, shows its problem in the loader's words beside it, and loses nothing else", async () => {
    const { user, field } = setup();
    const date = cell("events[0].date");
    await user.clear(date);
    await user.type(date, "1953-13-01");
    const problem = `${FILE}: events[0].date: "1953-13-01" is not a date (month 13)`;
    expect(await screen.findByText(problem)).toBeInTheDocument();
    expect(date).toHaveValue("1953-13-01");
    expect(date).toHaveAttribute("aria-invalid", "true");
    expect(date).toHaveAccessibleDescription(problem);
    expect(field("events[0]")).toEqual({
      id: "strike",
      date: "1953-13-01",
      title: "The strike",
      summary: "Builders in East Berlin stop work.",
      kind: "protest",
      place: "East Berlin",
      certainty: { level: "confirmed" },
      sources: [source],
    });
    expect(cell("events[0].title")).toHaveValue("The strike");
    expect(cell("events[0].title")).not.toHaveAttribute("aria-invalid");
    expect(cell("events[0].place")).toHaveValue("East Berlin");
  });

  it("keeps dates at every precision as typed", async () => {
    const { user, field } = setup();
    for (const [path, typed] of [
      ["events[0].date", "1953"],
      ["events[0].endDate", "1953-07"],
      ["events[1].date", "1953-06-17T04:30"],
    ] as const) {
      await user.clear(cell(path));
      await user.type(cell(path), typed);
      expect(field(path)).toBe(typed);
    }
  });

  it("moves to the same column of the row below or above with the arrow keys", async () => {
    const { user } = setup();
    await user.click(cell("events[0].date"));
    await user.keyboard("{ArrowDown}");
    expect(cell("events[1].date")).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(cell("events[1].date")).toHaveFocus();
    await user.click(cell("events[1].kind"));
    await user.keyboard("{ArrowUp}");
    expect(cell("events[0].kind")).toHaveFocus();
    expect(cell("events[1].kind")).toHaveValue("intervention");
  });

  it("adds an event with a new id on Enter in the last row, and moves to its first cell", async () => {
    const { user, onEdit, field } = setup();
    await user.click(cell("events[0].title"));
    await user.keyboard("{Enter}");
    expect(cell("events[1].title")).toHaveFocus();
    expect(onEdit).not.toHaveBeenCalled();
    await user.keyboard("{Enter}");
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(field("events[2].id")).toBe("event-3");
    expect(cell("events[2].id")).toHaveValue("event-3");
    expect(cell("events[2].id")).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Add event" }));
    expect(field("events[3].id")).toBe("event-4");
    expect(cell("events[3].id")).toHaveFocus();
  });

  it("fills cells rightwards and downwards from rows pasted from a spreadsheet, adding rows, in one edit", async () => {
    const { user, onEdit, field } = setup();
    await user.click(cell("events[1].date"));
    await user.paste("1953-06-18\t1953-06-19\tMartial law\r\n1953-07\t\tTrials begin\r\n");
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(onEdit.mock.lastCall?.[1]).toBeUndefined();
    expect(field("events[1]")).toMatchObject({
      id: "tanks-arrive",
      date: "1953-06-18",
      endDate: "1953-06-19",
      title: "Martial law",
      summary: "Soviet tanks enter the city.",
    });
    expect(field("events[2]")).toEqual({
      id: "event-3",
      date: "1953-07",
      title: "Trials begin",
      summary: "",
      kind: "",
      certainty: { level: "confirmed" },
      sources: [],
    });
    expect(cell("events[2].title")).toHaveValue("Trials begin");
  });

  it("pastes a kind by its label, and a single value as the browser does", async () => {
    const { user, field } = setup();
    await user.click(cell("events[0].summary"));
    await user.paste("Strikers march.\tInternational reaction");
    expect(field("events[0].summary")).toBe("Strikers march.");
    expect(field("events[0].kind")).toBe("international-reaction");
    await user.clear(cell("events[1].place"));
    await user.paste("Berlin");
    expect(field("events[1].place")).toBe("Berlin");
    expect(field("events")).toHaveLength(2);
  });

  it("moves and deletes events with buttons that name them, focus following", async () => {
    const { user, onEdit, field } = setup();
    await user.click(screen.getByRole("button", { name: "Move event 2, Tanks arrive up" }));
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(field("events[0].id")).toBe("tanks-arrive");
    expect(field("events[1].id")).toBe("strike");
    expect(screen.getByRole("button", { name: "Move event 1, Tanks arrive down" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Move event 1, Tanks arrive up" }));
    expect(onEdit).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Delete event 1, Tanks arrive" }));
    expect(field("events")).toEqual([expect.objectContaining({ id: "strike" })]);
    expect(screen.getByRole("button", { name: "Delete event 1, The strike" })).toHaveFocus();
    expect(cell("events[0].title")).toHaveValue("The strike");
  });

  it("counts problems the grid does not show on the details button, and shows them beside their fields in the details", async () => {
    const { user, field } = setup();
    await user.click(screen.getByRole("button", { name: "Details of event 1, The strike" }));
    const details = screen.getByRole("group", { name: "Details of event 1, The strike" });
    await user.click(within(details).getByRole("button", { name: "Add person" }));
    await user.type(within(details).getByRole("textbox", { name: "Person 1" }), "Walter Ulbricht");
    expect(field("events[0].actors")).toEqual(["Walter Ulbricht"]);
    await user.selectOptions(within(details).getByRole("combobox", { name: "Significance" }), "4");
    expect(field("events[0].significance")).toBe(4);
    await user.click(within(details).getByRole("button", { name: "Add figure" }));
    const figure = within(details).getByRole("group", { name: "Figure 1" });
    await user.type(within(figure).getByRole("textbox", { name: "Number, or lowest" }), "10000");
    await user.type(within(figure).getByRole("textbox", { name: "Highest, for a range" }), "20000");
    expect(field("events[0].figures[0].value")).toEqual([10000, 20000]);
    const button = await screen.findByRole("button", {
      name: "Details of event 1, The strike: 3 problems",
    });
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(
      within(figure).getByText(
        `${FILE}: events[0].figures[0].sources: expected at least 1 item, found 0 items`,
      ),
    ).toBeInTheDocument();
    await user.selectOptions(cell("events[0].certainty.level"), "Disputed");
    expect(
      await within(details).findByText(
        `${FILE}: events[0].certainty.note: an event whose certainty is "disputed" needs a note saying what is uncertain or disputed`,
      ),
    ).toBeInTheDocument();
  });

  it("when read-only, shows the events and changes nothing", async () => {
    const { user, onEdit } = setup(true);
    const title = cell("events[1].title");
    expect(title).toHaveAttribute("readonly");
    await user.type(title, "More");
    await user.click(title);
    await user.keyboard("{Enter}");
    await user.paste("a\tb\nc\td");
    await act(async () => {});
    expect(onEdit).not.toHaveBeenCalled();
    expect(title).toHaveValue("Tanks arrive");
    expect(screen.getAllByRole("row")).toHaveLength(3);
    expect(screen.queryByRole("button", { name: "Add event" })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Delete/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Move/ })).toBeNull();
  });
});
