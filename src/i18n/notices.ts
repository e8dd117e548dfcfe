import { formatNumber } from "./locale";
import { localized } from "./localized";

/**
 * What the app and the embed say when loading went wrong: a collection that
 * could not be loaded, the parts that could not, a link's view that could not
 * be restored. Loaded only then (the wait and being offline: see status.ts).
 */
export interface NoticeText {
  readonly failed: string;
  /** Said before and after the address of the collection. */
  readonly triedToLoad: readonly [before: string, after: string];
  /** Said before and after the command that lists the same problems. */
  readonly validateHint: readonly [before: string, command: string, after: string];
  readonly openCurated: string;
  readonly partlyLoaded: (problems: number) => string;
  readonly restShown: string;
  /** Notes on how the collection was read, where nothing was left out. */
  readonly notes: (count: number) => string;
  readonly allShown: string;
  readonly leftOut: (what: string) => string;
  readonly linkNotRestored: string;
  readonly nearestView: string;
  readonly dismiss: string;
}

export const NOTICE_TEXT: NoticeText = localized("notices", {
  failed: "This collection could not be loaded",
  triedToLoad: ["Echoes tried to load", "and found:"],
  validateHint: [
    "If you are the author,",
    "npm run validate",
    "lists the same problems from the command line.",
  ],
  openCurated: "Open the curated collection instead",
  partlyLoaded: (problems) =>
    `Part of this collection could not be loaded (${formatNumber(problems)} ${problems === 1 ? "problem" : "problems"})`,
  restShown: "Everything else is shown. The files need fixing where listed:",
  notes: (count) =>
    `${count === 1 ? "A note" : `${formatNumber(count)} notes`} on reading this collection`,
  allShown: "Everything is shown; worth knowing:",
  leftOut: (what) => `Left out: ${what}.`,
  linkNotRestored: "Part of this link's view could not be restored",
  nearestView: "The nearest view is shown instead:",
  dismiss: "Dismiss",
});
