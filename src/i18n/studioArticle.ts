import { formatNumber } from "./locale";
import { localized } from "./localized";
import { STUDIO_SOURCE_TEXT, type StudioSourceText } from "./studioSources";

/** What the Studio's editor of articles, their excerpts and claim checks says. */
export interface StudioArticleText extends StudioSourceText {
  readonly heading: string;
  readonly intro: string;
  readonly noArticles: string;
  readonly newArticle: string;
  readonly id: string;
  readonly idHint: string;
  readonly title: string;
  readonly titleHint: string;
  readonly publisher: string;
  readonly author: string;
  readonly published: string;
  readonly publishedHint: string;
  readonly url: string;
  readonly urlHint: string;
  readonly editorialNote: string;
  readonly editorialNoteHint: string;
  readonly text: string;
  readonly textHint: string;
  readonly addArticle: string;
  readonly articleHeading: (title: string) => string;
  readonly removeArticle: (title: string) => string;
  readonly theText: string;
  readonly theTextHint: string;
  readonly headline: string;
  readonly paragraph: (index: number) => string;
  readonly replaceText: string;
  readonly replaceTextHint: string;
  readonly applyText: string;
  readonly selected: (quote: string) => string;
  readonly nothingSelected: string;
  readonly quote: string;
  readonly quoteHint: string;
  readonly excerptId: string;
  readonly excerptIdHint: string;
  readonly makeExcerpt: string;
  readonly nothingChosen: string;
  readonly notFound: (quote: string) => string;
  readonly excerpts: string;
  readonly noExcerpts: string;
  readonly excerptHeading: (id: string) => string;
  readonly excerptPlace: (place: string) => string;
  readonly events: string;
  readonly eventsHint: string;
  readonly unknownEvent: (ref: string) => string;
  readonly check: string;
  readonly verdict: string;
  readonly verdictHint: string;
  readonly noCheck: string;
  readonly note: string;
  readonly noteHint: string;
  readonly sources: string;
  readonly sourcesHint: string;
  readonly removeExcerpt: (id: string) => string;
}

export const STUDIO_ARTICLE_TEXT: StudioArticleText = localized("studioArticle", {
  ...STUDIO_SOURCE_TEXT,
  heading: "Articles",
  intro:
    "An article that drew the analogy: its text word for word, and excerpts of it linked to the events they speak of, each with a check of its claim.",
  noArticles: "No article yet.",
  newArticle: "New article",
  id: "Id",
  idHint: 'Lowercase letters and digits joined by hyphens, e.g. "eerie-echoes"',
  title: "Headline",
  titleHint: "As printed",
  publisher: "Outlet",
  author: "Author",
  published: "Published",
  publishedHint: "The day, e.g. 2022-01-07; only if you can support it",
  url: "Web address",
  urlHint: "Starting with https://; only if you can support it",
  editorialNote: "Editorial note",
  editorialNoteHint: "What was left out of the page, e.g. adverts and links to other stories",
  text: "Text, word for word",
  textHint: "Paste the article: each line is a paragraph; blank lines are dropped.",
  addArticle: "Add the article",
  articleHeading: (title) => `Article: ${title}`,
  removeArticle: (title) => `Remove the article ${title}`,
  theText: "The text",
  theTextHint:
    "Select words in the headline or in one paragraph, or paste them into Quote, then make an excerpt of them.",
  headline: "Headline",
  paragraph: (index) => `Paragraph ${formatNumber(index + 1)}`,
  replaceText: "Replace the text",
  replaceTextHint:
    "Each line is a paragraph. Excerpts keep their words: one whose words are no longer in its paragraph is flagged.",
  applyText: "Use this text",
  selected: (quote) => `Selected: “${quote}”`,
  nothingSelected: "Nothing selected in the text.",
  quote: "Quote",
  quoteHint: "Or paste the exact words here: same capitals and punctuation",
  excerptId: "Excerpt id",
  excerptIdHint: "Left empty, one is made from the words",
  makeExcerpt: "Make an excerpt",
  nothingChosen: "Select words in the text, or paste them into Quote, first.",
  notFound: (quote) =>
    `“${quote}” does not occur word for word in the headline or any paragraph: expected the same words, capitals and punctuation`,
  excerpts: "Excerpts",
  noExcerpts: "No excerpt yet.",
  excerptHeading: (id) => `Excerpt ${id}`,
  excerptPlace: (place) => `From: ${place}`,
  events: "Events it speaks of",
  eventsHint: "By episode; hold Ctrl or Cmd to choose several",
  unknownEvent: (ref) => `${ref} (not found)`,
  check: "Check of the claim",
  verdict: "Verdict",
  verdictHint:
    "Judge the words as written: imprecise is right in substance but off in a date, number or word",
  noCheck: "No check",
  note: "What the record shows",
  noteHint: "And how it differs from the claim",
  sources: "Sources",
  sourcesHint: "Every verdict but unverifiable needs at least one",
  removeExcerpt: (id) => `Remove the excerpt ${id}`,
});
