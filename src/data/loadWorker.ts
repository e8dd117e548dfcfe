import { formatNumber, LOCALE } from "../i18n/locale";
import { createFetchReader } from "./fetchReader";
import { prepareDateFormats } from "./formatHistoricalDate";
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

// The browser loads its number and calendar data once for the page and its workers: loaded here,
// beside the page, it is not a pause in the page's first drawing of dates and counts.
formatNumber(0);
prepareDateFormats(LOCALE);

// A worker: fetches, parses and validates the files it is asked for, one message each.
addEventListener("message", async (event: MessageEvent<LoadRequest>) => {
  const { id, manifestUrl, file, kind } = event.data;
  const { readText } = createFetchReader(manifestUrl, manifestUrl);
  const result = await readAndValidate(readText)(file, kind);
  const reply: LoadReply = { id, result };
  postMessage(reply);
});
