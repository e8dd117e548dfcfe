import type { Correction } from "../data/format/schema";
import type { EchoesState } from "../store/createEchoesStore";
import { selectCollection } from "../store/selectors";
import { newestFirst } from "./newestFirst";

const none: readonly Correction[] = [];

/** The collection's corrections log, in the file's order. */
export const selectCorrections = (state: EchoesState): readonly Correction[] =>
  selectCollection(state)?.corrections ?? none;

/**
 * A selector of the corrections that touch one event ("episode-id/event-id"),
 * newest first. It keeps its answer until the log changes, so that the store's
 * every change (a zoom frame) neither filters again nor re-renders its reader.
 */
export function selectEventCorrections(ref: string): (state: EchoesState) => readonly Correction[] {
  let log: readonly Correction[] | undefined;
  let found = none;
  return (state) => {
    const corrections = selectCorrections(state);
    if (corrections !== log) {
      log = corrections;
      found = newestFirst(corrections.filter((correction) => correction.events.includes(ref)));
    }
    return found;
  };
}
