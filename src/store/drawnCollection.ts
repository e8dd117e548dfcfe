import type { Collection } from "../data/format/collection";

/**
 * The collection as the page draws it: the store's (selectCollection) through
 * React's useDeferredValue, so that a new collection is drawn in a transition
 * and the page stays responsive meanwhile. It lags the store's while that
 * transition runs, so a view takes it as a prop from the app shell
 * (useShownCollection) and passes it down, never selecting the store's: every
 * part of a view then draws the same collection.
 */
export type DrawnCollection = Collection;
