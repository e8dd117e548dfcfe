import type { Page } from "../store/slices/viewSlice";

/** What the page around the views says. */
export interface AppText {
  readonly skipToTable: string;
  readonly views: string;
  readonly pages: Record<Page, string>;
  readonly loadingView: string;
}

export const APP_TEXT: AppText = {
  skipToTable: "Skip to the table of events",
  views: "Views",
  pages: { timeline: "Timeline", matrix: "Analogy matrix", table: "Table of events" },
  loadingView: "Loading…",
};
