import { createStore } from "zustand/vanilla";
import { findLesson } from "../data/collection";
import { fetchCollection } from "../data/fetchCollection";
import { stopView } from "../lessons/stopView";
import { IDENTITY_ZOOM } from "../timeline/laneScales";
import {
  type CollectionLoader,
  type CollectionSlice,
  createCollectionSlice,
} from "./slices/collectionSlice";
import { createFiltersSlice, type FiltersSlice } from "./slices/filtersSlice";
import { createSelectionSlice, type SelectionSlice } from "./slices/selectionSlice";
import { createViewSlice, type ViewSlice } from "./slices/viewSlice";
import type { LinkedView } from "./viewParams";

export type EchoesState = CollectionSlice &
  ViewSlice &
  SelectionSlice &
  FiltersSlice & {
    /**
     * Shows a view as a whole, e.g. from a link: mode, zoom, filters and
     * selection at once; a lesson's stop, if the view presents one, over it.
     */
    readonly restoreView: (view: LinkedView) => void;
    /** Presents stop `stop` (from 0) of a lesson: its view, with every kind and episode shown. */
    readonly presentStop: (lessonId: string, stop: number) => void;
  };

export interface EchoesStoreOptions {
  /** How a collection URL becomes a validated collection; tests pass their own. */
  readonly loader?: CollectionLoader;
}

/** One store per app instance, so that several embeds can share a page. */
export function createEchoesStore({ loader = fetchCollection }: EchoesStoreOptions = {}) {
  return createStore<EchoesState>()((...args) => ({
    ...createCollectionSlice(loader)(...args),
    ...createViewSlice(...args),
    ...createSelectionSlice(...args),
    ...createFiltersSlice(...args),
    restoreView: (view) => {
      args[0]({ ...view, hoveredPassage: undefined, pendingFrame: undefined });
      if (view.presenting) args[1]().presentStop(view.presenting.lessonId, view.presenting.stop);
    },
    presentStop: (lessonId, stop) => {
      const state = args[1]();
      const collection = state.load.status === "loaded" ? state.load.collection : undefined;
      const lesson = collection && findLesson(collection, lessonId);
      if (!collection || !lesson) return;
      const index = Math.max(0, Math.min(lesson.stops.length - 1, stop));
      const { window, ...view } = stopView(collection, lesson, index);
      const evidence = lesson.stops[index]?.evidence ?? [];
      args[0]({
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
  }));
}

export type EchoesStore = ReturnType<typeof createEchoesStore>;
