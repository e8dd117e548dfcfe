/** What to change in the page's address; what is not given is kept. */
export interface AddressChange {
  readonly search?: string;
  readonly hash?: string;
}

/**
 * The page's own address (`location.href`) as a link or a history entry can
 * safely name it: on the page's own origin, whatever its path. A path that
 * starts with several slashes (`https://host//?mode=calendar`, a common slip)
 * would, written as it is, name another host (`//evil.example/`) or none at all,
 * which `history.replaceState` refuses by throwing; here it starts with one.
 */
export function ownAddress(href: string, { search, hash }: AddressChange = {}): string {
  const here = toUrl(href);
  // A path with one leading slash, resolved against the page, keeps the page's scheme, host and port.
  const address = new URL(here.pathname.replace(/^\/+/, "/"), here);
  address.search = search ?? here.search;
  address.hash = hash ?? here.hash;
  return address.href;
}

/** The page itself, without its query and hash: the app as it opens with nothing asked of it. */
export function ownPage(href: string): string {
  return ownAddress(href, { search: "", hash: "" });
}

function toUrl(href: string): URL {
  try {
    return new URL(href);
  } catch {
    throw new TypeError(
      `The page's own address "${href}" is not a full URL; expected one with a scheme and host, as location.href gives it.`,
    );
  }
}
