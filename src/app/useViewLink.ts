import { useEffect, useMemo, useState } from "react";
import type { Collection } from "../data/format/collection";
import { useEchoesStoreApi } from "../store/EchoesProvider";
import {
  addressChange,
  type LinkedView,
  linkedViewOf,
  paramsToView,
  viewToParams,
} from "../store/viewParams";
import { ownAddress } from "./ownAddress";

/** A zoom or pan rewrites the address once it has rested this long, without a history entry. */
const ZOOM_SETTLE_MS = 300;

function addressOf(view: LinkedView): string {
  const params = viewToParams(view, new URLSearchParams(window.location.search));
  return ownAddress(window.location.href, { search: params.toString() });
}

/**
 * Keeps the address and the view in step once the collection is loaded: the
 * address's view is shown first, every change of mode, role, filters, order
 * or selection is a history entry (so Back and Forward step through them),
 * and the zoom is kept in the address without one. Returns what the address
 * asked for that could not be shown.
 */
export function useViewLink(collection: Collection | undefined): readonly string[] {
  const store = useEchoesStoreApi();
  // Read once per collection, so that running the effect again (as StrictMode does) restores the same view.
  const initial = useMemo(
    () =>
      collection
        ? paramsToView(new URLSearchParams(window.location.search), collection)
        : undefined,
    [collection],
  );
  const [fromHistory, setFromHistory] = useState<readonly string[] | undefined>(undefined);

  useEffect(() => {
    if (!collection || !initial) return;
    let shown = initial.view;
    store.getState().restoreView(initial.view);
    // What could not be restored leaves the address, so a copied link is clean.
    window.history.replaceState(
      window.history.state,
      "",
      addressOf(linkedViewOf(store.getState())),
    );

    let timer: ReturnType<typeof setTimeout> | undefined;
    let unwritten: LinkedView | undefined;
    const unsubscribe = store.subscribe((state) => {
      const next = linkedViewOf(state);
      const change = addressChange(shown, next);
      if (!change) return;
      shown = next;
      clearTimeout(timer);
      unwritten = undefined;
      if (change === "replace") {
        unwritten = next;
        timer = setTimeout(() => {
          unwritten = undefined;
          window.history.replaceState(window.history.state, "", addressOf(next));
        }, ZOOM_SETTLE_MS);
      } else {
        window.history.pushState(null, "", addressOf(next));
      }
    });
    const onPopState = () => {
      clearTimeout(timer);
      unwritten = undefined;
      const restored = paramsToView(new URLSearchParams(window.location.search), collection);
      shown = restored.view;
      store.getState().restoreView(restored.view);
      setFromHistory(restored.unrestored);
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      // A zoom not yet written stays in the address, for the page drawn again (in a new language) reads it.
      if (unwritten) window.history.replaceState(window.history.state, "", addressOf(unwritten));
      window.removeEventListener("popstate", onPopState);
    };
  }, [collection, initial, store]);

  return fromHistory ?? initial?.unrestored ?? [];
}
