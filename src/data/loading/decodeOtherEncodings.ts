import type { DecodedText } from "./decodeText";

const ADVICE = "if accents look wrong, save it as UTF-8";

const BYTE_ORDER_MARKS = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8", name: "UTF-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le", name: "UTF-16 LE" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be", name: "UTF-16 BE" },
] as const;

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: in text that is
 * mostly ASCII, as JSON and CSV are, every other byte is zero.
 */
function unmarkedUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  const pairs = Math.min(bytes.length, 1024) / 2;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let pair = 0; pair < pairs; pair++) {
    if (bytes[2 * pair] === 0) evenZeros++;
    if (bytes[2 * pair + 1] === 0) oddZeros++;
  }
  if (evenZeros === 0 && oddZeros >= pairs / 2) return "utf-16le";
  if (oddZeros === 0 && evenZeros >= pairs / 2) return "utf-16be";
  return undefined;
}

/** What windows-1252 has where latin1 has its control characters U+0080–U+009F. */
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/**
 * windows-1252, as browsers decode it. Some Node versions, 20 among them,
 * decode that label as latin1 (nodejs/node#60888), which would leave the CLI
 * with control characters where the app has dashes and quotes.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] ?? char);
}

/**
 * Decodes bytes with no byte-order mark: as UTF-16 where the zero bytes show
 * it, else as UTF-8, or as windows-1252 (the usual other) when they are not.
 */
function decodeUnmarked(bytes: Uint8Array): DecodedText {
  const utf16 = unmarkedUtf16(bytes);
  if (utf16) {
    const name = utf16 === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE";
    return {
      text: new TextDecoder(utf16).decode(bytes),
      notice: `read as ${name} (the file has no byte-order mark, but every other byte is zero); ${ADVICE}`,
    };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      notice: `read as windows-1252 (the file is not valid UTF-8); ${ADVICE}`,
    };
  }
}

/**
 * Decodes what decodeText did not take for plain UTF-8: UTF-16 of either byte
 * order, with or without its byte-order mark, or else windows-1252. Kept
 * apart, and loaded only for such files, as most files are UTF-8.
 */
export function decodeOtherEncodings(bytes: Uint8Array): DecodedText {
  const mark = BYTE_ORDER_MARKS.find((candidate) =>
    candidate.bytes.every((byte, index) => bytes[index] === byte),
  );
  if (!mark) return decodeUnmarked(bytes);
  const rest = bytes.subarray(mark.bytes.length);
  if (mark.encoding === "utf-8") return decodeUnmarked(rest);
  return {
    text: new TextDecoder(mark.encoding).decode(rest),
    notice: `read as ${mark.name} (the file begins with its byte-order mark)`,
  };
}
