import { periodStartMs } from "../data/format/historicalDate";
import type { Correction } from "../data/format/schema";

/** The log as a reader reads it: the latest correction first, those of one day in the file's order. */
export function newestFirst(corrections: readonly Correction[]): Correction[] {
  // Array sort is stable, so corrections of the same day keep their order.
  return [...corrections].sort((a, b) => periodStartMs(b.date) - periodStartMs(a.date));
}
