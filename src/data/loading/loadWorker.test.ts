import { afterEach, describe, expect, it, vi } from "vitest";
import type { LoadReply, LoadRequest } from "./loadWorker";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock("./readFiles");
  vi.resetModules();
});

/** Starts a fresh worker module in this thread; send gives it a request and waits for its handling. */
async function startWorker() {
  let onMessage: ((event: MessageEvent<LoadRequest>) => Promise<void>) | undefined;
  const replies: Array<{ id: number; result: unknown }> = [];
  vi.stubGlobal("addEventListener", (_type: string, listener: typeof onMessage) => {
    onMessage = listener;
  });
  vi.stubGlobal("postMessage", (reply: LoadReply) =>
    replies.push({ id: reply.id, result: JSON.parse(reply.result) }),
  );
  await import("./loadWorker");
  const send = (request: LoadRequest) =>
    onMessage?.({ data: request } as MessageEvent<LoadRequest>);
  return { send, replies };
}

describe("the loading worker", () => {
  it("replies with a file's problem when checking it throws, so the page never waits on it", async () => {
    vi.doMock("./readFiles", () => ({
      readAndValidate: () => async () => {
        throw new RangeError("Maximum call stack size exceeded");
      },
    }));
    const worker = await startWorker();
    await worker.send({
      id: 7,
      file: "episodes/deep.json",
      kind: "episode",
      read: { ok: true, content: "[".repeat(10_000) },
    });
    expect(worker.replies).toEqual([
      {
        id: 7,
        result: {
          value: undefined,
          problems: [
            {
              file: "episodes/deep.json",
              path: "",
              message: "could not be checked: Maximum call stack size exceeded",
              dropped: "the whole file",
            },
          ],
        },
      },
    ]);
  });

  it("decodes the bytes the page read as the page would, with the same notice", async () => {
    const worker = await startWorker();
    const manifest = '{"formatVersion": 1, "title": "Échos", "episodes": ["a.json"]}';
    await worker.send({
      id: 1,
      file: "collection.json",
      kind: "collection",
      read: { ok: true, content: new Uint8Array(Buffer.from(manifest, "latin1")) },
    });
    expect(worker.replies[0]?.result).toEqual({
      value: { formatVersion: 1, title: "Échos", episodes: ["a.json"] },
      problems: [
        {
          file: "collection.json",
          path: "",
          message:
            "read as windows-1252 (the file is not valid UTF-8); if accents look wrong, save it as UTF-8",
          dropped: "",
          note: true,
        },
      ],
    });
  });
});
