import { localized } from "./localized";
/** What the filters of kinds and episodes say, on the timeline and above the table of events. */
export interface FiltersText {
  readonly kinds: string;
  readonly episodes: string;
  readonly moveUp: (episode: string) => string;
  readonly moveDown: (episode: string) => string;
}

export const FILTERS_TEXT: FiltersText = localized("filters", {
  kinds: "Kinds of event",
  episodes: "Episodes",
  moveUp: (episode) => `Move ${episode} up`,
  moveDown: (episode) => `Move ${episode} down`,
});
