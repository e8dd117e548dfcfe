import { createContext, type ReactNode, useContext } from "react";
import { useStore } from "zustand";
import type { StudioState, StudioStore } from "./studioStore";

const StudioContext = createContext<StudioStore | null>(null);

export function StudioProvider({
  store,
  children,
}: {
  readonly store: StudioStore;
  readonly children: ReactNode;
}) {
  return <StudioContext.Provider value={store}>{children}</StudioContext.Provider>;
}

/** Reads the Studio's state through a selector, as the app's store is read. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  const store = useContext(StudioContext);
  if (!store) throw new Error("useStudio must be used inside a StudioProvider");
  return useStore(store, selector);
}

export const selectOpen = (state: StudioState) => state.open;
export const selectDraft = (state: StudioState) => state.open?.history.present;
export const selectProjects = (state: StudioState) => state.projects;
export const selectSave = (state: StudioState) => state.save;
export const selectStartProblems = (state: StudioState) => state.startProblems;
type StudioActions = Omit<StudioState, "projects" | "open" | "save" | "startProblems">;

/** The actions, which never change: a component that only acts is not drawn again on an edit. */
export function useStudioActions(): StudioActions {
  const store = useContext(StudioContext);
  if (!store) throw new Error("useStudioActions must be used inside a StudioProvider");
  return store.getState();
}
