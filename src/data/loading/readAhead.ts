import { LISTED_KINDS } from "../format/fileKinds";
import { FORMAT_VERSION } from "../format/vocabulary";
import { decodeText } from "./decodeText";
import type { FileContent, ReadText } from "./loadCollection";

/**
 * The file names a manifest lists, when it looks valid: of its format's
 * version, with a title and episodes, and every name one its schema allows.
 * Otherwise none: the validator will refuse the manifest, and nothing it
 * lists is to be asked for. The schema itself is not used here, as it would
 * weigh on the first load.
 */
export async function listedFiles(manifest: FileContent): Promise<string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse((await decodeText(manifest)).text);
  } catch {
    return [];
  }
  if (typeof parsed !== "object" || parsed === null) return [];
  const fields = parsed as Record<string, unknown>;
  if (fields.formatVersion !== FORMAT_VERSION || typeof fields.title !== "string") return [];
  if (!Array.isArray(fields.episodes) || fields.episodes.length === 0) return [];
  const names: string[] = [];
  for (const { field, many, names: allowed } of LISTED_KINDS) {
    const value = fields[field];
    if (value === undefined) continue;
    if (many !== Array.isArray(value)) return [];
    for (const name of Array.isArray(value) ? value : [value]) {
      if (typeof name !== "string" || !allowed.test(name)) return [];
      names.push(name);
    }
  }
  return names;
}

/**
 * Reads each file once, and starts reading the files the manifest lists as
 * soon as its text arrives, so that they download while the validator that
 * will check the manifest is still starting. A file read ahead but never
 * asked for (the manifest turned out invalid after all) is simply dropped.
 */
export function readAhead(manifestFile: string, readText: ReadText): ReadText {
  const reads = new Map<string, Promise<FileContent>>();
  const read: ReadText = (location) => {
    const started = reads.get(location);
    if (started) return started;
    const reading = readText(location);
    // Its failure is reported to whoever asks for the file; one never asked for is not a failure.
    reading.catch(() => {});
    reads.set(location, reading);
    return reading;
  };
  read(manifestFile)
    .then(listedFiles)
    .then(
      (files) => {
        for (const file of files) read(file);
      },
      () => {},
    );
  return read;
}
