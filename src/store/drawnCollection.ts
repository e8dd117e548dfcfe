import type { Collection } from "../data/format/collection";

declare const drawn: unique symbol;

/**
 * The collection as the page draws it: the store's (selectCollection) through
 * React's useDeferredValue, so that a new collection is drawn in a transition
 * and the page stays responsive meanwhile. It lags the store's while that
 * transition runs, so a view takes it as a prop from the app shell
 * (useShownCollection) and passes it down, never selecting the store's: every
 * part of a view then draws the same collection. The mark makes that a rule
 * the type checker keeps: the store's collection is not a DrawnCollection.
 */
export type DrawnCollection = Collection & { readonly [drawn]: true };

/** The collection a shell defers, marked as the one its views draw; only shells and tests mark one. */
export const asDrawn = (collection: Collection): DrawnCollection => collection as DrawnCollection;
