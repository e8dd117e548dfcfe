import { createFetchReader } from "./fetchReader";
import { readAndValidate } from "./readFiles";
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

// A worker: fetches, parses and validates the files it is asked for, one message each.
addEventListener("message", async (event: MessageEvent<LoadRequest>) => {
  const { id, manifestUrl, file, kind } = event.data;
  const { readText } = createFetchReader(manifestUrl, manifestUrl);
  const result = await readAndValidate(readText)(file, kind);
  const reply: LoadReply = { id, result };
  postMessage(reply);
});
