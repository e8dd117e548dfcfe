import type { SortKey } from "../table/eventRows";
import { formatNumber } from "./locale";
import { localized } from "./localized";

/** What the table of events says; one place per part of the app, so each loads with its part. */
export interface TableText {
  readonly heading: string;
  readonly intro: string;
  readonly search: string;
  readonly searchHint: string;
  readonly caption: (shown: number, total: number) => string;
  readonly columns: Record<SortKey | "sources", string>;
  readonly sortBy: (column: string) => string;
  readonly showOnTimeline: string;
  readonly noRows: string;
}

export const TABLE_TEXT: TableText = localized("table", {
  heading: "Table of events",
  intro:
    "Every event of the collection as a table: the timeline's equivalent in text. The kinds and episodes shown are the timeline's; choosing an event here selects it there.",
  search: "Find events",
  searchHint: "Words in the title, summary, place, people or sources",
  caption: (shown, total) =>
    shown === total
      ? `All ${formatNumber(total)} events`
      : `${formatNumber(shown)} of ${formatNumber(total)} events shown`,
  columns: {
    episode: "Episode",
    date: "Date",
    title: "Event",
    kind: "Kind",
    certainty: "Certainty",
    sources: "Sources",
  },
  sortBy: (column) => `Sort by ${column.toLowerCase()}`,
  showOnTimeline: "Show on the timeline",
  noRows: "No event matches. Show more kinds or episodes, or change the words you are looking for.",
});
