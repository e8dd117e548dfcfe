import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { Problem } from "../../data/format/problem";
import { addEpisode, blankDraft, type Draft, episodePath, getField } from "../../studio/draft";
import { fieldKey } from "../../studio/history";
import { EpisodeEditor } from "./EpisodeEditor";

const FILE = episodePath("east-1953");

const draft = addEpisode(blankDraft("Two crises"), {
  id: "east-1953",
  title: "The uprising of 1953",
  label: "East Germany, 1953",
  summary: "Workers struck, and Soviet tanks ended it.",
});

/** Problems as the loader words them, fixed, so that each is seen where it belongs. */
const PROBLEMS: readonly Problem[] = [
  { file: FILE, path: "summary", message: "must not be empty", dropped: "the whole file" },
  {
    file: FILE,
    path: "events",
    message: "expected at least 1 item, found 0 items",
    dropped: "the whole file",
  },
  {
    file: FILE,
    path: "",
    message: 'has a field "notes" the format does not know',
    dropped: "",
  },
  { file: "collection.json", path: "title", message: "must not be empty", dropped: "" },
];

type OnEdit = (next: Draft, typingIn?: string) => void;

function Harness({ onEdit, readOnly = false }: { onEdit: OnEdit; readOnly?: boolean }) {
  const [current, setCurrent] = useState(draft);
  return (
    <EpisodeEditor
      draft={current}
      problems={PROBLEMS}
      onEdit={(next, typingIn) => {
        onEdit(next, typingIn);
        setCurrent(next);
      }}
      onSettle={() => {}}
      readOnly={readOnly}
      file={FILE}
    />
  );
}

describe("<EpisodeEditor>", () => {
  it("edits the episode's own fields as typed", async () => {
    const onEdit = vi.fn<OnEdit>();
    const user = userEvent.setup();
    render(<Harness onEdit={onEdit} />);
    expect(screen.getByRole("textbox", { name: "Id" })).toHaveValue("east-1953");
    expect(screen.getByRole("textbox", { name: "Title" })).toHaveValue("The uprising of 1953");
    const label = screen.getByRole("textbox", { name: "Label" });
    await user.clear(label);
    await user.type(label, "GDR, 1953");
    expect(getField(onEdit.mock.lastCall?.[0] as Draft, FILE, "label")).toBe("GDR, 1953");
    expect(onEdit.mock.lastCall?.[1]).toBe(fieldKey(FILE, "label"));
    expect(
      screen.getByRole("table", { name: "Events of GDR, 1953: 0 events" }),
    ).toBeInTheDocument();
  });

  it("shows each problem of the file beside its field, and those of the whole file above", () => {
    render(<Harness onEdit={vi.fn()} />);
    const summary = screen.getByRole("textbox", { name: "Summary" });
    expect(summary).toHaveAttribute("aria-invalid", "true");
    expect(summary).toHaveAccessibleDescription(`${FILE}: summary: must not be empty`);
    expect(
      screen.getByText(`${FILE}: has a field "notes" the format does not know`),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`${FILE}: events: expected at least 1 item, found 0 items`),
    ).toBeInTheDocument();
    expect(screen.queryByText("collection.json: title: must not be empty")).toBeNull();
    expect(screen.getByRole("textbox", { name: "Label" })).not.toHaveAttribute("aria-invalid");
  });

  it("adds the first event from an empty episode", async () => {
    const onEdit = vi.fn<OnEdit>();
    const user = userEvent.setup();
    render(<Harness onEdit={onEdit} />);
    await user.click(screen.getByRole("button", { name: "Add event" }));
    expect(getField(onEdit.mock.lastCall?.[0] as Draft, FILE, "events[0].id")).toBe("event-1");
    expect(screen.getByRole("textbox", { name: "Id, event 1" })).toHaveFocus();
  });

  it("when read-only, changes nothing", async () => {
    const onEdit = vi.fn<OnEdit>();
    const user = userEvent.setup();
    render(<Harness onEdit={onEdit} readOnly />);
    await user.type(screen.getByRole("textbox", { name: "Title" }), "!");
    expect(onEdit).not.toHaveBeenCalled();
    expect(screen.getByRole("textbox", { name: "Title" })).toHaveValue("The uprising of 1953");
    expect(screen.queryByRole("button", { name: "Add event" })).toBeNull();
  });
});
