import { localized } from "./localized";
/** What the embed's own frame says around the timeline. */
export interface EmbedText {
  /** The heading until a collection has loaded and gives its own title. */
  readonly heading: string;
  readonly attribution: string;
  readonly openInEchoes: string;
  /** The switch between the timeline and the article in a narrow box. */
  readonly panes: {
    readonly label: string;
    readonly timeline: string;
    readonly article: string;
  };
}

export const EMBED_TEXT: EmbedText = localized("embed", {
  heading: "Echoes",
  attribution: "Echoes: historical episodes side by side, every event with its sources.",
  openInEchoes: "Open in Echoes",
  panes: { label: "Timeline or article", timeline: "Timeline", article: "Article" },
});
