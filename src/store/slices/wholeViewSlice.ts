import type { StateCreator } from "zustand";
import { findLesson } from "../../data/format/collection";
import { stopView } from "../../lessons/stopView";
import { IDENTITY_ZOOM } from "../../timeline/laneScales";
import type { LinkedView } from "../viewParams";
import type { CollectionSlice } from "./collectionSlice";
import type { FiltersSlice } from "./filtersSlice";
import type { SelectionSlice } from "./selectionSlice";
import type { ViewSlice } from "./viewSlice";

/** Actions that set the view as a whole, across the view, selection and filters slices. */
export interface WholeViewSlice {
  /**
   * Shows a view as a whole, e.g. from a link: mode, zoom, filters and
   * selection at once; a lesson's stop, if the view presents one, over it.
   */
  readonly restoreView: (view: LinkedView) => void;
  /** Presents stop `stop` (from 0) of a lesson: its view, with every kind and episode shown. */
  readonly presentStop: (lessonId: string, stop: number) => void;
}

/** The slices the whole view is read from and set across. */
type WholeState = CollectionSlice & ViewSlice & SelectionSlice & FiltersSlice & WholeViewSlice;

const LIST_FIELDS = ["hiddenKinds", "hiddenEpisodes", "episodeOrder"] as const;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * The view with each of its lists that equals the current one replaced by the current one: a
 * link restored over the view it names (the first view of a collection) redraws nothing.
 */
function keepEqualLists(
  view: LinkedView,
  current: Pick<LinkedView, (typeof LIST_FIELDS)[number]>,
): LinkedView {
  const kept = { ...view };
  for (const field of LIST_FIELDS) {
    if (sameList(view[field], current[field])) Object.assign(kept, { [field]: current[field] });
  }
  return kept;
}

export const createWholeViewSlice: StateCreator<WholeState, [], [], WholeViewSlice> = (
  set,
  get,
) => ({
  restoreView: (view) => {
    set({ ...keepEqualLists(view, get()), hoveredPassage: undefined, pendingFrame: undefined });
    if (view.presenting) get().presentStop(view.presenting.lessonId, view.presenting.stop);
  },
  presentStop: (lessonId, stop) => {
    const state = get();
    const collection = state.load.status === "loaded" ? state.load.collection : undefined;
    const lesson = collection && findLesson(collection, lessonId);
    if (!collection || !lesson) return;
    const index = Math.max(0, Math.min(lesson.stops.length - 1, stop));
    const { window, ...view } = stopView(collection, lesson, index);
    const evidence = lesson.stops[index]?.evidence ?? [];
    set({
      ...view,
      presenting: { lessonId, stop: index },
      zoom: IDENTITY_ZOOM,
      // The stop's window, widened where needed so that all of its evidence is in view.
      pendingFrame: { window: view.mode === "aligned" ? window : undefined, refs: evidence },
      hiddenKinds: [],
      hiddenEpisodes: [],
      hoveredPassage: undefined,
    });
  },
});
