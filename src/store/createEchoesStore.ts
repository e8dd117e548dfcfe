import { createStore } from "zustand/vanilla";
import { createFetchReader } from "../data/fetchReader";
import { loadCollection } from "../data/loadCollection";
import {
  type CollectionLoader,
  type CollectionSlice,
  createCollectionSlice,
} from "./slices/collectionSlice";
import { createFiltersSlice, type FiltersSlice } from "./slices/filtersSlice";
import { createSelectionSlice, type SelectionSlice } from "./slices/selectionSlice";
import { createViewSlice, type ViewSlice } from "./slices/viewSlice";

export type EchoesState = CollectionSlice & ViewSlice & SelectionSlice & FiltersSlice;

export interface EchoesStoreOptions {
  /** How a collection URL becomes a validated collection; tests pass their own. */
  readonly loader?: CollectionLoader;
}

export const fetchCollection: CollectionLoader = (url) => {
  const { manifestFile, readText } = createFetchReader(url, globalThis.location?.href ?? url);
  return loadCollection(manifestFile, readText);
};

/** One store per app instance, so that several embeds can share a page. */
export function createEchoesStore({ loader = fetchCollection }: EchoesStoreOptions = {}) {
  return createStore<EchoesState>()((...args) => ({
    ...createCollectionSlice(loader)(...args),
    ...createViewSlice(...args),
    ...createSelectionSlice(...args),
    ...createFiltersSlice(...args),
  }));
}

export type EchoesStore = ReturnType<typeof createEchoesStore>;
