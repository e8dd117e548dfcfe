/** The language of dates and numbers; the interface is written in British English. */
export const LOCALE = "en-GB";

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number in the interface's style: "31,550", or with its unit, "20 MB" or "45%". Each format
 * is made when first needed, so that none costs the page anything while it starts.
 */
export function formatNumber(value: number, unit?: "megabyte" | "percent"): string {
  const key = unit ?? "";
  let format = formats.get(key);
  if (!format) {
    // A rounded -0 reads "0", as String(-0) does.
    const sign = { signDisplay: "negative" } as const;
    format = new Intl.NumberFormat(LOCALE, unit ? { ...sign, style: "unit", unit } : sign);
    formats.set(key, format);
  }
  return format.format(value);
}

let plurals: Intl.PluralRules | undefined;

/** The plural form a count takes in the interface's language ("one", "few", "other"…), through Intl. */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  plurals ??= new Intl.PluralRules(LOCALE);
  return plurals.select(Math.abs(count));
}

let lists: Intl.ListFormat | undefined;

/** Names in a list as the interface's language joins them: "a.json, b.json and c.json". */
export function formatList(items: readonly string[]): string {
  lists ??= new Intl.ListFormat(LOCALE, { type: "conjunction" });
  return lists.format(items);
}
