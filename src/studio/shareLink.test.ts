import { deflateSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { scratchDraft } from "../../tests/support/studioDraft";
import { blankDraft } from "./draft";
import { fromShareFragment, MAX_LINK_LENGTH, toShareLink } from "./shareLink";

const PAGE = "https://echoes.example/studio?x=1#old";

const fragmentOf = (url: string) => url.slice(url.indexOf("#"));

const packed = (value: unknown) =>
  btoa(String.fromCharCode(...deflateSync(strToU8(JSON.stringify(value)))))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

describe("toShareLink(draft, pageUrl) and fromShareFragment(fragment)", () => {
  it("carries a small collection in the fragment and reads it back equal", () => {
    const draft = scratchDraft();
    const link = toShareLink(draft, PAGE);
    if (!link.ok) throw new Error(link.message);
    expect(link.url.startsWith("https://echoes.example/studio?x=1#draft=")).toBe(true);
    expect(link.url.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(fromShareFragment(fragmentOf(link.url))).toEqual({ ok: true, draft });
  });

  it("refuses a draft too large for a link, with its length and the limit", () => {
    const link = toShareLink(scratchDraft(), PAGE, 500);
    expect(link.ok).toBe(false);
    if (link.ok) return;
    expect(link.reason).toBe("too large");
    expect(link.limit).toBe(500);
    const whole = toShareLink(scratchDraft(), PAGE);
    if (!whole.ok) throw new Error(whole.message);
    expect(link.length).toBe(whole.url.length);
    expect(link.message).toBe(
      `the link would be ${link.length} characters long, and links of more than 500 may be cut short by mail and chat: download the zip to share this collection`,
    );
  });

  it("says which part of a damaged link is wrong and what was expected", () => {
    const link = toShareLink(blankDraft("Mine"), PAGE);
    if (!link.ok) throw new Error(link.message);
    const fragment = fragmentOf(link.url);
    expect(fromShareFragment("#view=calendar")).toEqual({
      ok: false,
      error: `the link has no "draft=" part: expected a link made by the studio's Share`,
    });
    expect(fromShareFragment(`${fragment.slice(0, 12)}%20${fragment.slice(12)}`)).toEqual({
      ok: false,
      error: `the "draft=" part has " " at character 6: expected only letters, digits, "-" and "_"; the link was probably cut short or changed on its way: expected it whole, as it was shared`,
    });
    expect(fromShareFragment(fragment.slice(0, -6))).toEqual({
      ok: false,
      error: `the "draft=" part does not unpack: the link was probably cut short or changed on its way: expected it whole, as it was shared`,
    });
  });

  it("says what the unpacked draft lacks", () => {
    const read = (value: unknown) => fromShareFragment(`#draft=${packed(value)}`);
    expect(read([1])).toEqual({
      ok: false,
      error: `the shared draft is a list: expected an object with "version", "name" and "files"`,
    });
    expect(read({ version: 2, name: "x", files: {} })).toEqual({
      ok: false,
      error: "version: found 2: expected 1, the version this page reads",
    });
    expect(read({ version: 1, name: 3, files: {} })).toEqual({
      ok: false,
      error: "name: found 3: expected text",
    });
    expect(read({ version: 1, name: "x", files: { "a.json": {} } })).toEqual({
      ok: false,
      error: `files: has no "collection.json": expected the collection's files, with its manifest`,
    });
  });
});
