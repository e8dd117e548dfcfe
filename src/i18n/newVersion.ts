import { localized } from "./localized";
/** What the page says when a new version of Echoes is ready; loaded only then. */
export interface NewVersionText {
  readonly ready: string;
  readonly reload: string;
}

export const NEW_VERSION_TEXT: NewVersionText = localized("newVersion", {
  ready: "A new version of Echoes is ready.",
  reload: "Reload to use it",
});
