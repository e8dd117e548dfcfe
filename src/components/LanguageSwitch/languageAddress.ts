import type { InterfaceLanguage } from "../../i18n/languages";

/** The address with the interface's language in it, so that a copied link or embed keeps it. */
export function addressWithLanguage(href: string, language: InterfaceLanguage): string {
  const address = new URL(href);
  address.searchParams.set("lang", language.tag);
  return address.href;
}
