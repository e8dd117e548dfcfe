import { createFetchReader } from "./fetchReader";
import { type LoadFile, type LoadResult, loadCollection } from "./loadCollection";
import { readAhead } from "./readAhead";
import { createWorkerFileLoader } from "./workerFileLoader";

/**
 * Loads a collection over HTTP: in workers where the browser has them, else in this thread.
 * Kept apart from the interface so that the page can start it before React has loaded.
 */
export async function fetchCollection(url: string): Promise<LoadResult> {
  const manifestUrl = new URL(url, globalThis.location?.href ?? url).href;
  const { manifestFile, readText } = createFetchReader(manifestUrl, manifestUrl);
  const read = readAhead(manifestFile, readText);
  // The validator is loaded here only when needed: the workers carry their own.
  const inThread = async (): Promise<LoadFile> =>
    (await import("./readFiles")).readAndValidate(read);
  if (typeof Worker === "undefined") return loadCollection(manifestFile, await inThread());
  const workers = createWorkerFileLoader(read, inThread);
  try {
    return await loadCollection(manifestFile, workers.loadFile);
  } finally {
    workers.close();
  }
}
