import type { Catalog, CatalogSection } from "./catalog";
import { ENGLISH, type InterfaceLanguage } from "./languages";

let shown: InterfaceLanguage = ENGLISH;
/** The shown language's catalog, or none for English, whose text the modules of src/i18n/ hold. */
let translation: Catalog | undefined;
const englishSections: Partial<Record<CatalogSection, unknown>> = {};
const listeners = new Set<() => void>();

/** The language the interface is shown in. */
export const interfaceLanguage = (): InterfaceLanguage => shown;

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
 * A section's text in the shown language. The English is the module's own, so that it loads with
 * its part of the app; another language's is read from its catalog when that has loaded.
 */
export function localized<S extends CatalogSection>(section: S, english: Catalog[S]): Catalog[S] {
  englishSections[section] = english;
  return following(english, () => translation?.[section]) as Catalog[S];
}

/** A section's English text, as its module wrote it; undefined until that module has loaded. */
export const englishSection = <S extends CatalogSection>(section: S) =>
  englishSections[section] as Catalog[S] | undefined;

/** Each language's catalog, loaded only when that language is shown. */
const CATALOGS: Readonly<Record<string, () => Promise<Catalog>>> = {
  hu: () => import("./languages/hu").then((module) => module.HU),
  cs: () => import("./languages/cs").then((module) => module.CS),
  ru: () => import("./languages/ru").then((module) => module.RU),
  kk: () => import("./languages/kk").then((module) => module.KK),
  "ar-XB": () => import("./languages/rightToLeftTest").then((module) => module.rightToLeftTest()),
};

let lastAsked: InterfaceLanguage | undefined;
let intlData: Promise<typeof import("./intlData")> | undefined;

/** Loads a language's text, then shows the interface in it, unless another was asked for since. */
export async function showLanguage(language: InterfaceLanguage): Promise<void> {
  lastAsked = language;
  const load = CATALOGS[language.tag];
  // English's dates and numbers need nothing unless another language has had to stand in for them.
  if (load && !intlData) intlData = import("./intlData");
  const formats = intlData?.then((module) => module.ensureIntlData(language.locale));
  const [catalog] = await Promise.all([load?.(), formats]);
  if (lastAsked !== language) return;
  shown = language;
  translation = catalog;
  for (const listener of listeners) listener();
}

/** Calls listener whenever the interface changes language; returns how to stop. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
