import { createContext, useContext } from "react";
import { useEchoes } from "../../store/EchoesProvider";
import { selectCollection } from "../../store/selectors";

/** The language of the collection shown, for the parts that show its text, however deep. */
export const ContentLanguageContext = createContext<string | undefined>(undefined);

/** The language the collection's text is written in, for the `lang` of what shows it. */
export const useContentLanguage = (): string | undefined => useContext(ContentLanguageContext);

/** The shown collection's language, as the store has it, for ContentLanguageContext. */
export const useCollectionLanguage = (): string | undefined =>
  useEchoes((state) => selectCollection(state)?.language);

/** The language of an article's text: its own, else the collection's. */
export function useArticleLanguage(articleLanguage: string | undefined): string | undefined {
  const collection = useContentLanguage();
  return articleLanguage ?? collection;
}

/**
 * The content's language as named in the interface's: "English", or "angol" in Hungarian. Where
 * the browser has no name for it in that language, its name in itself ("English").
 */
export function languageName(tag: string, locale: string): string {
  const nameIn = (names: string) => {
    try {
      return new Intl.DisplayNames([names], { type: "language", fallback: "none" }).of(tag);
    } catch {
      return undefined;
    }
  };
  const named = nameIn(locale);
  return named && named !== tag ? named : (nameIn(tag) ?? tag);
}
