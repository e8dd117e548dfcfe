import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SAMPLE_DIR } from "../../tests/support/fixtureReader";
import { startLocalServer } from "../../tests/support/localServer";
import { formatProblem } from "../data/format/problem";
import { validateTarget } from "./validateTarget";

/** Limits to pass within, however busy the machine running the tests. */
const LIMITS = { timeoutMs: 10_000, maxBytes: 100_000 };
/** A time limit short enough to reach in a test. */
const TINY_LIMITS = { timeoutMs: 200, maxBytes: 100_000 };
const SAMPLE_SUMMARY =
  "2 episodes, 4 events, 1 role, 1 article, 2 excerpts, 1 lesson, 0 corrections";

const closing: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closing.splice(0).map((close) => close()));
});

/**
 * Serves the sample collection under /sample/, with some files replaced, and
 * /short as a link to its manifest.
 */
async function sampleServer(replaced: Record<string, string> = {}) {
  const server = await startLocalServer(async (request, response) => {
    const path = (request.url ?? "").replace(/^\/sample\//, "");
    if (path === "/short") {
      response.writeHead(302, { location: "/sample/collection.json" }).end();
      return;
    }
    try {
      const body = replaced[path] ?? (await readFile(join(SAMPLE_DIR, path)));
      response.writeHead(200, { "content-type": "application/json" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  closing.push(server.close);
  return server.url;
}

/** A server that answers at once, then sends a space every 20 ms and never finishes. */
async function drippingServer() {
  const server = await startLocalServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    const drip = setInterval(() => response.write(" "), 20);
    response.on("close", () => clearInterval(drip));
  });
  closing.push(server.close);
  return server.url;
}

describe("validateTarget(name, limits): collections on the web, read as the app reads them", () => {
  it("checks a collection at a web address, and one reached through a redirect", async () => {
    const url = await sampleServer();
    for (const target of [`${url}/sample/collection.json`, `${url}/short`]) {
      const { problems, summary } = await validateTarget(target, LIMITS);
      expect(problems).toEqual([]);
      expect(summary).toBe(SAMPLE_SUMMARY);
    }
  });

  it("names each listed file by the address it was read from, after the manifest's redirect", async () => {
    const manifest = JSON.parse(await readFile(join(SAMPLE_DIR, "collection.json"), "utf8"));
    manifest.episodes.push("episodes/missing.json");
    const url = await sampleServer({ "collection.json": JSON.stringify(manifest) });
    const { problems } = await validateTarget(`${url}/short`, LIMITS);
    const missing = `${url}/sample/episodes/missing.json`;
    expect(problems.map(formatProblem)).toEqual([
      `${missing}: could not be read (HTTP 404 from ${missing})`,
    ]);
  });

  it("stops at the time limit a manifest that drips in and never ends", async () => {
    const url = await drippingServer();
    const started = Date.now();
    const { problems, summary } = await validateTarget(`${url}/collection.json`, TINY_LIMITS);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(summary).toBe("unreadable");
    expect(problems.map(formatProblem)).toEqual([
      `${url}/collection.json: could not be read (${url}/collection.json timed out: it did not arrive within 0.2 s)`,
    ]);
  });

  it("reads a web file a local manifest lists within the same limits", async () => {
    const url = await drippingServer();
    const dir = await mkdtemp(join(tmpdir(), "echoes-remote-"));
    closing.push(() => rm(dir, { recursive: true, force: true }));
    const manifest = JSON.parse(await readFile(join(SAMPLE_DIR, "collection.json"), "utf8"));
    manifest.episodes = [`${url}/episodes/slow.json`];
    delete manifest.analogies;
    delete manifest.articles;
    delete manifest.lessons;
    await writeFile(join(dir, "collection.json"), JSON.stringify(manifest));
    const { problems } = await validateTarget(join(dir, "collection.json"), TINY_LIMITS);
    expect(problems.map(formatProblem)).toContain(
      `${url}/episodes/slow.json: could not be read (${url}/episodes/slow.json timed out: it did not arrive within 0.2 s)`,
    );
  });

  it("says a server that is down could not be reached", async () => {
    const server = await startLocalServer(() => {});
    await server.close();
    const { problems } = await validateTarget(`${server.url}/collection.json`, LIMITS);
    expect(problems.map(formatProblem)).toEqual([
      `${server.url}/collection.json: could not be read (${server.url}/collection.json could not be reached: the server may be down (ECONNREFUSED))`,
    ]);
  });
});
