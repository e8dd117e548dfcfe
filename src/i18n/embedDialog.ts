import { localized } from "./localized";
/** The look an embed is given: light, dark, or "" for each reader's own setting. */
export type EmbedTheme = "light" | "dark" | "";

/** What the dialog that builds the embed code says; loaded with the dialog. */
export interface EmbedDialogText {
  readonly heading: string;
  readonly width: string;
  readonly height: string;
  readonly compact: string;
  readonly showArticle: string;
  readonly theme: string;
  readonly themes: Record<EmbedTheme, string>;
  readonly language: string;
  /** The choice that leaves the embed in each reader's own browser language. */
  readonly readersLanguage: string;
  /** What the options do at the chosen width and height. */
  readonly about: {
    readonly heading: string;
    readonly alone: (width: number) => string;
    readonly switched: (width: number) => string;
    readonly beside: (width: number) => string;
    readonly compact: string;
    readonly short: (height: number) => string;
    readonly full: string;
    readonly roomy: (height: number, fromWidth: number) => string;
    readonly cramped: (height: number) => string;
    readonly narrowColumn: (fromWidth: number) => string;
  };
  readonly code: string;
  readonly copy: string;
  readonly copied: string;
  readonly close: string;
  readonly note: string;
  readonly preview: string;
  /** The embedded frame's title on the newsroom's page. */
  readonly frameTitle: (title: string) => string;
}

export const EMBED_DIALOG_TEXT: EmbedDialogText = localized("embedDialog", {
  heading: "Embed this view",
  width: "Width of your column in pixels (for the preview)",
  height: "Height in pixels",
  compact: "Compact, for an article's column",
  showArticle: "Show the article",
  theme: "Theme",
  themes: { "": "Follow the reader's setting", light: "Light", dark: "Dark" },
  language: "Language",
  readersLanguage: "Each reader's browser language",
  about: {
    heading: "At this size",
    alone: (width) =>
      `At ${width} px wide the timeline takes the full width; a chosen event's details open over the chart.`,
    switched: (width) =>
      `At ${width} px wide the article opens with a Timeline / Article switch above the chart; choosing a passage switches back to the timeline, with its events marked.`,
    beside: (width) =>
      `At ${width} px wide the article sits beside the timeline and scrolls on its own; a chosen event's details open over the chart.`,
    compact:
      "Compact: the time axis, day 0 and zoom on one row, without Copy link or Download buttons; Open in Echoes, under the chart, leads to the full app.",
    short: (height) =>
      `At ${height} px tall the controls shrink to one or two rows, without Copy link or Download buttons.`,
    full: "Copy link and Download buttons under the controls.",
    roomy: (height, fromWidth) =>
      `At ${height} px tall the chart has all its usual rows in a column ${fromWidth} px or wider, with no scrollbar inside the frame.`,
    cramped: (height) =>
      `At ${height} px tall the chart shows fewer rows per lane (more +N) to fit; with the script, the frame grows until every row shows.`,
    narrowColumn: (fromWidth) =>
      `In a column narrower than ${fromWidth} px the controls may take another row: with the script, the frame grows to fit; without it, the chart gives up rows.`,
  },
  code: "Code for your page",
  copy: "Copy code",
  copied: "Code copied",
  close: "Close",
  note: "With the script, the frame takes the height its content needs; the height above is what it starts at and keeps without the script.",
  preview: "Preview of the embed",
  frameTitle: (title) => `Echoes: ${title}`,
});
