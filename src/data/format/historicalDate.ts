/**
 * Historical dates are calendar dates, not instants: "1968-08-20" means that
 * day wherever the reader is. They are kept as their parts and turned into
 * UTC milliseconds only for ordering and arithmetic, never through the
 * reader's time zone.
 */

export type DatePrecision = "year" | "month" | "day" | "minute";

export interface HistoricalDate {
  /** The text as written in the data, e.g. "1968-08" or "1968-08-20T23:00". */
  readonly text: string;
  readonly precision: DatePrecision;
  readonly year: number;
  /** 1 to 12, when precision is month or finer. */
  readonly month?: number;
  /** 1 to 31, when precision is day or finer. */
  readonly day?: number;
  /** Local time of day at the place, when precision is minute. */
  readonly hour?: number;
  readonly minute?: number;
}

export type DateParseResult =
  | { readonly ok: true; readonly date: HistoricalDate }
  | { readonly ok: false; readonly reason: string };

/** The accepted spellings, for schemas and messages. */
export const HISTORICAL_DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2})?)?)?$";
export const HISTORICAL_DATE_FORMATS = "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM";

const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar, as JavaScript's Date counts them. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_LENGTHS[month - 1] ?? 31);
}

/** UTC milliseconds of a calendar moment; years 0 to 99 stay in their own century. */
export function utcMs(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  // Date.UTC is fast but reads years 0 to 99 as 1900 to 1999.
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  return date.getTime();
}

export function parseHistoricalDate(text: string): DateParseResult {
  const match = datePattern.exec(text);
  if (!match) {
    return { ok: false, reason: `is not a date: expected ${HISTORICAL_DATE_FORMATS}` };
  }
  const [, yearText, monthText, dayText, hourText, minuteText] = match;
  const year = Number(yearText);
  if (monthText === undefined) {
    return { ok: true, date: { text, precision: "year", year } };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) {
    return { ok: false, reason: `is not a date (month ${month})` };
  }
  if (dayText === undefined) {
    return { ok: true, date: { text, precision: "month", year, month } };
  }
  const day = Number(dayText);
  const monthLength = daysInMonth(year, month);
  if (day < 1 || day > monthLength) {
    const monthName = monthNames[month - 1];
    return {
      ok: false,
      reason:
        day < 1
          ? `is not a date (day ${day})`
          : `is not a date (${monthName} ${year} has ${monthLength} days)`,
    };
  }
  if (hourText === undefined || minuteText === undefined) {
    return { ok: true, date: { text, precision: "day", year, month, day } };
  }
  const hour = Number(hourText);
  const minute = Number(minuteText);
  if (hour > 23) return { ok: false, reason: `is not a time of day (hour ${hour})` };
  if (minute > 59) return { ok: false, reason: `is not a time of day (minute ${minute})` };
  return { ok: true, date: { text, precision: "minute", year, month, day, hour, minute } };
}

/** The first moment of the period the date names, in UTC milliseconds of its calendar. */
export function periodStartMs(date: HistoricalDate): number {
  return utcMs(date.year, date.month, date.day, date.hour, date.minute);
}

/** The moment just after the period the date names: the next year, month, day or minute. */
export function periodEndMs(date: HistoricalDate): number {
  switch (date.precision) {
    case "year":
      return utcMs(date.year + 1);
    case "month":
      return utcMs(date.year, (date.month ?? 1) + 1);
    case "day":
      return utcMs(date.year, date.month, (date.day ?? 1) + 1);
    case "minute":
      return utcMs(date.year, date.month, date.day, date.hour, (date.minute ?? 0) + 1);
  }
}

/** Orders by start; at the same start the coarser date first, as it encloses the finer one. */
export function compareHistoricalDates(a: HistoricalDate, b: HistoricalDate): number {
  return periodStartMs(a) - periodStartMs(b) || periodEndMs(b) - periodEndMs(a);
}
