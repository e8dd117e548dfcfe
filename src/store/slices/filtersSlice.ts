import type { StateCreator } from "zustand";
import type { EventKind } from "../../data/format/schema";

export interface FiltersSlice {
  readonly hiddenKinds: readonly EventKind[];
  readonly hiddenEpisodes: readonly string[];
  /** Episode ids in the reader's order; episodes not listed follow in collection order. */
  readonly episodeOrder: readonly string[];
  readonly toggleKind: (kind: EventKind) => void;
  readonly setEpisodeHidden: (episodeId: string, hidden: boolean) => void;
  /** Moves an episode up (-1) or down (+1) among the given ids in their current order. */
  readonly moveEpisode: (order: readonly string[], episodeId: string, step: -1 | 1) => void;
}

function toggled<T>(list: readonly T[], item: T, present: boolean): readonly T[] {
  const without = list.filter((entry) => entry !== item);
  return present ? [...without, item] : without;
}

export const createFiltersSlice: StateCreator<FiltersSlice, [], [], FiltersSlice> = (set) => ({
  hiddenKinds: [],
  hiddenEpisodes: [],
  episodeOrder: [],
  toggleKind: (kind) =>
    set((state) => ({
      hiddenKinds: toggled(state.hiddenKinds, kind, !state.hiddenKinds.includes(kind)),
    })),
  setEpisodeHidden: (episodeId, hidden) =>
    set((state) => ({ hiddenEpisodes: toggled(state.hiddenEpisodes, episodeId, hidden) })),
  moveEpisode: (order, episodeId, step) => {
    const from = order.indexOf(episodeId);
    const to = from + step;
    if (from < 0 || to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, episodeId);
    set({ episodeOrder: next });
  },
});
