import type { ReadText } from "./loadCollection";

export interface CollectionSource {
  /** The manifest's name in problems, e.g. "collection.json". */
  readonly manifestFile: string;
  readonly readText: ReadText;
}

/** Reads a collection over HTTP, every file named relative to the manifest's URL. */
export function createFetchReader(manifestUrl: string, baseUrl: string): CollectionSource {
  const manifest = new URL(manifestUrl, baseUrl);
  const manifestFile = manifest.pathname.split("/").pop() || manifest.href;
  const readText: ReadText = async (location) => {
    const url = location === manifestFile ? manifest : new URL(location, manifest);
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new Error(`network error: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${url.href}`);
    // Static servers often answer a missing file with the app's own page.
    if (response.headers.get("content-type")?.includes("text/html")) {
      throw new Error(`${url.href} is a web page, not a JSON file; check the path`);
    }
    return response.text();
  };
  return { manifestFile, readText };
}
