import { errorMessage } from "../format/problem";
import type { ReadText } from "./loadCollection";

export interface CollectionSource {
  /** The manifest's name in problems, e.g. "collection.json". */
  readonly manifestFile: string;
  readonly readText: ReadText;
  /** The address a file named as the manifest names it is read from. */
  readonly locate: (location: string) => URL;
}

export interface FetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

/** Files from elsewhere are untrusted: each must arrive within this time and be at most this large. */
export const FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024 };

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Addresses the page's security policy (CSP) kept it from reading, as the browser reports them. */
const refusedByPolicy = new Set<string>();
globalThis.addEventListener?.("securitypolicyviolation", (event) => {
  refusedByPolicy.add(event.blockedURI);
});

const isTimeout = (error: unknown) =>
  error instanceof DOMException && error.name === "TimeoutError";

const timedOut = (url: URL, limits: FetchLimits) =>
  `${url.href} timed out: it did not arrive within ${limits.timeoutMs / 1000} s`;

/**
 * Why fetch could not get an answer, as far as can be told: a browser says
 * only "TypeError" for a server that is down, a missing CORS header and a
 * blocked request alike, so the likely causes are named.
 */
async function whyUnanswered(error: unknown, url: URL, limits: FetchLimits): Promise<string> {
  if (isTimeout(error)) return timedOut(url, limits);
  if (!(error instanceof TypeError)) return `${url.href}: ${errorMessage(error)}`;
  const page = globalThis.location;
  if (page) {
    // The browser reports a policy violation in a task of its own, after failing the request.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (refusedByPolicy.has(url.href) || refusedByPolicy.has(url.origin)) {
      return `${url.href} was blocked by this site's security policy (CSP); use an https address`;
    }
    if (page.protocol === "https:" && url.protocol === "http:") {
      return `${url.href} was blocked: a page served over https cannot read an http address`;
    }
    if (url.origin !== page.origin) {
      return `${url.href} could not be reached: the server may be down, or it does not allow other sites to read it (CORS)`;
    }
  }
  // Node says what went wrong in the cause: ECONNREFUSED, ENOTFOUND…
  const cause = (error.cause as { code?: string } | undefined)?.code;
  return `${url.href} could not be reached: the server may be down${cause ? ` (${cause})` : ""}`;
}

/** The body's bytes, or undefined as soon as there are more than maxBytes. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Fetches one file within the limits: its bytes, and the address it was
 * finally served from, after any redirects. Whatever goes wrong is an error
 * that names the address and the likely cause.
 */
export async function fetchFile(
  url: URL,
  limits: FetchLimits = FETCH_LIMITS,
): Promise<{ bytes: Uint8Array; servedFrom: URL }> {
  // One signal for the answer and the whole body: a server that drips bytes stops at the limit too.
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new Error(await whyUnanswered(error, url, limits));
  }
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url.href}`);
  // Static servers often answer a missing file with the app's own page.
  if (response.headers.get("content-type")?.includes("text/html")) {
    throw new Error(`${url.href} is a web page, not a JSON file; check the path`);
  }
  const tooLarge = `${url.href} is larger than ${megabytes(limits.maxBytes)}, the most Echoes reads`;
  if (Number(response.headers.get("content-length")) > limits.maxBytes) throw new Error(tooLarge);
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readBody(response, limits.maxBytes);
  } catch (error) {
    throw new Error(
      isTimeout(error)
        ? timedOut(url, limits)
        : `${url.href} broke off while arriving (${errorMessage(error)})`,
    );
  }
  if (!bytes) throw new Error(tooLarge);
  return { bytes, servedFrom: new URL(response.url || url.href) };
}

/**
 * Reads a collection over HTTP, every file named relative to the manifest as
 * it was finally served: a collection that moved, or is opened by a short
 * link, redirects its manifest, and its files are beside where it landed.
 */
export function createFetchReader(
  manifestUrl: string,
  baseUrl: string,
  limits: FetchLimits = FETCH_LIMITS,
): CollectionSource {
  const manifest = new URL(manifestUrl, baseUrl);
  const manifestFile = manifest.pathname.split("/").pop() || manifest.href;
  // The files are asked for once the manifest has been read, which sets where they are.
  let filesBase = manifest;
  const locate = (location: string) =>
    location === manifestFile ? manifest : new URL(location, filesBase);
  const readText: ReadText = async (location) => {
    const { bytes, servedFrom } = await fetchFile(locate(location), limits);
    if (location === manifestFile) filesBase = servedFrom;
    return bytes;
  };
  return { manifestFile, readText, locate };
}
