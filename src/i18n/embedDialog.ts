import type { EmbedTheme } from "../components/Share/EmbedDialog";

/** What the dialog that builds the embed code says; loaded with the dialog. */
export interface EmbedDialogText {
  readonly heading: string;
  readonly height: string;
  readonly showArticle: string;
  readonly theme: string;
  readonly themes: Record<EmbedTheme, string>;
  readonly code: string;
  readonly copy: string;
  readonly copied: string;
  readonly close: string;
  readonly note: string;
  readonly preview: string;
  /** The embedded frame's title on the newsroom's page. */
  readonly frameTitle: (title: string) => string;
}

export const EMBED_DIALOG_TEXT: EmbedDialogText = {
  heading: "Embed this view",
  height: "Height in pixels",
  showArticle: "Show the article beside the timeline",
  theme: "Theme",
  themes: { "": "Follow the reader's setting", light: "Light", dark: "Dark" },
  code: "Code for your page",
  copy: "Copy code",
  copied: "Code copied",
  close: "Close",
  note: "With the script, the frame takes the height its content needs; the height above is what it starts at and keeps without the script.",
  preview: "Preview of the embed",
  frameTitle: (title) => `Echoes: ${title}`,
};
