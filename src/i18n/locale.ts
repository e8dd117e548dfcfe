import { interfaceLanguage } from "./localized";

/** The locale of the interface's dates, numbers and plurals: "en-GB" for its British English. */
export const currentLocale = (): string => interfaceLanguage().locale;

/** Each Intl format once per locale and options, made when first needed. */
function cached<T>(cache: Map<string, T>, key: string, make: (locale: string) => T): T {
  const locale = currentLocale();
  const full = `${locale}|${key}`;
  let format = cache.get(full);
  if (!format) {
    format = make(locale);
    cache.set(full, format);
  }
  return format;
}

const numbers = new Map<string, Intl.NumberFormat>();

/**
 * A number in the interface's style: "31,550", or with its unit, "20 MB" or "45%". Each format
 * is made when first needed, so that none costs the page anything while it starts.
 */
export function formatNumber(value: number, unit?: "megabyte" | "percent"): string {
  // A rounded -0 reads "0", as String(-0) does.
  const sign = { signDisplay: "negative" } as const;
  return cached(
    numbers,
    unit ?? "",
    (locale) => new Intl.NumberFormat(locale, unit ? { ...sign, style: "unit", unit } : sign),
  ).format(value);
}

const plurals = new Map<string, Intl.PluralRules>();

/** The plural form a count takes in the interface's language ("one", "few", "other"…), through Intl. */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  return cached(plurals, "", (locale) => new Intl.PluralRules(locale)).select(Math.abs(count));
}

const lists = new Map<string, Intl.ListFormat>();

/** Names in a list as the interface's language joins them: "a.json, b.json and c.json". */
export function formatList(items: readonly string[]): string {
  return cached(lists, "", (locale) => new Intl.ListFormat(locale, { type: "conjunction" })).format(
    items,
  );
}
