import { createStore } from "zustand/vanilla";
import { fetchCollection } from "../data/loading/fetchCollection";
import {
  type CollectionLoader,
  type CollectionSlice,
  createCollectionSlice,
} from "./slices/collectionSlice";
import { createFiltersSlice, type FiltersSlice } from "./slices/filtersSlice";
import { createSelectionSlice, type SelectionSlice } from "./slices/selectionSlice";
import { createViewSlice, type ViewSlice } from "./slices/viewSlice";
import { createWholeViewSlice, type WholeViewSlice } from "./slices/wholeViewSlice";

export type EchoesState = CollectionSlice &
  ViewSlice &
  SelectionSlice &
  FiltersSlice &
  WholeViewSlice;

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
    ...createWholeViewSlice(...args),
  }));
}

export type EchoesStore = ReturnType<typeof createEchoesStore>;
