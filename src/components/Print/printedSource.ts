import type { Source } from "../../data/format/schema";
import { PRINT_TEXT } from "../../i18n/print";

/** The site a source is on, as a reader would type it: its host name, without "www.". */
export function sourceSite(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  return new URL(url).hostname.replace(/^www\./, "");
}

/**
 * A source as paper gives it: title, publisher and site; a whole address would
 * take lines and cannot be followed. A publisher that names its site already
 * is not followed by it again.
 */
export function printedSource(source: Source): string {
  const site = sourceSite(source.url);
  const named = site !== undefined && source.publisher.toLowerCase().includes(site);
  return PRINT_TEXT.source(
    source.title,
    source.publisher,
    source.locator,
    named ? undefined : site,
  );
}

/** A source in a short list: its title and the site it is on. */
export function titleAndSite(source: Source): string {
  return PRINT_TEXT.titleAndSite(source.title, sourceSite(source.url));
}
