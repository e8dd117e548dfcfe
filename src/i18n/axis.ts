import { formatNumber, LOCALE } from "./locale";

/** What the time axes under the chart say. */
export interface AxisText {
  /** A whole day counted from day 0: "day −3", "day 0", "day +14". */
  readonly day: (days: number) => string;
  /** An hour within a day: "06:00". */
  readonly hour: (hour: number) => string;
  /** Whole weeks from day 0: "−1 week", "+2 weeks". */
  readonly weeks: (weeks: number) => string;
  /** Whole months from day 0: "+3 months". */
  readonly months: (months: number) => string;
  /** Whole years from day 0: "−1 year", "+30 years". */
  readonly years: (years: number) => string;
  /** A column of the sequence axis, counted from 1: "step 4". */
  readonly step: (step: number) => string;
  /** Under the aligned axis: what day 0 is, in one sentence. */
  readonly dayZeroCaption: string;
}

const MINUS = "\u2212";

/** "+1,000", "−3" with a true minus sign, or "0". */
const signed = (value: number) =>
  value === 0 ? "0" : `${value < 0 ? MINUS : "+"}${formatNumber(Math.abs(value))}`;

let plurals: Intl.PluralRules | undefined;

/** The word for a count, singular or plural as the interface's language says. */
const counted = (count: number, one: string, other: string) => {
  plurals ??= new Intl.PluralRules(LOCALE);
  return plurals.select(Math.abs(count)) === "one" ? one : other;
};

export const AXIS_TEXT: AxisText = {
  day: (days) => `day ${signed(days)}`,
  hour: (hour) => `${String(hour).padStart(2, "0")}:00`,
  weeks: (weeks) => `${signed(weeks)} ${counted(weeks, "week", "weeks")}`,
  months: (months) => `${signed(months)} ${counted(months, "month", "months")}`,
  years: (years) => `${signed(years)} ${counted(years, "year", "years")}`,
  step: (step) => `step ${formatNumber(step)}`,
  dayZeroCaption:
    "Day 0 starts at the moment each lane's anchor event began, to the hour where the sources give it, and days count 24 hours from there, so 06:00 is six hours into a day, not a time on the clock.",
};
