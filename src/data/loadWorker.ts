import { formatNumber, LOCALE } from "../i18n/locale";
import { createFetchReader } from "./fetchReader";
import { prepareDateFormats } from "./formatHistoricalDate";
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

let formatsMade = false;
/**
 * The browser loads its number and calendar data once for the page and its workers: made here,
 * beside the page, the first formats cost the page's first drawing of dates and counts nothing.
 */
function makeFormatsOnce() {
  if (formatsMade) return;
  formatsMade = true;
  formatNumber(0);
  prepareDateFormats(LOCALE);
}

// A worker: fetches, parses and validates the files it is asked for, one message each.
addEventListener("message", async (event: MessageEvent<LoadRequest>) => {
  const { id, manifestUrl, file, kind } = event.data;
  const { readText } = createFetchReader(manifestUrl, manifestUrl);
  const downloading = readText(file);
  // Its failure is reported once the validator reads it, below.
  downloading.catch(() => {});
  makeFormatsOnce();
  const { readAndValidate } = await validator;
  const result = await readAndValidate((location) =>
    location === file ? downloading : readText(location),
  )(file, kind);
  const reply: LoadReply = { id, result };
  postMessage(reply);
});
