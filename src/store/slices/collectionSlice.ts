import type { StateCreator } from "zustand";
import type { Collection, LoadResult } from "../../data/loadCollection";
import { errorMessage, type Problem } from "../../data/problem";

export type CollectionLoad =
  | { readonly status: "idle" }
  | { readonly status: "loading"; readonly url: string }
  | {
      readonly status: "loaded";
      readonly url: string;
      readonly collection: Collection;
      readonly problems: readonly Problem[];
    }
  | { readonly status: "failed"; readonly url: string; readonly problems: readonly Problem[] };

const COLLECTION_LOADED_MARK = "echoes:collection-loaded";

/** Loads and validates the collection at a URL. */
export type CollectionLoader = (url: string) => Promise<LoadResult>;

export interface CollectionSlice {
  readonly load: CollectionLoad;
  readonly noticeDismissed: boolean;
  /** Loads the collection at url, unless it is already loading or loaded. */
  readonly loadCollection: (url: string) => Promise<void>;
  /** Loads a collection some other way (e.g. from the reader's files), named by label. */
  readonly loadFrom: (label: string, load: () => Promise<LoadResult>) => Promise<void>;
  readonly dismissNotice: () => void;
}

export function createCollectionSlice(
  loader: CollectionLoader,
): StateCreator<CollectionSlice, [], [], CollectionSlice> {
  return (set, get) => ({
    load: { status: "idle" },
    noticeDismissed: false,
    loadCollection: async (url) => {
      const current = get().load;
      if (current.status !== "idle" && current.url === url) return;
      await get().loadFrom(url, () => loader(url));
    },
    loadFrom: async (url, load) => {
      set({ load: { status: "loading", url }, noticeDismissed: false });
      let result: LoadResult;
      try {
        result = await load();
      } catch (error) {
        const message = errorMessage(error);
        result = {
          ok: false,
          problems: [
            {
              file: url,
              path: "",
              message: `could not be loaded (${message})`,
              dropped: "the collection",
            },
          ],
        };
      }
      // A later request for another collection wins over this one.
      const latest = get().load;
      if (latest.status !== "loading" || latest.url !== url) return;
      // Read by scripts/bench.ts, to tell loading from drawing.
      performance.mark(COLLECTION_LOADED_MARK);
      set({
        load: result.ok
          ? { status: "loaded", url, collection: result.collection, problems: result.problems }
          : { status: "failed", url, problems: result.problems },
      });
    },
    dismissNotice: () => set({ noticeDismissed: true }),
  });
}
