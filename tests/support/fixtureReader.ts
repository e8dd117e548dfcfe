import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A ReadText that gives text, which tests can parse themselves. */
type TextReader = (file: string) => Promise<string>;

export const FIXTURES_DIR = join(import.meta.dirname, "..", "fixtures");
export const SAMPLE_DIR = join(FIXTURES_DIR, "sample");

export function readSampleJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SAMPLE_DIR, file), "utf8"));
}

/**
 * Reads the sample collection from disk, with some files replaced: a string
 * is served as the file's text, an object as its JSON, null as a missing file.
 */
export function sampleReader(overrides: Record<string, unknown> = {}): TextReader {
  return fixtureReader(SAMPLE_DIR, overrides);
}

/** Reads a collection under tests/fixtures/, with some files replaced as sampleReader does. */
export function fixtureReader(dir: string, overrides: Record<string, unknown> = {}): TextReader {
  return async (file) => {
    if (file in overrides) {
      const override = overrides[file];
      if (override === null) throw new Error("HTTP 404");
      return typeof override === "string" ? override : JSON.stringify(override);
    }
    return readFileSync(join(dir, file), "utf8");
  };
}
