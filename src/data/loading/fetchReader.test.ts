import { afterEach, describe, expect, it, vi } from "vitest";
import { startLocalServer } from "../../../tests/support/localServer";
import { decodeText } from "./decodeText";
import { createFetchReader, fetchFile } from "./fetchReader";

afterEach(() => vi.unstubAllGlobals());

const answer = (body: string, headers: Record<string, string> = {}) =>
  vi.fn(
    async (_url: URL) =>
      new Response(body, { headers: { "content-type": "application/json", ...headers } }),
  );

const text = async (read: Promise<unknown>) => (await decodeText((await read) as Uint8Array)).text;

describe("createFetchReader(manifestUrl, baseUrl)", () => {
  it("reads files named relative to the manifest, as bytes", async () => {
    const fetch = answer('{"a": 1}');
    vi.stubGlobal("fetch", fetch);
    const { manifestFile, readText } = createFetchReader(
      "/c/collection.json",
      "https://example.org/app/",
    );
    expect(manifestFile).toBe("collection.json");
    expect(await readText("episodes/one.json")).toBeInstanceOf(Uint8Array);
    expect(await text(readText("episodes/one.json"))).toBe('{"a": 1}');
    expect(String(fetch.mock.calls[0]?.[0])).toBe("https://example.org/c/episodes/one.json");
  });

  it("reads the listed files beside the manifest as it was served, after a redirect", async () => {
    const requested: string[] = [];
    const server = await startLocalServer((request, response) => {
      requested.push(request.url ?? "");
      if (request.url === "/short") {
        response.writeHead(302, { location: "/moved/collection.json" }).end();
      } else {
        response.writeHead(200, { "content-type": "application/json" }).end(`"${request.url}"`);
      }
    });
    try {
      const { manifestFile, readText, locate } = createFetchReader(
        `${server.url}/short`,
        server.url,
      );
      expect(await text(readText(manifestFile))).toBe('"/moved/collection.json"');
      expect(await text(readText("episodes/one.json"))).toBe('"/moved/episodes/one.json"');
      expect(locate("episodes/one.json").href).toBe(`${server.url}/moved/episodes/one.json`);
      expect(requested).toEqual(["/short", "/moved/collection.json", "/moved/episodes/one.json"]);
    } finally {
      await server.close();
    }
  });

  it("refuses a file larger than the limit in bytes, by its header or by what arrives", async () => {
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
    // Six characters, twelve bytes.
    vi.stubGlobal("fetch", answer("éééééé"));
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
      "https://slow.example/c.json timed out: it did not arrive within 0.05 s",
    );
  });

  it("tells a web page served in place of a missing file from a data file", async () => {
    vi.stubGlobal("fetch", answer("<!doctype html>", { "content-type": "text/html" }));
    const { readText } = createFetchReader("https://example.org/c.json", "https://example.org/");
    await expect(readText("missing.json")).rejects.toThrow("is a web page, not a JSON file");
  });
});

describe("fetchFile(url, limits): why a file could not be fetched", () => {
  const unreachable = () =>
    vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });

  it("names CORS or a server that is down for another site that gives no answer in a page", async () => {
    vi.stubGlobal("location", new URL("https://echoes.example/app/"));
    vi.stubGlobal("fetch", unreachable());
    await expect(fetchFile(new URL("https://elsewhere.example/c.json"))).rejects.toThrow(
      "https://elsewhere.example/c.json could not be reached: the server may be down, or it does not allow other sites to read it (CORS)",
    );
  });

  it("names the mixed content an https page cannot read", async () => {
    vi.stubGlobal("location", new URL("https://echoes.example/app/"));
    vi.stubGlobal("fetch", unreachable());
    await expect(fetchFile(new URL("http://elsewhere.example/c.json"))).rejects.toThrow(
      "http://elsewhere.example/c.json was blocked: a page served over https cannot read an http address",
    );
  });

  it("names the page's security policy when the browser reports it blocked the address", async () => {
    const listeners: Array<(event: { blockedURI: string }) => void> = [];
    vi.stubGlobal("addEventListener", (_type: string, listener: (typeof listeners)[number]) =>
      listeners.push(listener),
    );
    vi.resetModules();
    const fresh = await import("./fetchReader");
    vi.stubGlobal("location", new URL("https://echoes.example/app/"));
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        setTimeout(() => {
          for (const listener of listeners) listener({ blockedURI: "https://cdn.example" });
        });
        throw new TypeError("Failed to fetch");
      }),
    );
    await expect(fresh.fetchFile(new URL("https://cdn.example/c.json"))).rejects.toThrow(
      "https://cdn.example/c.json was blocked by this site's security policy (CSP)",
    );
  });

  it("says a server is down, with the system's reason, where there is no page", async () => {
    const server = await startLocalServer(() => {});
    await server.close();
    await expect(fetchFile(new URL(`${server.url}/c.json`))).rejects.toThrow(
      `${server.url}/c.json could not be reached: the server may be down (ECONNREFUSED)`,
    );
  });

  it("stops at the time limit a server that answers but drips its body", async () => {
    const server = await startLocalServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const drip = setInterval(() => response.write(" "), 20);
      response.on("close", () => clearInterval(drip));
    });
    try {
      const started = Date.now();
      await expect(
        fetchFile(new URL(`${server.url}/c.json`), { timeoutMs: 200, maxBytes: 1000 }),
      ).rejects.toThrow(`${server.url}/c.json timed out: it did not arrive within 0.2 s`);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await server.close();
    }
  });
});
