import { errorMessage } from "../format/problem";
export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly line: number;
      readonly column: number;
      readonly message: string;
    };

/**
 * Strict JSON, reporting the first syntax error by line and column (both from
 * 1). The browser's parser reads valid files fast; the slower one that can
 * say where a file went wrong is loaded only when one did. A byte-order mark
 * is the decoder's to drop (decodeText).
 */
export async function parseJsonText(source: string): Promise<JsonParseResult> {
  if (source.trim() === "") return { ok: false, line: 1, column: 1, message: "the file is empty" };
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const { locateJsonError } = await import("./locateJsonError");
    const located = locateJsonError(source);
    if (located) return { ok: false, ...located };
    return {
      ok: false,
      line: 1,
      column: 1,
      message: errorMessage(error),
    };
  }
}
