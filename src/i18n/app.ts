import type { Page } from "../store/slices/viewSlice";
import { formatNumber } from "./locale";
import { localized } from "./localized";

/** What the page around the views says. */
export interface AppText {
  readonly brand: string;
  /** The heading until a collection has loaded and gives its own title. */
  readonly heading: string;
  /** The page's title, in the browser's tab and history. */
  readonly pageTitle: string;
  readonly skipToTable: string;
  readonly views: string;
  readonly pages: Record<Page, string>;
  /** The same, where a phone has room for one short word each. */
  readonly pagesShort: Record<Page, string>;
  readonly loadingView: string;
  /** The article beside the timeline, as named where it could not be shown. */
  readonly article: string;
  readonly allEvents: (count: number) => string;
  readonly episodeEvents: (episode: string) => string;
  readonly openFiles: OpenFilesText;
  /** Over the page while files are dragged onto it. */
  readonly dropHere: string;
  readonly dropHint: string;
}

/** What the page says about opening the reader's own files. */
export interface OpenFilesText {
  readonly open: string;
  readonly hint: string;
  readonly backToCurated: string;
  readonly tooLarge: (files: readonly string[], megabytes: number) => string;
  /** Where the collection came from, as the page names it when it cannot be loaded. */
  readonly source: (files: readonly string[]) => string;
}

export const APP_TEXT: AppText = localized("app", {
  brand: "Echoes",
  heading: "Historical episodes side by side",
  pageTitle: "Echoes: historical episodes side by side",
  skipToTable: "Skip to the table of events",
  views: "Views",
  pages: {
    timeline: "Timeline",
    matrix: "Analogy matrix",
    table: "Table of events",
    corrections: "Corrections",
    studio: "Make your own",
  },
  pagesShort: {
    timeline: "Timeline",
    matrix: "Matrix",
    table: "Table",
    corrections: "Fixes",
    studio: "Make",
  },
  loadingView: "Loading…",
  article: "The article",
  allEvents: (count) => `All events, by episode (${formatNumber(count)})`,
  episodeEvents: (episode) => `Events of ${episode}, in date order`,
  openFiles: {
    open: "Open your own files…",
    hint: "or drop them on the page: a collection with its files, or episodes as JSON or CSV",
    backToCurated: "Back to the curated collection",
    tooLarge: (files, megabytes) =>
      `${files.join(", ")}: larger than ${formatNumber(megabytes, "megabyte")}, the most Echoes reads`,
    source: (files) => `your files (${files.join(", ")})`,
  },
  dropHere: "Drop your files to open them",
  dropHint:
    "A collection with its files, or episodes as JSON or CSV. Nothing leaves this computer.",
});
