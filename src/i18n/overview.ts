import { formatNumber } from "./locale";
import { localized } from "./localized";

/** The strip of every event under the chart. */
export interface OverviewText {
  readonly title: string;
  readonly window: string;
  /** Where the window is, in percent of the whole timeline. */
  readonly position: (shownPercent: number, centrePercent: number) => string;
  /** A calendar lane's first and last dates, at the ends of its row: "1956", or "Oct 1956" within one year. */
  readonly laneRange: (episode: string, from: string, to: string) => string;
}

/** Over a chart whose view shows no event. */
export interface EmptyViewText {
  readonly message: string;
  readonly showNearest: string;
  readonly fitAll: string;
}

export const OVERVIEW_TEXT: OverviewText = localized("overview", {
  title:
    "Overview of all events, taller where they are many; click or drag to move the visible window",
  window: "Visible part of the timeline",
  position: (shownPercent, centrePercent) =>
    `${formatNumber(shownPercent, "percent")} of the timeline shown, centred at ${formatNumber(centrePercent, "percent")}`,
  laneRange: (episode, from, to) =>
    from === to ? `${episode}: ${from}` : `${episode}: ${from} to ${to}`,
});

export const EMPTY_VIEW_TEXT: EmptyViewText = localized("emptyView", {
  message: "No events in this stretch of time.",
  showNearest: "Go to the nearest events",
  fitAll: "Show every event",
});
