import { createStore } from "zustand/vanilla";
import { createFetchReader } from "../data/fetchReader";
import { type LoadFile, loadCollection } from "../data/loadCollection";
import { createWorkerFileLoader } from "../data/workerFileLoader";
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
    /** Shows a view as a whole, e.g. from a link: mode, zoom, filters and selection at once. */
    readonly restoreView: (view: LinkedView) => void;
  };

export interface EchoesStoreOptions {
  /** How a collection URL becomes a validated collection; tests pass their own. */
  readonly loader?: CollectionLoader;
}

/** Loads a collection over HTTP: in workers where the browser has them, else in this thread. */
export const fetchCollection: CollectionLoader = async (url) => {
  const manifestUrl = new URL(url, globalThis.location?.href ?? url).href;
  const { manifestFile, readText } = createFetchReader(manifestUrl, manifestUrl);
  // The validator is loaded here only when needed: the workers carry their own.
  const inThread = async (): Promise<LoadFile> =>
    (await import("../data/readFiles")).readAndValidate(readText);
  if (typeof Worker === "undefined") return loadCollection(manifestFile, await inThread());
  const workers = createWorkerFileLoader(manifestUrl, inThread);
  try {
    return await loadCollection(manifestFile, workers.loadFile);
  } finally {
    workers.close();
  }
};

/** One store per app instance, so that several embeds can share a page. */
export function createEchoesStore({ loader = fetchCollection }: EchoesStoreOptions = {}) {
  return createStore<EchoesState>()((...args) => ({
    ...createCollectionSlice(loader)(...args),
    ...createViewSlice(...args),
    ...createSelectionSlice(...args),
    ...createFiltersSlice(...args),
    restoreView: (view) => args[0]({ ...view, hoveredPassage: undefined }),
  }));
}

export type EchoesStore = ReturnType<typeof createEchoesStore>;
