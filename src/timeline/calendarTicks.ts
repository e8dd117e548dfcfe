import { utcTicks } from "d3-time";
import type { Tick } from "./ticks";
import { DAY_MS } from "./timelineEvents";

/** How a calendar tick is written: its date to the precision of the step, and what of it is new. */
const CALENDAR_FORMATS = {
  year: { year: "numeric" },
  month: { month: "short", year: "numeric" },
  day: { day: "numeric", month: "short" },
  dayYear: { day: "numeric", month: "short", year: "numeric" },
  hour: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  hourDay: { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  hourDayYear: {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

type CalendarFormat = keyof typeof CALENDAR_FORMATS;

const calendarFormats = new Map<string, Intl.DateTimeFormat>();

/** The format of one kind of calendar tick, made once per locale: each lane's axis asks on every zoom. */
function calendarFormat(locale: string, kind: CalendarFormat): Intl.DateTimeFormat {
  const key = `${locale} ${kind}`;
  let format = calendarFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...CALENDAR_FORMATS[kind], timeZone: "UTC" });
    calendarFormats.set(key, format);
  }
  return format;
}

/** The calendar day of a time in ms, as a number of days since 1970. */
const utcDay = (value: number) => Math.floor(value / DAY_MS);
const utcYear = (value: number) => new Date(value).getUTCFullYear();

/**
 * Ticks on a calendar axis that suit the zoom: years, months, days or hours.
 * The year is always readable: a day or an hour names it on the first tick and
 * wherever it changes ("31 Dec 1956", "1 Jan 1957", "2 Jan"), and an hour names
 * its day on the first tick and wherever the day changes ("21 Aug, 00:00").
 */
export function calendarTicks(
  domain: readonly [number, number],
  widthPx: number,
  locale: string,
  minPixels = 90,
  /**
   * Where the reader's view starts, when the ticks reach beyond it (laid out for panning): the
   * first tick in view names its year and day as the first tick does.
   */
  shownFrom = domain[0],
): Tick[] {
  const [start, end] = domain;
  if (!(end > start) || widthPx <= 0) return [];
  let values = utcTicks(
    new Date(start),
    new Date(end),
    Math.max(2, Math.floor(widthPx / minPixels)),
  ).map((date) => date.getTime());
  let step = values.length > 1 ? (values[1] ?? 0) - (values[0] ?? 0) : end - start;
  // d3 may space hours closer than minPixels; the longer labels that name the day need the room,
  // so every other hour goes, counted from midnight ("18:00", "20:00", "22:00", "21 Aug, 00:00").
  if (step < DAY_MS && (step * widthPx) / (end - start) < minPixels && DAY_MS % (2 * step) === 0) {
    const thinned = values.filter((value) => value % (2 * step) === 0);
    if (thinned.length > 1) {
      values = thinned;
      step *= 2;
    }
  }
  return values.map((value, index) => {
    const previous = index > 0 ? values[index - 1] : undefined;
    const firstShown = previous === undefined || (previous < shownFrom && value >= shownFrom);
    const newYear = firstShown || utcYear(previous) !== utcYear(value);
    const newDay = firstShown || utcDay(previous) !== utcDay(value);
    const kind: CalendarFormat =
      step >= 360 * DAY_MS
        ? "year"
        : step >= 28 * DAY_MS
          ? "month"
          : step >= DAY_MS
            ? newYear
              ? "dayYear"
              : "day"
            : newYear
              ? "hourDayYear"
              : newDay
                ? "hourDay"
                : "hour";
    return { value, label: calendarFormat(locale, kind).format(value) };
  });
}
