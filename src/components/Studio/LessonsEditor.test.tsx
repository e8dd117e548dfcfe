import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { scratchDraft } from "../../../tests/support/studioDraft";
import { formatProblem } from "../../data/format/problem";
import { checkDraft } from "../../studio/checkDraft";
import { type Draft, removeFile, setField } from "../../studio/draft";
import { type CurrentView, lessonPath } from "../../studio/editLessons";
import {
  EditorHarness,
  type EditorHarnessProps,
  type EditorOptions,
  renderEditor as renderWith,
} from "./editorTestUtils";
import { fieldId } from "./fieldId";
import { LessonsEditor } from "./LessonsEditor";

const FILE = lessonPath("two-crises");

/** The scratch collection without its lesson, to write one anew. */
const withoutLesson = () => removeFile(scratchDraft(), FILE);

function Harness({
  currentView,
  ...props
}: Omit<EditorHarnessProps, "children"> & { currentView: () => CurrentView }) {
  return (
    <EditorHarness {...props}>
      {(editor) => <LessonsEditor {...editor} currentView={currentView} />}
    </EditorHarness>
  );
}

const renderEditor = (start: Draft, currentView: () => CurrentView, options?: EditorOptions) =>
  renderWith((editor) => <LessonsEditor {...editor} currentView={currentView} />, start, options);

type User = ReturnType<typeof userEvent.setup>;

async function addStop(user: User, lesson: HTMLElement, title: string, evidence: string[]) {
  const form = within(lesson).getByRole("heading", { name: "New stop" }).closest("form");
  const inForm = within(form as HTMLElement);
  await user.type(inForm.getByLabelText("Title"), title);
  await user.type(inForm.getByLabelText("Text"), `${title}: what the record shows.`);
  await user.type(inForm.getByLabelText("Question"), `${title}?`);
  await user.selectOptions(inForm.getByLabelText("Evidence"), evidence);
  await user.click(
    inForm.getByRole("button", { name: "Add a stop from the timeline's current view" }),
  );
}

/** A stop's saved view as its terms and descriptions read. */
const viewOf = (stop: HTMLElement) =>
  Array.from(stop.querySelectorAll(".echoes-studio-view dt"), (term) => [
    term.textContent,
    term.nextElementSibling?.textContent,
  ]);

describe("<LessonsEditor>", () => {
  it("makes a two-stop lesson from the timeline's current views, and says each view in words", async () => {
    const user = userEvent.setup();
    const views: CurrentView[] = [
      {
        mode: "aligned",
        role: "troops-arrive",
        window: [-2, 5],
        event: "east-1953/tanks-arrive",
        passage: "echoes/within-days",
      },
      { mode: "calendar", role: "troops-arrive", window: [0, 3], event: "poland-1956/trials" },
    ];
    const currentView = vi.fn(() => views[currentView.mock.calls.length - 1] as CurrentView);
    const current = renderEditor(withoutLesson(), currentView);

    const form = screen.getByRole("heading", { name: "New lesson" }).closest("form") as HTMLElement;
    await user.type(within(form).getByLabelText("Id"), "two-crises");
    await user.type(within(form).getByLabelText("Title"), "Two crises");
    await user.type(within(form).getByLabelText("Summary"), "Compare the two.");
    await user.click(within(form).getByRole("button", { name: "Add the lesson" }));

    const lesson = screen.getByRole("article", { name: "Lesson: Two crises" });
    await addStop(user, lesson, "The force arrives", ["The tanks arrive", "The army arrives"]);
    await addStop(user, lesson, "Afterwards", ["The trials"]);
    expect(currentView).toHaveBeenCalledTimes(2);

    expect(current().files[FILE]).toMatchObject({
      id: "two-crises",
      title: "Two crises",
      summary: "Compare the two.",
      stops: [
        {
          id: "the-force-arrives",
          title: "The force arrives",
          text: "The force arrives: what the record shows.",
          question: "The force arrives?",
          view: {
            mode: "aligned",
            role: "troops-arrive",
            window: [-2, 5],
            passage: "echoes/within-days",
          },
          evidence: ["east-1953/tanks-arrive", "poland-1956/army-arrives"],
        },
        {
          id: "afterwards",
          view: { mode: "calendar", event: "poland-1956/trials" },
          evidence: ["poland-1956/trials"],
        },
      ],
    });

    const first = within(lesson).getByRole("listitem", { name: "Stop 1: The force arrives" });
    expect(viewOf(first)).toEqual([
      ["Mode", "Aligned"],
      ["Aligned on", "Troops arrive"],
      ["Days in view", "-2 to +5 days from day 0"],
      ["Selected", "The passage “Troops arrived within days”"],
    ]);
    const second = within(lesson).getByRole("listitem", { name: "Stop 2: Afterwards" });
    expect(viewOf(second)).toEqual([
      ["Mode", "Calendar"],
      ["Selected", "The event The trials (Poland, 1956)"],
    ]);
  });

  it("moves a stop up, keeping focus on its button, and deletes one", async () => {
    const user = userEvent.setup();
    const current = renderEditor(scratchDraft(), () => ({ mode: "sequence" }));
    const lesson = screen.getByRole("article", { name: "Lesson: Two crises" });
    await user.click(within(lesson).getByRole("button", { name: "Move stop 2 up" }));
    expect(current().files[FILE]).toMatchObject({
      stops: [{ id: "after" }, { id: "arrival" }],
    });
    expect(within(lesson).getByRole("listitem", { name: "Stop 1: Afterwards" })).toBeVisible();
    // At the top it can move no further up, so focus stays with the stop, on its other button.
    expect(within(lesson).getByRole("button", { name: "Move stop 1 down" })).toHaveFocus();

    await user.click(within(lesson).getByRole("button", { name: "Remove stop 2" }));
    expect(
      (current().files[FILE] as { stops: { id: string }[] }).stops.map((stop) => stop.id),
    ).toEqual(["after"]);
  });

  it("renews a stop's view from the timeline", async () => {
    const user = userEvent.setup();
    const current = renderEditor(scratchDraft(), () => ({
      mode: "sequence",
      role: "troops-arrive",
      event: "east-1953/strike",
    }));
    const stop = screen.getByRole("listitem", { name: "Stop 2: Afterwards" });
    await user.click(within(stop).getByRole("button", { name: "Use the timeline's current view" }));
    expect(current().files[FILE]).toMatchObject({
      stops: [{}, { view: { mode: "sequence", event: "east-1953/strike" } }],
    });
    expect(viewOf(stop)).toEqual([
      ["Mode", "Sequence"],
      ["Selected", "The event The strike (East Germany, 1953)"],
    ]);
  });

  it("shows the loader's problem of evidence naming a missing event beside the evidence", async () => {
    const draft = setField(scratchDraft(), FILE, "stops[1].evidence", ["east-1953/parade"]);
    const { problems } = await checkDraft(draft);
    const problem = problems.find((found) => found.path.startsWith("stops[1].evidence"));
    if (!problem)
      throw new Error(`no problem of the evidence among ${problems.map(formatProblem)}`);
    renderEditor(draft, () => ({ mode: "calendar" }), { problems: [...problems] });
    const evidence = document.getElementById(fieldId(FILE, "stops[1].evidence")) as HTMLElement;
    expect(evidence).toHaveAttribute("aria-invalid", "true");
    expect(evidence).toHaveAccessibleDescription(expect.stringContaining(formatProblem(problem)));
    expect(
      within(evidence).getByRole("option", { name: "east-1953/parade (not found)" }),
    ).toHaveProperty("selected", true);
  });

  it("changes nothing in a read-only project", async () => {
    const user = userEvent.setup();
    const onDraft = vi.fn();
    const currentView = vi.fn(() => ({ mode: "calendar" }) as const);
    render(<Harness start={scratchDraft()} currentView={currentView} readOnly onDraft={onDraft} />);
    expect(
      screen.getByRole("button", { name: "Add a stop from the timeline's current view" }),
    ).toBeDisabled();
    expect(screen.getByRole("button", { name: "Move stop 2 up" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Remove stop 1" })).toBeDisabled();
    const stop = screen.getByRole("listitem", { name: "Stop 1: The force arrives" });
    await user.type(within(stop).getByLabelText("Question"), "!");
    expect(within(stop).getByLabelText("Question")).toHaveValue("Who sent them?");
    expect(onDraft).not.toHaveBeenCalled();
    expect(currentView).not.toHaveBeenCalled();
  });
});
