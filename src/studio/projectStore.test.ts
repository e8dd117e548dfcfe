import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { blankDraft, MANIFEST_FILE, setField } from "./draft";
import { openProjectStore, type ProjectStore } from "./projectStore";

let opened: ProjectStore[] = [];
let dbCount = 0;

/** A store in a database of its own, with a clock that ticks one second per save. */
async function freshStore(): Promise<ProjectStore> {
  let clock = 1_000;
  let ids = 0;
  dbCount += 1;
  const store = await openProjectStore({
    dbName: `studio-test-${dbCount}`,
    now: () => {
      clock += 1_000;
      return clock;
    },
    newId: () => `project-${++ids}`,
  });
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const store of opened) store.close();
  opened = [];
});

describe("openProjectStore()", () => {
  it("saves several projects and lists them, the last saved first", async () => {
    const store = await freshStore();
    const first = await store.create(blankDraft("First"));
    const second = await store.create(blankDraft("Second"));
    await store.save(first, setField(blankDraft("First"), MANIFEST_FILE, "title", "Edited"));
    expect(await store.list()).toEqual([
      { id: first, name: "First", updatedMs: 4_000, readOnly: false },
      { id: second, name: "Second", updatedMs: 3_000, readOnly: false },
    ]);
    const loaded = await store.load(first);
    expect(loaded?.draft.files[MANIFEST_FILE]).toMatchObject({ title: "Edited" });
  });

  it("keeps projects across a reopening of the database", async () => {
    const store = await freshStore();
    const id = await store.create(blankDraft("Kept"));
    store.close();
    const again = await openProjectStore({ dbName: `studio-test-${dbCount}` });
    opened.push(again);
    expect((await again.load(id))?.draft).toEqual(blankDraft("Kept"));
  });

  it("renames a project, its draft's name with it, and deletes one", async () => {
    const store = await freshStore();
    const id = await store.create(blankDraft("Old"));
    const other = await store.create(blankDraft("Other"));
    await store.rename(id, "New");
    expect((await store.load(id))?.draft.name).toBe("New");
    await store.remove(other);
    expect((await store.list()).map((project) => project.name)).toEqual(["New"]);
    expect(await store.load(other)).toBeUndefined();
  });

  it("keeps a project from a link read-only until it is copied", async () => {
    const store = await freshStore();
    const shared = await store.create(blankDraft("Theirs"), { readOnly: true });
    await expect(store.save(shared, blankDraft("Changed"))).rejects.toThrow(
      'project "Theirs": is read-only, as it came from a link: copy it to edit it',
    );
    const copy = await store.copy(shared, "Mine");
    await store.save(copy, setField(blankDraft("Mine"), MANIFEST_FILE, "title", "Edited"));
    expect(await store.list()).toEqual([
      expect.objectContaining({ id: copy, name: "Mine", readOnly: false }),
      expect.objectContaining({ id: shared, name: "Theirs", readOnly: true }),
    ]);
    expect((await store.load(shared))?.draft).toEqual(blankDraft("Theirs"));
  });

  it("names a project it does not have", async () => {
    const store = await freshStore();
    await expect(store.rename("nope", "X")).rejects.toThrow(
      'project "nope": is not saved in this browser',
    );
  });
});
