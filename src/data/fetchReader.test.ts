import { afterEach, describe, expect, it, vi } from "vitest";
import { createFetchReader } from "./fetchReader";

afterEach(() => vi.unstubAllGlobals());

const answer = (body: string, headers: Record<string, string> = {}) =>
  vi.fn(
    async (_url: URL) =>
      new Response(body, { headers: { "content-type": "application/json", ...headers } }),
  );

describe("createFetchReader(manifestUrl, baseUrl)", () => {
  it("reads files named relative to the manifest", async () => {
    const fetch = answer('{"a": 1}');
    vi.stubGlobal("fetch", fetch);
    const { manifestFile, readText } = createFetchReader(
      "/c/collection.json",
      "https://example.org/app/",
    );
    expect(manifestFile).toBe("collection.json");
    expect(await readText("episodes/one.json")).toBe('{"a": 1}');
    expect(String(fetch.mock.calls[0]?.[0])).toBe("https://example.org/c/episodes/one.json");
  });

  it("refuses a file larger than the limit, by its header or by what arrives", async () => {
    const limits = { timeoutMs: 1000, maxBytes: 10 };
    vi.stubGlobal("fetch", answer("{}", { "content-length": "11" }));
    const byHeader = createFetchReader(
      "https://example.org/c.json",
      "https://example.org/",
      limits,
    );
    await expect(byHeader.readText("big.json")).rejects.toThrow(
      "https://example.org/big.json is larger than 0 MB, the most Echoes reads",
    );
    vi.stubGlobal("fetch", answer("x".repeat(11)));
    const byBody = createFetchReader("https://example.org/c.json", "https://example.org/", limits);
    await expect(byBody.readText("big.json")).rejects.toThrow("is larger than");
  });

  it("gives up on a server that does not answer in time, and says so", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        (_url: URL, init: RequestInit) =>
          new Promise((_resolve, reject) =>
            init.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
          ),
      ),
    );
    const { readText } = createFetchReader("https://slow.example/c.json", "https://slow.example/", {
      timeoutMs: 50,
      maxBytes: 1000,
    });
    await expect(readText("c.json")).rejects.toThrow(
      "https://slow.example/c.json did not answer within 0.05 s",
    );
  });

  it("tells a web page served in place of a missing file from a data file", async () => {
    vi.stubGlobal("fetch", answer("<!doctype html>", { "content-type": "text/html" }));
    const { readText } = createFetchReader("https://example.org/c.json", "https://example.org/");
    await expect(readText("missing.json")).rejects.toThrow("is a web page, not a JSON file");
  });
});
