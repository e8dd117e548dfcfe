import { DAY_MS } from "./timelineEvents";

export interface Tick {
  readonly value: number;
  readonly label: string;
}

const HOUR = 1 / 24;
/** Tick steps in days for aligned mode: hours on the night of an invasion, up to years. */
const DAY_STEPS = [
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  1,
  2,
  7,
  14,
  30,
  60,
  90,
  180,
  365,
  730,
  1825,
  3650,
];

const minus = "\u2212";

function signed(value: number): string {
  if (value === 0) return "0";
  return value < 0 ? `${minus}${Math.abs(value)}` : `+${value}`;
}

/**
 * Ticks for days counted from day 0, about one per minPixels: "day −30",
 * "day 0", "day +60"; within a day, the hour ("06:00").
 */
export function alignedTicks(
  domain: readonly [number, number],
  widthPx: number,
  minPixels = 80,
): Tick[] {
  const [start, end] = domain;
  const span = end - start;
  if (!(span > 0) || widthPx <= 0) return [];
  const wanted = span / Math.max(1, widthPx / minPixels);
  const step = DAY_STEPS.find((candidate) => candidate >= wanted) ?? DAY_STEPS.at(-1) ?? 1;
  const ticks: Tick[] = [];
  const first = Math.ceil(start / step - 1e-9);
  for (let index = first; index * step <= end + 1e-9; index += 1) {
    // `|| 0` turns -0 into 0.
    const value = Math.round(index * step * 24) / 24 || 0;
    const wholeDay = Number.isInteger(value);
    const hours = Math.round((value - Math.floor(value)) * 24);
    ticks.push({
      value,
      label: wholeDay ? `day ${signed(value)}` : `${String(hours).padStart(2, "0")}:00`,
    });
  }
  return ticks;
}

type UtcTicks = typeof import("d3-time").utcTicks;
let utcTicks: UtcTicks | undefined;

/**
 * Loads d3-time, which only the calendar axis needs: the first view, on the
 * aligned axis, loads without it. Until it has loaded, calendar axes have no ticks.
 */
export async function loadCalendarTicks(): Promise<void> {
  utcTicks ??= (await import("d3-time")).utcTicks;
}

export const calendarTicksLoaded = () => utcTicks !== undefined;

/** Ticks on a calendar axis that suit the zoom: years, months, days or hours. */
export function calendarTicks(
  domain: readonly [number, number],
  widthPx: number,
  locale: string,
  minPixels = 90,
): Tick[] {
  const [start, end] = domain;
  if (!(end > start) || widthPx <= 0 || !utcTicks) return [];
  const values = utcTicks(
    new Date(start),
    new Date(end),
    Math.max(2, Math.floor(widthPx / minPixels)),
  ).map((date) => date.getTime());
  const step = values.length > 1 ? (values[1] ?? 0) - (values[0] ?? 0) : end - start;
  const options: Intl.DateTimeFormatOptions =
    step >= 360 * DAY_MS
      ? { year: "numeric" }
      : step >= 28 * DAY_MS
        ? { month: "short", year: "numeric" }
        : step >= DAY_MS
          ? { day: "numeric", month: "short" }
          : { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
  return values.map((value) => ({ value, label: format.format(value) }));
}
