import { formatNumber, pluralCategory } from "./locale";
import { localized } from "./localized";

/** What the time axes under the chart say. */
export interface AxisText {
  /** A whole day counted from day 0: "day −3", "day 0", "day +14". */
  readonly day: (days: number) => string;
  /** Hours after the whole day before, or before day 0: "+6 h", "−6 h". */
  readonly hours: (hours: number) => string;
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

/** The word for a count, singular or plural as the interface's language says. */
const counted = (count: number, one: string, other: string) =>
  pluralCategory(count) === "one" ? one : other;

export const AXIS_TEXT: AxisText = localized("axis", {
  day: (days) => `day ${signed(days)}`,
  hours: (hours) => `${signed(hours)} h`,
  weeks: (weeks) => `${signed(weeks)} ${counted(weeks, "week", "weeks")}`,
  months: (months) => `${signed(months)} ${counted(months, "month", "months")}`,
  years: (years) => `${signed(years)} ${counted(years, "year", "years")}`,
  step: (step) => `step ${formatNumber(step)}`,
  dayZeroCaption:
    "Day 0 is the moment each lane's anchor event began: its hour where the sources give one, else the start of its day. Hours and days count from there.",
});
