import { HEADLINE } from "../data/format/excerptPlace";
import type { Verdict } from "../data/format/vocabulary";
import {
  addItem,
  addListedFile,
  checkNewId,
  type Draft,
  fileHeader,
  getField,
  setField,
} from "./draft";
import type { JsonObject } from "./jsonPath";

/** Where a new article goes, as in data/. */
export const articlePath = (id: string) => `articles/${id}.json`;

/** Pasted text as paragraphs: one per line of text, blank lines and the spaces around them dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

export interface NewArticle {
  readonly id: string;
  readonly title: string;
  /** The article's text as pasted. */
  readonly text: string;
  readonly publisher?: string;
  readonly author?: string;
  readonly published?: string;
  readonly url?: string;
}

/** Adds an article from its pasted text, with no excerpts yet. */
export function addArticle(draft: Draft, article: NewArticle): Draft {
  checkNewId("article", article.id);
  const path = articlePath(article.id);
  const { text, ...fields } = article;
  const given = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  );
  return addListedFile(draft, "article", path, {
    ...fileHeader("article", path),
    ...(given as JsonObject),
    paragraphs: paragraphsOf(text),
    excerpts: [],
  });
}

export interface Selection {
  /** The excerpt's id. */
  readonly id: string;
  /** The paragraph's index, from 0, or the headline. */
  readonly paragraph: number | typeof HEADLINE;
  /** Where the selected words start and end in that paragraph's text. */
  readonly start: number;
  readonly end: number;
  readonly events?: readonly string[];
}

/** Makes an excerpt of the words selected in a paragraph, so that its quote is word for word. */
export function addExcerpt(draft: Draft, path: string, selection: Selection): Draft {
  const { id, paragraph, start, end, events = [] } = selection;
  const field = paragraph === HEADLINE ? "title" : `paragraphs[${paragraph}]`;
  const text = getField(draft, path, field);
  if (typeof text !== "string") {
    throw new Error(
      `${path}: ${field}: is not text: expected the paragraph the words are selected in`,
    );
  }
  if (!(0 <= start && start < end && end <= text.length)) {
    throw new Error(
      `${path}: ${field}: cannot select ${start} to ${end}: expected some of its ${text.length} characters`,
    );
  }
  return addItem(draft, path, "excerpts", {
    id,
    paragraph,
    quote: text.slice(start, end),
    events: [...events],
  });
}

export interface ClaimCheck {
  readonly verdict: Verdict;
  readonly note: string;
  readonly sources: readonly JsonObject[];
}

/** Gives an excerpt its check, or takes it away with undefined. */
export function setCheck(
  draft: Draft,
  path: string,
  excerptIndex: number,
  check: ClaimCheck | undefined,
): Draft {
  const written = check && { ...check, sources: [...check.sources] };
  return setField(draft, path, `excerpts[${excerptIndex}].check`, written);
}
