import { localized } from "./localized";
/** What the corrections log says, and the mark on an event it corrected. */
export interface CorrectionsText {
  readonly heading: string;
  readonly intro: string;
  readonly empty: string;
  readonly wrong: string;
  readonly now: string;
  readonly sources: string;
  readonly events: string;
  readonly passages: string;
  readonly roles: string;
  /** An event the correction touches, as a link to it on the timeline. */
  readonly event: (episode: string, title: string, date: string) => string;
  /** A passage it touches, as a link to it in the article. */
  readonly passage: (quote: string, article: string) => string;
  /** In an event's details: it was corrected on that day. */
  readonly corrected: (date: string) => string;
  /** The same mark as a link, read in full: where it leads. */
  readonly correctedLink: (date: string) => string;
}

export const CORRECTIONS_TEXT: CorrectionsText = localized("corrections", {
  heading: "Corrections",
  intro:
    "What this collection once said wrongly, what it says now and the sources for the change, newest first. Choose an event or a passage to see it as it is now.",
  empty: "Nothing has been corrected in this collection.",
  wrong: "It said",
  now: "It says now",
  sources: "Sources",
  events: "Events",
  passages: "Article passages",
  roles: "Analogy roles",
  event: (episode, title, date) => `${episode}: ${title} (${date})`,
  passage: (quote, article) => `“${quote}” (${article})`,
  corrected: (date) => `Corrected ${date}`,
  correctedLink: (date) => `Corrected ${date}: read the correction`,
});
