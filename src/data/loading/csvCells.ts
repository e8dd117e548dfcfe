/** What a spreadsheet program reads as the start of a formula rather than as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as written to a sheet: one a spreadsheet would run as a formula ("=HYPERLINK(…)", or
 * a year before the common era, "-0044") is kept as text by a leading apostrophe, as OWASP
 * advises against CSV injection. `unguardCell` takes it off again on import.
 */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as read from a sheet: the apostrophe guardCell put before a formula's start taken off. */
export function unguardCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
