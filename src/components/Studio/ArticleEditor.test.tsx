import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { scratchDraft } from "../../../tests/support/studioDraft";
import { formatProblem } from "../../data/format/problem";
import { checkDraft } from "../../studio/checkDraft";
import { type Draft, removeFile, setField } from "../../studio/draft";
import { articlePath } from "../../studio/editArticle";
import { ArticleEditor } from "./ArticleEditor";
import {
  EditorHarness,
  type EditorHarnessProps,
  type EditorOptions,
  renderEditor as renderWith,
} from "./editorTestUtils";
import { fieldId } from "./fieldId";

/** The scratch collection without its article, to write one anew. */
const withoutArticle = () => removeFile(scratchDraft(), articlePath("echoes"));

const Harness = (props: Omit<EditorHarnessProps, "children">) => (
  <EditorHarness {...props}>{(editor) => <ArticleEditor {...editor} />}</EditorHarness>
);

const renderEditor = (start: Draft, options?: EditorOptions) =>
  renderWith((editor) => <ArticleEditor {...editor} />, start, options);

const PASTED = "Soviet tanks rolled in within a day.\n\nThe leaders said they had been invited.\n";
const FILE = articlePath("tanks");

async function pasteArticle(user: ReturnType<typeof userEvent.setup>) {
  const form = screen.getByRole("heading", { name: "New article" }).closest("form") as HTMLElement;
  await user.type(within(form).getByLabelText("Id"), "tanks");
  await user.type(within(form).getByLabelText("Headline"), "Tanks again");
  await user.type(within(form).getByLabelText("Outlet"), "The Daily");
  await user.type(within(form).getByLabelText("Web address"), "https://example.org/tanks");
  await user.click(within(form).getByLabelText("Text, word for word"));
  await user.paste(PASTED);
  await user.click(within(form).getByRole("button", { name: "Add the article" }));
  return screen.getByRole("article", { name: "Article: Tanks again" });
}

describe("<ArticleEditor>", () => {
  it("adds a pasted article, one paragraph a line, and shows its text", async () => {
    const user = userEvent.setup();
    const current = renderEditor(withoutArticle());
    const article = await pasteArticle(user);
    expect(current().files[FILE]).toMatchObject({
      id: "tanks",
      title: "Tanks again",
      publisher: "The Daily",
      url: "https://example.org/tanks",
      paragraphs: [
        "Soviet tanks rolled in within a day.",
        "The leaders said they had been invited.",
      ],
      excerpts: [],
    });
    expect(current().files[FILE]).not.toHaveProperty("author");
    expect(within(article).getByText("The leaders said they had been invited.")).toBeVisible();
  });

  it("makes an excerpt of quoted words, links it to two events and gives it a verdict", async () => {
    const user = userEvent.setup();
    const current = renderEditor(withoutArticle());
    const article = await pasteArticle(user);
    await user.type(within(article).getByLabelText("Quote"), "tanks rolled in");
    await user.click(within(article).getByRole("button", { name: "Make an excerpt" }));

    const excerpt = within(article).getByRole("listitem", { name: "Excerpt tanks-rolled-in" });
    expect(within(excerpt).getByText("tanks rolled in")).toBeVisible();
    expect(within(excerpt).getByText("From: Paragraph 1")).toBeVisible();
    await user.selectOptions(within(excerpt).getByLabelText("Events it speaks of"), [
      "The tanks arrive",
      "The army arrives",
    ]);
    await user.selectOptions(within(excerpt).getByLabelText("Verdict"), "Imprecise");
    await user.type(within(excerpt).getByLabelText("What the record shows"), "Two days.");
    await user.click(within(excerpt).getByRole("button", { name: "Add a source" }));
    await user.type(within(excerpt).getByLabelText("Title"), "Cold War crises");

    expect(current().files[FILE]).toMatchObject({
      excerpts: [
        {
          id: "tanks-rolled-in",
          paragraph: 0,
          quote: "tanks rolled in",
          events: ["east-1953/tanks-arrive", "poland-1956/army-arrives"],
          check: {
            verdict: "imprecise",
            note: "Two days.",
            sources: [{ title: "Cold War crises", publisher: "", url: "" }],
          },
        },
      ],
    });
  });

  it("refuses words that are not in the text, saying so", async () => {
    const user = userEvent.setup();
    const current = renderEditor(withoutArticle());
    const article = await pasteArticle(user);
    await user.type(within(article).getByLabelText("Quote"), "tanks rolled out");
    await user.click(within(article).getByRole("button", { name: "Make an excerpt" }));
    expect(within(article).getByRole("alert")).toHaveTextContent(
      "“tanks rolled out” does not occur word for word in the headline or any paragraph",
    );
    expect(current().files[FILE]).toMatchObject({ excerpts: [] });
  });

  it("makes an excerpt of the words selected in a paragraph, with the id given", async () => {
    const user = userEvent.setup();
    const current = renderEditor(withoutArticle());
    const article = await pasteArticle(user);
    const words = within(article).getByText("The leaders said they had been invited.");
    const text = words.firstChild as Text;
    // A selection by mouse takes in the space before "said"; the excerpt leaves it out.
    act(() => {
      document.getSelection()?.setBaseAndExtent(text, 11, text, 21);
    });
    expect(await within(article).findByText("Selected: “said they”")).toBeVisible();
    await user.type(within(article).getByLabelText("Excerpt id"), "they-said");
    await user.click(within(article).getByRole("button", { name: "Make an excerpt" }));
    expect(current().files[FILE]).toMatchObject({
      excerpts: [{ id: "they-said", paragraph: 1, quote: "said they", events: [] }],
    });
  });

  it("shows a quote's problem beside it, and a missing source's beside the sources", async () => {
    // The paragraph changed under an excerpt, whose words are no longer in it.
    const draft = setField(scratchDraft(), articlePath("echoes"), "paragraphs[0]", "Troops came.");
    const { problems } = await checkDraft(draft);
    const problem = problems.find((found) => found.path === "excerpts[0].quote");
    if (!problem) throw new Error(`no problem of the quote among ${problems.map(formatProblem)}`);
    renderEditor(draft, { problems: [...problems] });
    const excerpt = screen.getByRole("listitem", { name: "Excerpt within-days" });
    expect(within(excerpt).getByText(formatProblem(problem))).toBeVisible();
    expect(formatProblem(problem)).toContain("Troops arrived within days");
  });

  it("changes nothing in a read-only project", async () => {
    const user = userEvent.setup();
    const onDraft = vi.fn();
    render(<Harness start={scratchDraft()} readOnly onDraft={onDraft} />);
    expect(screen.getByRole("button", { name: "Make an excerpt" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Add the article" })).toBeDisabled();
    const verdict = document.getElementById(
      fieldId(articlePath("echoes"), "excerpts[0].check.verdict"),
    ) as HTMLSelectElement;
    expect(verdict).toHaveValue("consistent");
    expect(verdict).toBeDisabled();
    const excerpt = screen.getByRole("listitem", { name: "Excerpt within-days" });
    await user.type(within(excerpt).getByLabelText("What the record shows"), "!");
    expect(within(excerpt).getByLabelText("What the record shows")).toHaveValue("A day apart.");
    expect(onDraft).not.toHaveBeenCalled();
  });
});
