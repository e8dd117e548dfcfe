import type { StateCreator } from "zustand";

export interface SelectionSlice {
  /** The selected event as "episode-id/event-id". */
  readonly selectedRef: string | undefined;
  /** The pinned article passage as "article-id/excerpt-id". */
  readonly selectedPassage: string | undefined;
  /** The analogy role lit up in every lane while hovered or focused. */
  readonly highlightedRoleId: string | undefined;
  /** The article passage whose events are lit up while hovered or focused. */
  readonly hoveredPassage: string | undefined;
  readonly selectEvent: (ref: string | undefined) => void;
  /** Pins a passage and selects the first event it speaks of. */
  readonly selectPassage: (passage: string | undefined, firstEventRef: string | undefined) => void;
  readonly highlightRole: (roleId: string | undefined) => void;
  readonly hoverPassage: (passage: string | undefined) => void;
}

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (
  set,
) => ({
  selectedRef: undefined,
  selectedPassage: undefined,
  highlightedRoleId: undefined,
  hoveredPassage: undefined,
  selectEvent: (selectedRef) => set({ selectedRef, selectedPassage: undefined }),
  selectPassage: (selectedPassage, firstEventRef) =>
    set((state) => ({ selectedPassage, selectedRef: firstEventRef ?? state.selectedRef })),
  highlightRole: (highlightedRoleId) => set({ highlightedRoleId }),
  hoverPassage: (hoveredPassage) => set({ hoveredPassage }),
});
