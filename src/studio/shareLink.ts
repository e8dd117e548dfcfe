import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { showValue } from "../data/format/showValue";
import { type Draft, MANIFEST_FILE } from "./draft";
import { isJsonObject, type JsonValue } from "./jsonPath";

/** The fragment's field that carries a draft: `#draft=…`. */
export const SHARE_FIELD = "draft";

/** The version of the shared payload, so that a later change can still read older links. */
const SHARE_VERSION = 1;

// RFC 9110 §4.1 asks every sender and recipient to support URIs of at least 8,000 octets; past that, mail and chat clients may cut a link.
export const MAX_LINK_LENGTH = 8000;

export type ShareLink =
  | { readonly ok: true; readonly url: string }
  | {
      readonly ok: false;
      readonly reason: "too large";
      /** The link's length, in characters. */
      readonly length: number;
      readonly limit: number;
      readonly message: string;
    };

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  // In pieces, as String.fromCharCode takes a bounded number of arguments.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * A link to the page that carries the whole draft in its fragment,
 * compressed; the fragment never reaches a server. A draft too large for a
 * link that mail and chat keep whole is refused, with its size and the limit.
 */
export function toShareLink(draft: Draft, pageUrl: string, limit = MAX_LINK_LENGTH): ShareLink {
  const payload = JSON.stringify({ version: SHARE_VERSION, name: draft.name, files: draft.files });
  const packed = toBase64Url(deflateSync(strToU8(payload), { level: 9 }));
  const url = `${pageUrl.replace(/#.*$/, "")}#${SHARE_FIELD}=${packed}`;
  if (url.length <= limit) return { ok: true, url };
  return {
    ok: false,
    reason: "too large",
    length: url.length,
    limit,
    message: `the link would be ${url.length} characters long, and links of more than ${limit} may be cut short by mail and chat: download the zip to share this collection`,
  };
}

export type ReadShare =
  | { readonly ok: true; readonly draft: Draft }
  | { readonly ok: false; readonly error: string };

const fail = (error: string): ReadShare => ({ ok: false, error });

const CUT =
  "the link was probably cut short or changed on its way: expected it whole, as it was shared";

/** The draft a shared link's fragment carries, or what is wrong with it: which part, and what was expected. */
export function fromShareFragment(fragment: string): ReadShare {
  const packed = new URLSearchParams(fragment.replace(/^#/, "")).get(SHARE_FIELD);
  if (packed === null) {
    return fail(
      `the link has no "${SHARE_FIELD}=" part: expected a link made by the studio's Share`,
    );
  }
  const stray = /[^A-Za-z0-9_-]/.exec(packed);
  if (stray) {
    return fail(
      `the "${SHARE_FIELD}=" part has ${JSON.stringify(stray[0])} at character ${stray.index + 1}: expected only letters, digits, "-" and "_"; ${CUT}`,
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(strFromU8(inflateSync(fromBase64Url(packed))));
  } catch (error) {
    const what = error instanceof SyntaxError ? "is not JSON" : "does not unpack";
    return fail(`the "${SHARE_FIELD}=" part ${what}: ${CUT}`);
  }
  if (!isJsonObject((payload ?? null) as JsonValue)) {
    return fail(
      `the shared draft is ${showValue(payload)}: expected an object with "version", "name" and "files"`,
    );
  }
  const { version, name, files } = payload as Record<string, JsonValue>;
  if (version !== SHARE_VERSION) {
    return fail(
      `version: found ${showValue(version)}: expected ${SHARE_VERSION}, the version this page reads`,
    );
  }
  if (typeof name !== "string") return fail(`name: found ${showValue(name)}: expected text`);
  if (!isJsonObject(files ?? null)) {
    return fail(
      `files: found ${showValue(files)}: expected the collection's files, by their paths`,
    );
  }
  if (!Object.hasOwn(files as object, MANIFEST_FILE)) {
    return fail(
      `files: has no "${MANIFEST_FILE}": expected the collection's files, with its manifest`,
    );
  }
  return { ok: true, draft: { name, files: files as Draft["files"] } };
}
