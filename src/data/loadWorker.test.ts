import { afterEach, describe, expect, it, vi } from "vitest";
import type { LoadReply, LoadRequest } from "./loadWorker";

vi.mock("./readFiles", () => ({
  readAndValidate: () => async () => {
    throw new RangeError("Maximum call stack size exceeded");
  },
}));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the loading worker", () => {
  it("replies with a file's problem when checking it throws, so the page never waits on it", async () => {
    let onMessage: ((event: MessageEvent<LoadRequest>) => Promise<void>) | undefined;
    const replies: LoadReply[] = [];
    vi.stubGlobal("addEventListener", (_type: string, listener: typeof onMessage) => {
      onMessage = listener;
    });
    vi.stubGlobal("postMessage", (reply: LoadReply) => replies.push(reply));
    await import("./loadWorker");
    const request: LoadRequest = {
      id: 7,
      file: "episodes/deep.json",
      kind: "episode",
      read: { ok: true, text: "[".repeat(10_000) },
    };
    await onMessage?.({ data: request } as MessageEvent<LoadRequest>);
    expect(replies).toEqual([
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
});
