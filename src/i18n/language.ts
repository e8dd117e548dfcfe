import { localized } from "./localized";
/** What the language switch, and the notice over content in another language, say. */
export interface LanguageText {
  /** The switch's label: the interface's language. */
  readonly label: string;
  /**
   * Over content written in another language than the interface's: language is that language's
   * name in the interface's own ("English", or "angol" in Hungarian).
   */
  readonly contentIn: (language: string) => string;
}

export const LANGUAGE_TEXT: LanguageText = localized("language", {
  label: "Language",
  contentIn: (language) => `This collection is in ${language}.`,
});
