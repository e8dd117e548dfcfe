import { describe, expect, it } from "vitest";
import { decodeText } from "./decodeText";

const TEXT = '{"title": "Évacuation de la Sorbonne – Zürich"}';
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, "utf16le"));
const utf16be = (text: string) => utf16le(text).map((_, index, bytes) => bytes[index ^ 1] ?? 0);
const BOM = { utf8: [0xef, 0xbb, 0xbf], le: [0xff, 0xfe], be: [0xfe, 0xff] };

describe("decodeText(content)", () => {
  it("reads UTF-8, with or without a byte-order mark, with no notice", async () => {
    expect(await decodeText(utf8(TEXT))).toEqual({ text: TEXT });
    expect(await decodeText(new Uint8Array([...BOM.utf8, ...utf8(TEXT)]))).toEqual({ text: TEXT });
  });

  it("reads UTF-16 of either byte order by its byte-order mark, and says so", async () => {
    expect(await decodeText(new Uint8Array([...BOM.le, ...utf16le(TEXT)]))).toEqual({
      text: TEXT,
      notice: "read as UTF-16 LE (the file begins with its byte-order mark)",
    });
    expect(await decodeText(new Uint8Array([...BOM.be, ...utf16be(TEXT)]))).toEqual({
      text: TEXT,
      notice: "read as UTF-16 BE (the file begins with its byte-order mark)",
    });
  });

  it("reads UTF-16 without a byte-order mark when every other byte is zero", async () => {
    expect(await decodeText(utf16le(TEXT))).toEqual({
      text: TEXT,
      notice:
        "read as UTF-16 LE (the file has no byte-order mark, but every other byte is zero); if accents look wrong, save it as UTF-8",
    });
    const bigEndian = await decodeText(utf16be(TEXT));
    expect(bigEndian.text).toBe(TEXT);
    expect(bigEndian.notice).toMatch(/^read as UTF-16 BE/);
  });

  it("falls back to windows-1252 for bytes that are not UTF-8, and says so", async () => {
    const bytes = new Uint8Array(Buffer.from("Évacuation – Zürich", "latin1"));
    bytes[11] = 0x96; // windows-1252's en dash, where latin1 has a control character
    expect(await decodeText(bytes)).toEqual({
      text: "Évacuation – Zürich",
      notice:
        "read as windows-1252 (the file is not valid UTF-8); if accents look wrong, save it as UTF-8",
    });
  });

  it("reads text with a stray zero byte as UTF-8 still, when it is not UTF-16", async () => {
    expect(await decodeText(utf8("café\u0000"))).toEqual({ text: "café\u0000" });
  });

  it("drops every leading byte-order mark, from bytes or from text alike", async () => {
    const twice = new Uint8Array([...BOM.utf8, ...BOM.utf8, ...utf8(TEXT)]);
    expect(await decodeText(twice)).toEqual({ text: TEXT });
    expect(await decodeText(`\uFEFF\uFEFF${TEXT}`)).toEqual({ text: TEXT });
    const utf16Twice = new Uint8Array([...BOM.le, ...utf16le(`\uFEFF${TEXT}`)]);
    expect((await decodeText(utf16Twice)).text).toBe(TEXT);
  });

  it("keeps a byte-order mark inside the text, where it is a character like any other", async () => {
    expect((await decodeText(utf8("a\uFEFFb"))).text).toBe("a\uFEFFb");
  });

  it("reads an empty file as empty text", async () => {
    expect(await decodeText(new Uint8Array())).toEqual({ text: "" });
  });
});
