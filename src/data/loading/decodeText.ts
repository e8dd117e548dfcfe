import type { FileContent } from "./loadCollection";

export interface DecodedText {
  readonly text: string;
  /** Which encoding was assumed, when it was not UTF-8, and what to do about it. */
  readonly notice?: string;
}

/** Byte-order marks at the start mean nothing in the text, however many an editor left. */
const withoutMarks = (text: string) => text.replace(/^\uFEFF+/, "");

/** The bytes as UTF-8, or undefined if they are not: not valid UTF-8, or with zero bytes as UTF-16 has. */
function plainUtf8(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The text of a file as it was read, for the app, a drop, the workers and the
 * CLI alike: UTF-8 with or without a byte-order mark here, and anything else
 * (UTF-16, or windows-1252 for bytes that are not UTF-8) with a notice saying
 * how it was read, by a decoder loaded only for such files.
 */
export async function decodeText(content: FileContent): Promise<DecodedText> {
  if (typeof content === "string") return { text: withoutMarks(content) };
  const utf8 = plainUtf8(content);
  if (utf8 !== undefined) return { text: withoutMarks(utf8) };
  const { decodeOtherEncodings } = await import("./decodeOtherEncodings");
  const decoded = decodeOtherEncodings(content);
  return { ...decoded, text: withoutMarks(decoded.text) };
}
