import { ENGLISH, type InterfaceLanguage } from "./languages";

/**
 * The words of the interface in the shown language. The modules of src/i18n/ hold the English and
 * read another language's words from here; which language is shown, and loading its catalog, is
 * interfaceLanguage.ts's.
 */

let shown: InterfaceLanguage = ENGLISH;
/** The shown language's catalog by section, or none for English, whose text the modules hold. */
let translation: object | undefined;
const englishSections = new Map<string, object>();
const listeners = new Set<() => void>();

/** The language the interface is shown in. */
export const interfaceLanguage = (): InterfaceLanguage => shown;

/** Shows the interface in a language, in its catalog's words, or in English's with none. */
export function showTranslation(language: InterfaceLanguage, catalog: object | undefined): void {
  shown = language;
  translation = catalog;
  for (const listener of listeners) listener();
}

/** Calls listener whenever the interface changes language; returns how to stop. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * English text that reads, key by key, the shown language's text from read(), else its own. A
 * nested part is itself read so, so that a part kept aside (`const TEXT = SECTION.part`) follows
 * the language too.
 */
function following(english: object, read: () => object | undefined): object {
  const parts = new Map<PropertyKey, object>();
  return new Proxy(english, {
    get(target, key) {
      const own: unknown = Reflect.get(target, key);
      if (own !== null && typeof own === "object" && !Array.isArray(own)) {
        let part = parts.get(key);
        if (!part) {
          part = following(own, () => {
            const shown = read();
            return shown && (Reflect.get(shown, key) as object | undefined);
          });
          parts.set(key, part);
        }
        return part;
      }
      const shown = read();
      return shown && key in shown ? Reflect.get(shown, key) : own;
    },
  });
}

/**
 * A section's text in the shown language: section is its name in the Catalog (catalog.ts), which
 * each language fills in whole. The English is the module's own, so that it loads with its part
 * of the app; another language's is read from its catalog when that has loaded.
 */
export function localized<T extends object>(section: string, english: T): T {
  englishSections.set(section, english);
  return following(
    english,
    () => translation && (Reflect.get(translation, section) as object | undefined),
  ) as T;
}

/** A section's English text, as its module wrote it; undefined until that module has loaded. */
export const englishSection = (section: string): object | undefined => englishSections.get(section);
