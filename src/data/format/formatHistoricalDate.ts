import { type DatePrecision, type HistoricalDate, periodStartMs } from "./historicalDate";

/**
 * Formats every date in UTC: the stored milliseconds are the calendar's own
 * numbers, so formatting in any other zone would shift the day.
 */
const optionsByPrecision: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { timeZone: "UTC", year: "numeric" },
  month: { timeZone: "UTC", year: "numeric", month: "long" },
  day: { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" },
  minute: {
    timeZone: "UTC",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, optionsByPrecision[precision]);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A date at the precision it was recorded with: "1968", "August 1968", "20 August 1968". */
export function formatHistoricalDate(date: HistoricalDate, locale: string): string {
  return formatterFor(locale, date.precision).format(periodStartMs(date));
}

/**
 * A span such as "23 October – 4 November 1956". Intl shares the parts the
 * two ends have in common when both are recorded to the same precision.
 */
export function formatHistoricalSpan(
  start: HistoricalDate,
  end: HistoricalDate | undefined,
  locale: string,
): string {
  if (!end) return formatHistoricalDate(start, locale);
  if (start.precision === end.precision) {
    return formatterFor(locale, start.precision).formatRange(
      periodStartMs(start),
      periodStartMs(end),
    );
  }
  return `${formatHistoricalDate(start, locale)} – ${formatHistoricalDate(end, locale)}`;
}

/**
 * Makes the date formats ahead of need. The first one a page makes costs a
 * noticeable pause while the browser loads its calendar data, better spent
 * while the collection is still downloading than when it is being drawn.
 */
export function prepareDateFormats(locale: string): void {
  for (const precision of Object.keys(optionsByPrecision) as DatePrecision[]) {
    formatterFor(locale, precision);
  }
}
