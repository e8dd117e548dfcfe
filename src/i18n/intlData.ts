/**
 * Dates and numbers for a language whose data the browser lacks. Chromium, for one, knows the
 * Kazakh locale but carries none of its data: it writes "1968 M08 21" and "31,550". There, the
 * FormatJS implementations of Intl.DateTimeFormat and Intl.NumberFormat take over, with the data
 * of the interface's languages, loaded only when needed.
 */

/** Whether the browser writes the locale's own month names, not the bare root data's "M08". */
export function hasLocaleData(locale: string): boolean {
  const august = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(
    Date.UTC(2000, 7, 1),
  );
  return !/^M\d+$/.test(august);
}

/** Each interface language's data, for the implementations that stand in for the browser's. */
const LOCALE_DATA: Readonly<Record<string, () => Promise<unknown>>> = {
  "en-GB": () =>
    Promise.all([
      import("@formatjs/intl-datetimeformat/locale-data/en-GB.js"),
      import("@formatjs/intl-numberformat/locale-data/en-GB.js"),
    ]),
  hu: () =>
    Promise.all([
      import("@formatjs/intl-datetimeformat/locale-data/hu.js"),
      import("@formatjs/intl-numberformat/locale-data/hu.js"),
    ]),
  cs: () =>
    Promise.all([
      import("@formatjs/intl-datetimeformat/locale-data/cs.js"),
      import("@formatjs/intl-numberformat/locale-data/cs.js"),
    ]),
  ru: () =>
    Promise.all([
      import("@formatjs/intl-datetimeformat/locale-data/ru.js"),
      import("@formatjs/intl-numberformat/locale-data/ru.js"),
    ]),
  ar: () =>
    Promise.all([
      import("@formatjs/intl-datetimeformat/locale-data/ar.js"),
      import("@formatjs/intl-numberformat/locale-data/ar.js"),
    ]),
  kk: () =>
    Promise.all([
      import("@formatjs/intl-datetimeformat/locale-data/kk.js"),
      import("@formatjs/intl-numberformat/locale-data/kk.js"),
    ]),
};

let standIn: Promise<void> | undefined;

/** Makes sure dates and numbers can be written in the locale, standing in for the browser's Intl if need be. */
export async function ensureIntlData(locale: string): Promise<void> {
  const data = LOCALE_DATA[locale];
  if (!data) return;
  if (!standIn) {
    if (hasLocaleData(locale)) return;
    standIn = (async () => {
      await import("@formatjs/intl-numberformat/polyfill-force.js");
      await import("@formatjs/intl-datetimeformat/polyfill-force.js");
    })();
  }
  await standIn;
  await data();
}
