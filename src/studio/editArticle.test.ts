import { describe, expect, it } from "vitest";
import { blankDraft, getField, listedFiles } from "./draft";
import { addArticle, addExcerpt, articlePath, paragraphsOf, setCheck } from "./editArticle";

const path = articlePath("echoes");
const withArticle = () =>
  addArticle(blankDraft("Mine"), {
    id: "echoes",
    title: "Eerie echoes",
    text: "  First paragraph.  \r\n\r\n\nSecond one.\n",
    url: "https://example.org/a",
  });

describe("paragraphsOf(text)", () => {
  it("takes each line of pasted text as a paragraph, blank lines and edge spaces dropped", () => {
    expect(paragraphsOf("One.\n\n  Two.\r\nThree.\n")).toEqual(["One.", "Two.", "Three."]);
  });
});

describe("addArticle(draft, article)", () => {
  it("adds the article's file, with the fields given, and names it in the manifest", () => {
    const draft = withArticle();
    expect(listedFiles(draft, "article")).toEqual(["articles/echoes.json"]);
    expect(draft.files[path]).toEqual({
      $schema: "../schema/article.schema.json",
      formatVersion: 1,
      id: "echoes",
      title: "Eerie echoes",
      url: "https://example.org/a",
      paragraphs: ["First paragraph.", "Second one."],
      excerpts: [],
    });
  });
});

describe("addExcerpt(draft, path, selection)", () => {
  it("quotes the selected words exactly, from a paragraph or the headline", () => {
    let draft = addExcerpt(withArticle(), path, { id: "one", paragraph: 1, start: 0, end: 6 });
    draft = addExcerpt(draft, path, {
      id: "framing",
      paragraph: "headline",
      start: 6,
      end: 12,
      events: ["a/x"],
    });
    expect(getField(draft, path, "excerpts")).toEqual([
      { id: "one", paragraph: 1, quote: "Second", events: [] },
      { id: "framing", paragraph: "headline", quote: "echoes", events: ["a/x"] },
    ]);
  });

  it("names the paragraph it cannot select in, and what it holds", () => {
    expect(() =>
      addExcerpt(withArticle(), path, { id: "x", paragraph: 5, start: 0, end: 1 }),
    ).toThrow(
      "articles/echoes.json: paragraphs[5]: is not text: expected the paragraph the words are selected in",
    );
    expect(() =>
      addExcerpt(withArticle(), path, { id: "x", paragraph: 0, start: 3, end: 40 }),
    ).toThrow(
      "articles/echoes.json: paragraphs[0]: cannot select 3 to 40: expected some of its 16 characters",
    );
  });
});

describe("setCheck(draft, path, excerpt, check)", () => {
  it("gives an excerpt a verdict, note and sources, and takes it away", () => {
    const source = { title: "T", publisher: "P", url: "https://example.org/" };
    const excerpt = addExcerpt(withArticle(), path, { id: "one", paragraph: 0, start: 0, end: 5 });
    const checked = setCheck(excerpt, path, 0, {
      verdict: "imprecise",
      note: "Off by a day.",
      sources: [source],
    });
    expect(getField(checked, path, "excerpts[0].check")).toEqual({
      verdict: "imprecise",
      note: "Off by a day.",
      sources: [source],
    });
    expect(getField(setCheck(checked, path, 0, undefined), path, "excerpts[0]")).toEqual({
      id: "one",
      paragraph: 0,
      quote: "First",
      events: [],
    });
  });
});
