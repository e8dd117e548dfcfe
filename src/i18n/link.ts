import { localized } from "./localized";
/** What the page says of an address it could not show in full: each part it had to leave out. */
export interface LinkText {
  readonly mode: (shown: string) => string;
  readonly role: (shown: string) => string;
  readonly kind: (shown: string) => string;
  readonly episode: (shown: string) => string;
  readonly passage: (shown: string) => string;
  readonly event: (shown: string) => string;
  readonly view: (shown: string) => string;
  readonly lesson: (shown: string) => string;
  readonly stop: (shown: string, stops: number) => string;
  readonly zoom: (shown: string) => string;
  /** expected: the allowed ranges, as the page writes them (numbers and signs only). */
  readonly zoomBeyond: (shown: string, expected: string) => string;
  /** expected: the language tags Echoes has, already joined as a list. */
  readonly language: (shown: string, expected: string) => string;
}

export const LINK_TEXT: LinkText = localized("link", {
  mode: (shown) => `the time axis ${shown} is not one (expected aligned, calendar or sequence)`,
  role: (shown) => `the analogy role ${shown} is not in this collection`,
  kind: (shown) => `${shown} is not a kind of event`,
  episode: (shown) => `the episode ${shown} is not in this collection`,
  passage: (shown) => `the article passage ${shown} is not in this collection`,
  event: (shown) => `the event ${shown} is not in this collection`,
  view: (shown) =>
    `the view ${shown} is not one (expected timeline, matrix, table, corrections or studio)`,
  lesson: (shown) => `the lesson ${shown} is not in this collection`,
  stop: (shown, stops) =>
    `the lesson has no stop ${shown} (expected 1 to ${stops}), so it starts at the first`,
  zoom: (shown) => `the zoom ${shown} is not one (expected a scale and a shift, e.g. "2,-0.5")`,
  zoomBeyond: (shown, expected) =>
    `the zoom ${shown} is beyond any the chart allows (expected ${expected})`,
  language: (shown, expected) =>
    `the language ${shown} is not one Echoes speaks (expected ${expected}), so the page is in the browser's language`,
});
