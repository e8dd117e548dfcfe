import type { Collection } from "../data/loadCollection";
import type { Problem } from "../data/problem";
import type { EchoesState } from "./createEchoesStore";

const noProblems: readonly Problem[] = [];

export const selectLoad = (state: EchoesState) => state.load;

export const selectCollection = (state: EchoesState): Collection | undefined =>
  state.load.status === "loaded" ? state.load.collection : undefined;

export const selectProblems = (state: EchoesState): readonly Problem[] =>
  state.load.status === "loaded" || state.load.status === "failed"
    ? state.load.problems
    : noProblems;

/** The skipped-content notice shows until the reader dismisses it. */
export const selectNoticeProblems = (state: EchoesState): readonly Problem[] =>
  state.load.status === "loaded" && !state.noticeDismissed ? state.load.problems : noProblems;

export const selectLoadCollection = (state: EchoesState) => state.loadCollection;
export const selectDismissNotice = (state: EchoesState) => state.dismissNotice;
