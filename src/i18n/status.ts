import { localized } from "./localized";
/**
 * What the app and the embed say while a collection loads, when the page is
 * offline, and when a part of it could not be shown; loaded with the page.
 */
export interface StatusText {
  readonly loadingCollection: string;
  readonly offline: string;
  readonly failed: (part: string) => string;
  readonly tryAgain: string;
  readonly reload: string;
  readonly startAgain: string;
}

export const STATUS_TEXT: StatusText = localized("status", {
  loadingCollection: "Loading the collection…",
  offline: "You are offline. Echoes is showing the copy saved on this device.",
  failed: (part) => `${part} could not be shown.`,
  tryAgain: "Try again",
  reload: "Reload the page",
  startAgain: "Start again from the default view",
});
