import type { Catalog } from "./catalog";
import type { InterfaceLanguage } from "./languages";
import { showTranslation } from "./localized";

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
  // Without them, dates and numbers fall back to what the browser has: still a page, in the language.
  const formats = intlData
    ?.then((module) => module.ensureIntlData(language.locale))
    .catch(() => undefined);
  const [catalog] = await Promise.all([load?.(), formats]);
  if (lastAsked !== language) return;
  showTranslation(language, catalog);
}
