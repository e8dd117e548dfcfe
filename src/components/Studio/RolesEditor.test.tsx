import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { scratchDraft } from "../../../tests/support/studioDraft";
import { formatProblem } from "../../data/format/problem";
import { checkDraft } from "../../studio/checkDraft";
import { addEpisode, addEvent, blankDraft, type Draft, episodePath } from "../../studio/draft";
import { addRole, setRoleMember } from "../../studio/editRoles";
import {
  EditorHarness,
  type EditorHarnessProps,
  type EditorOptions,
  renderEditor as renderWith,
} from "./editorTestUtils";
import { fieldId } from "./fieldId";
import { RolesEditor } from "./RolesEditor";

/** Two episodes of two events each, with no analogy map yet. */
function twoEpisodes(): Draft {
  let draft = blankDraft("Mine");
  for (const [id, label, events] of [
    ["east-1953", "East Germany, 1953", ["Strike", "Tanks arrive"]],
    ["poland-1956", "Poland, 1956", ["March", "Army arrives"]],
  ] as const) {
    draft = addEpisode(draft, { id, title: label, label, summary: "" });
    for (const title of events) {
      draft = addEvent(draft, episodePath(id), {
        id: title.toLowerCase().replace(/ /g, "-"),
        title,
      });
    }
  }
  return draft;
}

const Harness = (props: Omit<EditorHarnessProps, "children">) => (
  <EditorHarness {...props}>{(editor) => <RolesEditor {...editor} />}</EditorHarness>
);

const renderEditor = (start: Draft, options?: EditorOptions) =>
  renderWith((editor) => <RolesEditor {...editor} />, start, options);

describe("<RolesEditor>", () => {
  it("adds a role and picks each episode's member event by title", async () => {
    const user = userEvent.setup();
    const current = renderEditor(twoEpisodes());
    const form = screen.getByRole("heading", { name: "New role" }).closest("form") as HTMLElement;
    await user.type(within(form).getByLabelText("Id"), "troops-arrive");
    await user.type(within(form).getByLabelText("Name"), "Troops arrive");
    await user.type(within(form).getByLabelText("What it means"), "Armed force comes.");
    await user.click(within(form).getByRole("button", { name: "Add the role" }));

    const role = screen.getByRole("article", { name: "Role: Troops arrive" });
    await user.selectOptions(
      within(role).getByLabelText("Add an event of East Germany, 1953"),
      "Tanks arrive",
    );
    await user.selectOptions(
      within(role).getByLabelText("Add an event of Poland, 1956"),
      "Army arrives",
    );
    await user.selectOptions(within(role).getByLabelText("Add an event of Poland, 1956"), "March");

    expect(current().files["analogies.json"]).toMatchObject({
      roles: [
        {
          id: "troops-arrive",
          label: "Troops arrive",
          description: "Armed force comes.",
          members: [
            { episode: "east-1953", events: ["tanks-arrive"] },
            { episode: "poland-1956", events: ["army-arrives", "march"] },
          ],
        },
      ],
    });
    expect(current().files["collection.json"]).toMatchObject({ analogies: "analogies.json" });

    await user.click(
      within(role).getByRole("button", { name: "Take March out of the role in Poland, 1956" }),
    );
    await user.click(
      within(role).getByRole("button", { name: "Take East Germany, 1953 out of the role" }),
    );
    expect(current().files["analogies.json"]).toMatchObject({
      roles: [{ members: [{ episode: "poland-1956", events: ["army-arrives"] }] }],
    });
  });

  it("refuses a role id that is not an id, in the format's words", async () => {
    const user = userEvent.setup();
    const current = renderEditor(twoEpisodes());
    await user.type(screen.getAllByLabelText("Id").at(-1) as HTMLElement, "Troops Arrive");
    await user.click(screen.getByRole("button", { name: "Add the role" }));
    expect(screen.getByRole("alert")).toHaveTextContent(
      'role id "Troops Arrive" is not an id: expected lowercase letters and digits joined by single hyphens',
    );
    expect(current().files["analogies.json"]).toBeUndefined();
  });

  it("writes an alike and a differs statement, the one with its evidence", async () => {
    const user = userEvent.setup();
    const current = renderEditor(
      addRole(twoEpisodes(), { id: "troops-arrive", label: "Troops arrive", description: "" }),
    );
    const column = (name: string) =>
      screen.getByRole("heading", { name }).parentElement as HTMLElement;
    const alike = column("Alike");
    const differs = column("Differs");
    await user.type(
      within(alike).getByRole("textbox", { name: "New statement: alike" }),
      "Force ended a protest within days.",
    );
    await user.selectOptions(within(alike).getAllByLabelText("Evidence").at(-1) as HTMLElement, [
      "Tanks arrive",
      "Army arrives",
    ]);
    await user.click(within(alike).getByRole("button", { name: "Add to alike" }));
    await user.type(
      within(differs).getByRole("textbox", { name: "New statement: differs" }),
      "Soviet troops in one; the country's own army in the other.",
    );
    await user.click(within(differs).getByRole("button", { name: "Add to differs" }));

    expect(current().files["analogies.json"]).toMatchObject({
      roles: [
        {
          alike: [
            {
              text: "Force ended a protest within days.",
              evidence: ["east-1953/tanks-arrive", "poland-1956/army-arrives"],
            },
          ],
          differs: ["Soviet troops in one; the country's own army in the other."],
        },
      ],
    });

    // Evidence given to a plain statement makes it a statement with evidence, keeping its words.
    await user.selectOptions(within(differs).getAllByLabelText("Evidence")[0] as HTMLElement, [
      "Army arrives",
    ]);
    expect(current().files["analogies.json"]).toMatchObject({
      roles: [
        {
          differs: [
            {
              text: "Soviet troops in one; the country's own army in the other.",
              evidence: ["poland-1956/army-arrives"],
            },
          ],
        },
      ],
    });
    await user.type(within(differs).getByLabelText("Differs, statement 1"), "!");
    expect(current().files["analogies.json"]).toMatchObject({
      roles: [
        { differs: [{ text: "Soviet troops in one; the country's own army in the other.!" }] },
      ],
    });
  });

  it("gives the statements a source, and leaves no empty list when the last is removed", async () => {
    const user = userEvent.setup();
    const current = renderEditor(
      addRole(twoEpisodes(), { id: "troops-arrive", label: "Troops arrive", description: "" }),
    );
    const role = screen.getByRole("article", { name: "Role: Troops arrive" });
    await user.click(within(role).getByRole("button", { name: "Add a source" }));
    const source = within(role).getByRole("listitem", { name: "Source 1" });
    await user.type(within(source).getByLabelText("Title"), "Cold War crises");
    await user.type(within(source).getByLabelText("Web address"), "https://example.org/a");
    expect(current().files["analogies.json"]).toMatchObject({
      roles: [
        { sources: [{ title: "Cold War crises", publisher: "", url: "https://example.org/a" }] },
      ],
    });
    await user.click(within(source).getByRole("button", { name: "Remove source 1" }));
    expect((current().files["analogies.json"] as { roles: object[] }).roles[0]).not.toHaveProperty(
      "sources",
    );
  });

  it("shows the loader's problem of a member naming a missing event beside its picker", async () => {
    const draft = setRoleMember(scratchDraft(), 0, { episode: "east-1953", events: ["parade"] });
    const { problems } = await checkDraft(draft);
    const problem = problems.find((found) => found.path === "roles[0].members[0].events[0]");
    if (!problem)
      throw new Error(`no problem of the missing event among ${problems.map(formatProblem)}`);
    renderEditor(draft, { problems: [...problems] });
    const picker = document.getElementById(
      fieldId("analogies.json", "roles[0].members[0].events"),
    ) as HTMLElement;
    expect(picker).toHaveAccessibleName("Add an event of East Germany, 1953");
    expect(picker).toHaveAttribute("aria-invalid", "true");
    expect(picker).toHaveAccessibleDescription(formatProblem(problem));
    expect(formatProblem(problem)).toContain("parade");
  });

  it("changes nothing in a read-only project", async () => {
    const user = userEvent.setup();
    const onDraft = vi.fn();
    render(<Harness start={scratchDraft()} readOnly onDraft={onDraft} />);
    expect(screen.getByRole("button", { name: "Add the role" })).toBeDisabled();
    expect(screen.getByLabelText("Add an event of Poland, 1956")).toBeDisabled();
    expect(screen.getByRole("button", { name: "Remove the role Troops arrive" })).toBeDisabled();
    const role = screen.getByRole("article", { name: "Role: Troops arrive" });
    await user.type(within(role).getByLabelText("Name"), "!");
    await waitFor(() => expect(within(role).getByLabelText("Name")).toHaveValue("Troops arrive"));
    expect(onDraft).not.toHaveBeenCalled();
  });
});
