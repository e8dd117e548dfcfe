import { decodeText } from "./decodeText";
import { createFetchReader } from "./fetchReader";
import type { LocalFile } from "./localFiles";
import { listedFiles } from "./readAhead";

/**
 * A collection's files as they are served, the manifest and every file it lists, read as the
 * reader's own files would be: for a copy to edit, checked afterwards as any collection is.
 */
export async function fetchCollectionFiles(
  manifestUrl: string,
  baseUrl: string = globalThis.location?.href ?? "http://localhost/",
): Promise<LocalFile[]> {
  const { manifestFile, readText } = createFetchReader(manifestUrl, baseUrl);
  const read = async (name: string): Promise<LocalFile> => {
    const content = await readText(name);
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
    return { name, text: (await decodeText(bytes)).text, bytes };
  };
  const manifest = await read(manifestFile);
  const listed = await listedFiles(manifest.bytes ?? manifest.text);
  return [manifest, ...(await Promise.all(listed.map(read)))];
}
