import type { ReadText } from "./loadCollection";

/** The manifest's fields that name other files of the collection (see collectionSchema). */
const LISTING_FIELDS = ["episodes", "analogies", "articles", "lessons", "corrections"] as const;

/** The file names a manifest's text lists, read leniently: it is validated later, on its own. */
export function listedFiles(manifestText: string): string[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText.startsWith("\uFEFF") ? manifestText.slice(1) : manifestText);
  } catch {
    return [];
  }
  if (typeof manifest !== "object" || manifest === null) return [];
  const fields = manifest as Record<string, unknown>;
  return LISTING_FIELDS.flatMap((field) => {
    const value = fields[field];
    return (Array.isArray(value) ? value : [value]).filter(
      (item): item is string => typeof item === "string",
    );
  });
}

/**
 * Reads each file once, and starts reading the files the manifest lists as
 * soon as its text arrives, so that they download while the validator that
 * will check the manifest is still starting. A file read ahead but never
 * asked for (the manifest turned out invalid) is simply dropped.
 */
export function readAhead(manifestFile: string, readText: ReadText): ReadText {
  const reads = new Map<string, Promise<string>>();
  const read: ReadText = (location) => {
    const started = reads.get(location);
    if (started) return started;
    const reading = readText(location);
    // Its failure is reported to whoever asks for the file; one never asked for is not a failure.
    reading.catch(() => {});
    reads.set(location, reading);
    return reading;
  };
  read(manifestFile).then(
    (text) => {
      for (const file of listedFiles(text)) read(file);
    },
    () => {},
  );
  return read;
}
