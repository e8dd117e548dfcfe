import { describe, expect, it } from "vitest";
import { createSampleStore } from "../../tests/support/sampleStore";
import type { LoadResult } from "../data/loading/loadCollection";
import { createEchoesStore } from "./createEchoesStore";
import { selectCollection, selectNoticeProblems, selectProblems } from "./selectors";

describe("createEchoesStore", () => {
  it("goes from idle to loading to loaded", async () => {
    const store = createSampleStore();
    expect(store.getState().load.status).toBe("idle");
    const loading = store.getState().loadCollection("collection.json");
    expect(store.getState().load).toEqual({
      status: "loading",
      url: "collection.json",
      source: { kind: "address", url: "collection.json" },
    });
    await loading;
    expect(selectCollection(store.getState())?.episodes).toHaveLength(2);
    expect(selectProblems(store.getState())).toEqual([]);
  });

  it("does not load the same collection twice", async () => {
    let calls = 0;
    const store = createEchoesStore({
      loader: async () => {
        calls += 1;
        return { ok: false, problems: [] };
      },
    });
    await Promise.all([
      store.getState().loadCollection("a.json"),
      store.getState().loadCollection("a.json"),
    ]);
    await store.getState().loadCollection("a.json");
    expect(calls).toBe(1);
  });

  it("turns a loader that throws into a failed load with a problem", async () => {
    const store = createEchoesStore({
      loader: async () => {
        throw new Error("offline");
      },
    });
    await store.getState().loadCollection("a.json");
    expect(store.getState().load).toMatchObject({
      status: "failed",
      problems: [{ file: "a.json", message: "could not be loaded (offline)" }],
    });
  });

  it("keeps the newest request when an older one finishes last", async () => {
    const pending = new Map<string, (result: LoadResult) => void>();
    const store = createEchoesStore({
      loader: (url) => new Promise((resolve) => pending.set(url, resolve)),
    });
    const first = store.getState().loadCollection("old.json");
    const second = store.getState().loadCollection("new.json");
    pending.get("new.json")?.({ ok: false, problems: [] });
    await second;
    pending.get("old.json")?.({
      ok: false,
      problems: [{ file: "old", path: "", message: "x", dropped: "" }],
    });
    await first;
    expect(store.getState().load).toEqual({
      status: "failed",
      url: "new.json",
      source: { kind: "address", url: "new.json" },
      problems: [],
    });
  });

  it("keeps where files loaded some other way came from", async () => {
    const store = createEchoesStore();
    await store
      .getState()
      .loadFrom("your files (a.json)", { kind: "files", names: ["a.json"] }, async () => ({
        ok: false,
        problems: [],
      }));
    expect(store.getState().load).toMatchObject({
      status: "failed",
      url: "your files (a.json)",
      source: { kind: "files", names: ["a.json"] },
    });
  });

  it("shows the notice until it is dismissed", async () => {
    // The missing file, and the analogy, article and lesson links into it.
    const store = createSampleStore({ "episodes/hungary-1956.json": null });
    await store.getState().loadCollection("collection.json");
    expect(selectNoticeProblems(store.getState())).toHaveLength(4);
    store.getState().dismissNotice();
    expect(selectNoticeProblems(store.getState())).toEqual([]);
    expect(selectProblems(store.getState())).toHaveLength(4);
  });

  it("keeps two stores apart, as two embeds on one page need", async () => {
    const first = createSampleStore();
    const second = createSampleStore({ "episodes/prague-1968.json": null });
    await Promise.all([
      first.getState().loadCollection("collection.json"),
      second.getState().loadCollection("collection.json"),
    ]);
    expect(selectCollection(first.getState())?.episodes).toHaveLength(2);
    expect(selectCollection(second.getState())?.episodes).toHaveLength(1);
  });
});
