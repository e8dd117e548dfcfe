import { formatNumber } from "./locale";

/** What the printed table of the events in view says; loaded with it. */
export interface PrintText {
  readonly caption: (count: number) => string;
  readonly columns: {
    readonly episode: string;
    readonly date: string;
    readonly event: string;
    readonly sources: string;
  };
  readonly kind: (kind: string) => string;
  readonly source: (
    title: string,
    publisher: string,
    locator: string | undefined,
    url: string,
  ) => string;
}

export const PRINT_TEXT: PrintText = {
  caption: (count) => `Events in view (${formatNumber(count)}), with their sources`,
  columns: { episode: "Episode", date: "Date", event: "Event", sources: "Sources" },
  kind: (kind) => `(${kind.toLowerCase()})`,
  source: (title, publisher, locator, url) =>
    `${title}, ${publisher}${locator ? `, ${locator}` : ""}: ${url}`,
};
