import type { ReadText } from "./loadCollection";
import { errorMessage } from "./problem";

export interface CollectionSource {
  /** The manifest's name in problems, e.g. "collection.json". */
  readonly manifestFile: string;
  readonly readText: ReadText;
}

/** Files from elsewhere are untrusted: each must arrive within this time and be at most this large. */
export const FETCH_LIMITS = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024 } as const;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Reads a collection over HTTP, every file named relative to the manifest's URL. */
export function createFetchReader(
  manifestUrl: string,
  baseUrl: string,
  limits: { readonly timeoutMs: number; readonly maxBytes: number } = FETCH_LIMITS,
): CollectionSource {
  const manifest = new URL(manifestUrl, baseUrl);
  const manifestFile = manifest.pathname.split("/").pop() || manifest.href;
  const readText: ReadText = async (location) => {
    const url = location === manifestFile ? manifest : new URL(location, manifest);
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(limits.timeoutMs) });
    } catch (error) {
      if (error instanceof DOMException && error.name === "TimeoutError") {
        throw new Error(`${url.href} did not answer within ${limits.timeoutMs / 1000} s`);
      }
      throw new Error(`network error: ${errorMessage(error)}`);
    }
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${url.href}`);
    // Static servers often answer a missing file with the app's own page.
    if (response.headers.get("content-type")?.includes("text/html")) {
      throw new Error(`${url.href} is a web page, not a JSON file; check the path`);
    }
    const tooLarge = `${url.href} is larger than ${megabytes(limits.maxBytes)}, the most Echoes reads`;
    if (Number(response.headers.get("content-length")) > limits.maxBytes) throw new Error(tooLarge);
    const text = await response.text();
    if (text.length > limits.maxBytes) throw new Error(tooLarge);
    return text;
  };
  return { manifestFile, readText };
}
