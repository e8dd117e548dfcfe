/** What the app and the embed say while a collection loads, and when the page is offline; loaded with the page. */
export interface StatusText {
  readonly loadingCollection: string;
  readonly offline: string;
}

export const STATUS_TEXT: StatusText = {
  loadingCollection: "Loading the collection…",
  offline: "You are offline. Echoes is showing the copy saved on this device.",
};
