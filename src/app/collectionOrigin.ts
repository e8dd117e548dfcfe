import type { CollectionSource } from "../store/slices/collectionSlice";

/** Where a collection other than the curated one comes from, as a reader is told it. */
export type CollectionOrigin =
  | { readonly kind: "files"; readonly names: readonly string[] }
  /** host is empty for an address on the page's own site, whose path is then named instead. */
  | {
      readonly kind: "address";
      readonly url: string;
      readonly host: string;
      readonly path: string;
    };

/**
 * Where the collection shown comes from, or nothing for the curated one:
 * its addresses are compared once resolved against the page, so that
 * `data/collection.json` and its full URL are the same collection.
 */
export function collectionOrigin(
  source: CollectionSource,
  curatedUrl: string,
  pageHref: string,
): CollectionOrigin | undefined {
  if (source.kind === "files") return { kind: "files", names: source.names };
  let url: URL;
  try {
    url = new URL(source.url, pageHref);
  } catch {
    // Named as given: it cannot be placed on this site or any other.
    return { kind: "address", url: source.url, host: source.url, path: "" };
  }
  if (url.href === new URL(curatedUrl, pageHref).href) return undefined;
  const page = new URL(pageHref);
  return {
    kind: "address",
    url: url.href,
    host: url.origin === page.origin ? "" : url.host,
    path: url.pathname,
  };
}
