import type { StateCreator } from "zustand";
import type { Collection } from "../../data/format/collection";
import { errorMessage, type Problem } from "../../data/format/problem";
import type { LoadResult } from "../../data/loading/loadCollection";

/** Where a collection comes from: an address (the curated one or another), or the reader's own files. */
export type CollectionSource =
  | { readonly kind: "address"; readonly url: string }
  | { readonly kind: "files"; readonly names: readonly string[] };

interface Loading {
  /** The address, or the files as the page names them; the same key while loading and after. */
  readonly url: string;
  readonly source: CollectionSource;
}

export type CollectionLoad =
  | { readonly status: "idle" }
  | ({ readonly status: "loading" } & Loading)
  | ({
      readonly status: "loaded";
      readonly collection: Collection;
      readonly problems: readonly Problem[];
    } & Loading)
  | ({ readonly status: "failed"; readonly problems: readonly Problem[] } & Loading);

const COLLECTION_LOADED_MARK = "echoes:collection-loaded";

/** Loads and validates the collection at a URL. */
export type CollectionLoader = (url: string) => Promise<LoadResult>;

export interface CollectionSlice {
  readonly load: CollectionLoad;
  readonly noticeDismissed: boolean;
  /** Loads the collection at url, unless it is already loading or loaded. */
  readonly loadCollection: (url: string) => Promise<void>;
  /** Loads a collection some other way (e.g. from the reader's files), named by label. */
  readonly loadFrom: (
    label: string,
    source: CollectionSource,
    load: () => Promise<LoadResult>,
  ) => Promise<void>;
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
      await get().loadFrom(url, { kind: "address", url }, () => loader(url));
    },
    loadFrom: async (url, source, load) => {
      set({ load: { status: "loading", url, source }, noticeDismissed: false });
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
          ? {
              status: "loaded",
              url,
              source,
              collection: result.collection,
              problems: result.problems,
            }
          : { status: "failed", url, source, problems: result.problems },
      });
    },
    dismissNotice: () => set({ noticeDismissed: true }),
  });
}
