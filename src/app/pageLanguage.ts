import type { InterfaceLanguage } from "../i18n/languages";

/** Marks the page with the interface's language and direction, for screen readers and the layout. */
export function markPageLanguage(root: HTMLElement, language: InterfaceLanguage): void {
  root.lang = language.tag;
  root.dir = language.dir;
}
