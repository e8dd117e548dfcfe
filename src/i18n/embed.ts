/** What the embed's own frame says around the timeline. */
export interface EmbedText {
  /** The heading until a collection has loaded and gives its own title. */
  readonly heading: string;
  readonly attribution: string;
  readonly openInEchoes: string;
}

export const EMBED_TEXT: EmbedText = {
  heading: "Echoes",
  attribution: "Echoes: historical episodes side by side, every event with its sources.",
  openInEchoes: "Open in Echoes",
};
