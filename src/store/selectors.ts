import { alignRole, type Collection, findPassage, roleMemberRefs } from "../data/format/collection";
import type { Problem } from "../data/format/problem";
import type { EchoesState } from "./createEchoesStore";

const noProblems: readonly Problem[] = [];

export const selectLoad = (state: EchoesState) => state.load;

/** The collection as loaded; views draw the DrawnCollection, which follows it a step behind. */
export const selectCollection = (state: EchoesState): Collection | undefined =>
  state.load.status === "loaded" ? state.load.collection : undefined;

export const selectProblems = (state: EchoesState): readonly Problem[] =>
  state.load.status === "loaded" || state.load.status === "failed"
    ? state.load.problems
    : noProblems;

/** The skipped-content notice shows until the reader dismisses it. */
export const selectNoticeProblems = (state: EchoesState): readonly Problem[] =>
  state.load.status === "loaded" && !state.noticeDismissed ? state.load.problems : noProblems;

export const selectMode = (state: EchoesState) => state.mode;
export const selectZoom = (state: EchoesState) => state.zoom;
export const selectPendingFrame = (state: EchoesState) => state.pendingFrame;
export const selectPage = (state: EchoesState) => state.page;
export const selectPresenting = (state: EchoesState) => state.presenting;
export const selectSelectedRef = (state: EchoesState) => state.selectedRef;
export const selectHighlightedRoleId = (state: EchoesState) => state.highlightedRoleId;
export const selectHiddenKinds = (state: EchoesState) => state.hiddenKinds;
export const selectHiddenEpisodes = (state: EchoesState) => state.hiddenEpisodes;
export const selectEpisodeOrder = (state: EchoesState) => state.episodeOrder;

/** The role aligned on: the reader's choice, else the collection's default role, else its first. */
export const selectAlignRoleId = (state: EchoesState): string | undefined => {
  const collection = selectCollection(state);
  return collection && alignRole(collection, state.alignRoleId)?.id;
};

export const selectSelectedPassage = (state: EchoesState) => state.selectedPassage;
export const selectHoveredPassage = (state: EchoesState) => state.hoveredPassage;

/** The events lit up in the timeline: those of the role or passage pointed at, and of the pinned passage. */
export function litEventRefs(
  collection: Collection,
  highlightedRoleId: string | undefined,
  passages: readonly (string | undefined)[],
): Set<string> {
  const role = collection.roles.find((candidate) => candidate.id === highlightedRoleId);
  return new Set([
    ...(role ? roleMemberRefs(role) : []),
    ...passages.flatMap(
      (passage) => findPassage(collection.articles, passage)?.excerpt.events ?? [],
    ),
  ]);
}
