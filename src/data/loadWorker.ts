import { createFetchReader } from "./fetchReader";
import type { FileKind, FileValidation } from "./validateFiles";

/** Asks a worker for one file of the collection whose manifest is at manifestUrl. */
export interface LoadRequest {
  readonly id: number;
  readonly manifestUrl: string;
  readonly file: string;
  readonly kind: FileKind;
}

export interface LoadReply {
  readonly id: number;
  readonly result: FileValidation<unknown>;
}

// The validator (zod and the schemas) loads while the first files download.
const validator = import("./readFiles");

// A worker: fetches, parses and validates the files it is asked for, one message each.
addEventListener("message", async (event: MessageEvent<LoadRequest>) => {
  const { id, manifestUrl, file, kind } = event.data;
  const { readText } = createFetchReader(manifestUrl, manifestUrl);
  const downloading = readText(file);
  // Its failure is reported once the validator reads it, below.
  downloading.catch(() => {});
  const { readAndValidate } = await validator;
  const result = await readAndValidate((location) =>
    location === file ? downloading : readText(location),
  )(file, kind);
  const reply: LoadReply = { id, result };
  postMessage(reply);
});
