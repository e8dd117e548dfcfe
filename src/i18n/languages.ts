/** A language the interface can be shown in. */
export interface InterfaceLanguage {
  /** Its BCP 47 tag, as the address (`lang=`) and the page's `lang` attribute carry it. */
  readonly tag: string;
  /** The locale Intl formats dates, numbers, lists and plurals in. */
  readonly locale: string;
  /** Its name in itself, as the language switch offers it. */
  readonly name: string;
  readonly dir: "ltr" | "rtl";
}

export const ENGLISH: InterfaceLanguage = {
  tag: "en",
  locale: "en-GB",
  name: "English",
  dir: "ltr",
};

/** The languages the switch offers, English first. */
export const INTERFACE_LANGUAGES: readonly InterfaceLanguage[] = [
  ENGLISH,
  { tag: "hu", locale: "hu", name: "Magyar", dir: "ltr" },
  { tag: "cs", locale: "cs", name: "Čeština", dir: "ltr" },
  { tag: "ru", locale: "ru", name: "Русский", dir: "ltr" },
  { tag: "kk", locale: "kk", name: "Қазақша", dir: "ltr" },
];

/**
 * The English text written right to left, in Arabic's layout and formats: a pseudo-locale that
 * proves the right-to-left layout without a translation no one here can check. Chromium's
 * right-to-left pseudo-locale has the same tag. Only the address asks for it (`lang=ar-XB`).
 */
export const RIGHT_TO_LEFT_TEST: InterfaceLanguage = {
  tag: "ar-XB",
  locale: "ar",
  name: "English, right to left (ar-XB)",
  dir: "rtl",
};

const primarySubtag = (tag: string) => tag.toLowerCase().split("-")[0];

/**
 * The interface language for a tag: the language itself, or the one its primary subtag names
 * ("hu-HU" is Hungarian, "en-US" English). The right-to-left test only by its own tag.
 */
export function languageOfTag(tag: string): InterfaceLanguage | undefined {
  if (tag.toLowerCase() === RIGHT_TO_LEFT_TEST.tag.toLowerCase()) return RIGHT_TO_LEFT_TEST;
  return INTERFACE_LANGUAGES.find((language) => language.tag === primarySubtag(tag));
}

/**
 * The language a page opens in: the address's `lang=` if Echoes has it, else the first of the
 * browser's languages that it has, else English.
 */
export function chooseLanguage(
  requested: string | null,
  browserLanguages: readonly string[],
): InterfaceLanguage {
  const asked = requested === null ? undefined : languageOfTag(requested);
  return (
    asked ?? browserLanguages.map(languageOfTag).find((found) => found !== undefined) ?? ENGLISH
  );
}

/** Whether content in a language reads as another than the interface's ("en" is not "hu"; "en-US" is "en"). */
export function isOtherLanguage(contentTag: string | undefined, shown: InterfaceLanguage): boolean {
  return contentTag !== undefined && primarySubtag(contentTag) !== primarySubtag(shown.tag);
}

/** Languages written right to left, by primary subtag. */
const RIGHT_TO_LEFT = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"]);

/** The direction a language is written in: "rtl" for Arabic, Hebrew, Persian…, else "ltr". */
export const textDirection = (tag: string): "ltr" | "rtl" =>
  RIGHT_TO_LEFT.has(primarySubtag(tag) ?? "") ? "rtl" : "ltr";

/**
 * The attributes of an element that shows text written in a language, when it is known: its
 * `lang`, for screen readers, and its `dir`, so that English content reads left to right in a
 * right-to-left interface and the reverse.
 */
export function writtenIn(tag: string | undefined): { lang?: string; dir?: "ltr" | "rtl" } {
  return tag === undefined ? {} : { lang: tag, dir: textDirection(tag) };
}
