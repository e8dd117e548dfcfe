import type { StateCreator } from "zustand";

export interface SelectionSlice {
  /** The selected event as "episode-id/event-id". */
  readonly selectedRef: string | undefined;
  /** The analogy role lit up in every lane while hovered or focused. */
  readonly highlightedRoleId: string | undefined;
  readonly selectEvent: (ref: string | undefined) => void;
  readonly highlightRole: (roleId: string | undefined) => void;
}

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (
  set,
) => ({
  selectedRef: undefined,
  highlightedRoleId: undefined,
  selectEvent: (selectedRef) => set({ selectedRef }),
  highlightRole: (highlightedRoleId) => set({ highlightedRoleId }),
});
