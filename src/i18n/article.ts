import { formatNumber } from "./locale";
import { localized } from "./localized";

/** What the article reader says. */
export interface ArticleText {
  readonly heading: string;
  readonly picker: string;
  /** The line under the headline; each part that is not known is said to be so. */
  readonly sourceLine: (author?: string, publisher?: string, date?: string) => string;
  /** The link to the article where it was published. */
  readonly original: string;
  readonly claimsOnly: (count: number) => string;
  /** The accessible name of a passage: its text, and the events it is linked to. */
  readonly passage: (
    text: string,
    links: readonly { readonly event: string; readonly episode: string }[],
  ) => string;
  readonly verdictButton: (verdict: string, open: boolean) => string;
  readonly checked: (verdict: string) => string;
  readonly sources: string;
}

export const ARTICLE_TEXT: ArticleText = localized("article", {
  heading: "The article",
  picker: "Article",
  sourceLine: (author, publisher, date) =>
    [
      author ? `By ${author}` : undefined,
      publisher ?? "Publisher not known",
      date ?? "Date not known",
    ]
      .filter(Boolean)
      .join(" · "),
  original: "Read the original",
  claimsOnly: (count) => `Show only the checked claims (${formatNumber(count)})`,
  passage: (text, links) =>
    `“${text}”, ${
      links.length > 0
        ? `linked to ${links.map(({ event, episode }) => `${event} (${episode})`).join("; ")}`
        : "a claim with no linked event"
    }`,
  verdictButton: (verdict, open) => `${verdict} claim: ${open ? "hide" : "show"} the check`,
  checked: (verdict) => `Checked: ${verdict.toLowerCase()}.`,
  sources: "Sources:",
});
