import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { FETCH_LIMITS, type FetchLimits, fetchFile } from "../data/loading/fetchReader";
import type { ReadText } from "../data/loading/loadCollection";

export const isWebAddress = (location: string) => /^https?:\/\//i.test(location);

/**
 * Reads files from disk, named relative to baseDir, and web addresses as the
 * app reads them: with the same time and size limits, and the same errors.
 * Both give bytes, decoded as the app decodes them.
 */
export function fileReader(baseDir: string, limits: FetchLimits = FETCH_LIMITS): ReadText {
  return async (location) => {
    if (isWebAddress(location)) return (await fetchFile(new URL(location), limits)).bytes;
    try {
      return await readFile(resolve(baseDir, location));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(code === "ENOENT" ? "no such file" : String(error));
    }
  };
}
