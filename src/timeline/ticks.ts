import { AXIS_TEXT } from "../i18n/axis";

export interface Tick {
  readonly value: number;
  readonly label: string;
}

/** The room an axis wants per tick, unless its caller asks for another. */
const MIN_TICK_PIXELS = 80;

/**
 * The most ticks an axis is given, whatever width it is asked to cover: a
 * zoom far out of the usual range (a hand-edited link, say) spreads them out
 * rather than laying out thousands of labels.
 */
export const MAX_TICKS = 200;

/** The width that ticks are spread over: the width asked for, up to MAX_TICKS of them. */
const roomFor = (widthPx: number, minPixels: number) => Math.min(widthPx, MAX_TICKS * minPixels);

/**
 * Whether whole steps numbered first to last can be counted one by one: not
 * so far from 0 that adding a step no longer changes the number (beyond 2^53),
 * nor infinite, as a zoom far out of the usual range would make them.
 */
const countable = (first: number, last: number) =>
  Number.isSafeInteger(first) && Number.isSafeInteger(last);

type AlignedUnit = "hour" | "day" | "week" | "month" | "year";

/** Each unit of the aligned axis in days: a month is a twelfth of an average year. */
const UNIT_DAYS: Record<AlignedUnit, number> = {
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 365.25 / 12,
  year: 365.25,
};

/** The steps of the aligned axis, finest first, in whole numbers of their unit. */
const ALIGNED_STEPS: ReadonlyArray<{ readonly unit: AlignedUnit; readonly count: number }> = [
  ...[1, 2, 3, 6, 12].map((count) => ({ unit: "hour" as const, count })),
  ...[1, 2].map((count) => ({ unit: "day" as const, count })),
  ...[1, 2].map((count) => ({ unit: "week" as const, count })),
  ...[1, 2, 3, 6].map((count) => ({ unit: "month" as const, count })),
];

/** The step of at least `wanted` days in whole years: 1, 2, 5, 10, 20, 50, 100, 200 … */
function yearStep(wanted: number): number {
  const years = wanted / UNIT_DAYS.year;
  if (years <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(years));
  return [1, 2, 5, 10].map((nice) => nice * magnitude).find((nice) => nice >= years) ?? 1;
}

/** The label of the tick `units` whole units from day 0, which is always "day 0". */
function alignedLabel(unit: AlignedUnit, units: number): string {
  if (units === 0) return AXIS_TEXT.day(0);
  switch (unit) {
    case "hour": {
      // Hours after the whole day before the tick ("day +20", "+6 h", "+12 h"), and in the day
      // before day 0, hours before it ("−6 h"): not a time on the clock, as day 0 is the anchor's
      // own moment in each lane.
      if (units % 24 === 0) return AXIS_TEXT.day(units / 24);
      return AXIS_TEXT.hours(units > -24 && units < 0 ? units : ((units % 24) + 24) % 24);
    }
    case "day":
      return AXIS_TEXT.day(units);
    case "week":
      return AXIS_TEXT.weeks(units);
    case "month":
      return AXIS_TEXT.months(units);
    case "year":
      return AXIS_TEXT.years(units);
  }
}

/**
 * Ticks for days counted from day 0, about one per minPixels, in the unit that
 * suits the span: the hour within a day ("06:00"), days ("day −3", "day +14"),
 * weeks ("+2 weeks"), months ("+3 months") or years ("+30 years"), each tick a
 * whole number of its unit from day 0, which reads "day 0".
 */
export function alignedTicks(
  domain: readonly [number, number],
  widthPx: number,
  minPixels = MIN_TICK_PIXELS,
): Tick[] {
  const [start, end] = domain;
  const span = end - start;
  if (!(span > 0) || widthPx <= 0) return [];
  const wanted = span / Math.max(1, roomFor(widthPx, minPixels) / minPixels);
  const { unit, count } = ALIGNED_STEPS.find(
    (step) => step.count * UNIT_DAYS[step.unit] >= wanted,
  ) ?? { unit: "year" as const, count: yearStep(wanted) };
  const unitDays = UNIT_DAYS[unit];
  const step = count * unitDays;
  const first = Math.ceil(start / step - 1e-9);
  const last = Math.floor((end + 1e-9) / step);
  if (!countable(first, last)) return [];
  const ticks: Tick[] = [];
  for (let index = first; index <= last; index += 1) {
    const units = index * count;
    // Hours are divided rather than multiplied, so that 6 × 1/24 is exactly 0.25; `|| 0` turns -0 into 0.
    const value = (unit === "hour" ? units / 24 : units * unitDays) || 0;
    ticks.push({ value, label: alignedLabel(unit, units) });
  }
  return ticks;
}

/**
 * Ticks on the sequence axis, which counts steps, not time: every column, or
 * every nth as space allows, named from 1 ("step 1", "step 4").
 */
export function sequenceTicks(
  [start, end]: readonly [number, number],
  widthPx: number,
  minPixels = MIN_TICK_PIXELS,
): Tick[] {
  // `|| 0` turns -0 into 0.
  const first = Math.ceil(start) || 0;
  const last = Math.floor(end);
  if (!countable(first, last)) return [];
  const slots = Math.max(1, roomFor(widthPx, minPixels) / minPixels);
  const step = Math.max(1, Math.ceil((last - first) / slots));
  const ticks: Tick[] = [];
  for (let value = first; value <= last; value += step) {
    if (value >= 0) ticks.push({ value, label: AXIS_TEXT.step(value + 1) });
  }
  return ticks;
}

/** Ticks on a calendar axis that suit the zoom, for a domain in ms (see calendarTicks.ts). */
export type CalendarTickFunction = (
  domain: readonly [number, number],
  widthPx: number,
  locale: string,
  minPixels?: number,
  shownFrom?: number,
) => Tick[];

/**
 * Loads the calendar axis's ticks, with d3-time, which only the calendar axis
 * needs: the first view, on the aligned axis, loads without them. A layout
 * given no tick function draws calendar axes without ticks.
 */
export async function loadCalendarTicks(): Promise<CalendarTickFunction> {
  const { calendarTicks } = await import("./calendarTicks");
  return (domain, widthPx, locale, minPixels, shownFrom) =>
    calendarTicks(
      domain,
      roomFor(widthPx, minPixels ?? MIN_TICK_PIXELS),
      locale,
      minPixels,
      shownFrom,
    );
}
