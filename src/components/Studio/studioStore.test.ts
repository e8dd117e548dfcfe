import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { blankDraft, MANIFEST_FILE, setField } from "../../studio/draft";
import { openProjectStore, type ProjectStore } from "../../studio/projectStore";
import { createStudioStore, SAVE_DELAY_MS } from "./studioStore";

let projects: ProjectStore;
let databases = 0;

beforeEach(async () => {
  databases += 1;
  let ids = 0;
  projects = await openProjectStore({
    dbName: `studio-store-test-${databases}`,
    newId: () => `project-${++ids}`,
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  projects.close();
});

const titled = (title: string) =>
  setField(blankDraft("Lesson plan"), MANIFEST_FILE, "title", title);

/** Waits for the save that follows an edit's pause, on the real clock (IndexedDB's stand-in runs on it). */
const saveSettled = (studio: ReturnType<typeof createStudioStore>) =>
  vi.waitFor(() => expect(studio.getState().save.status).not.toBe("saving"), {
    timeout: SAVE_DELAY_MS * 5,
  });

describe("createStudioStore()", () => {
  it("starts a project, opens it, and saves each edit in this browser after a pause", async () => {
    const studio = createStudioStore(projects);
    await studio.getState().start({ draft: blankDraft("Lesson plan"), problems: [] });
    expect(studio.getState().open?.id).toBe("project-1");
    studio.getState().edit(titled("Two crises"));
    expect(studio.getState().save.status).toBe("saving");
    await saveSettled(studio);
    expect(studio.getState().save.status).toBe("saved");
    const saved = await projects.load("project-1");
    expect(saved?.draft.files[MANIFEST_FILE]).toMatchObject({ title: "Two crises" });
  });

  it("undoes a run of typing in one field as one step, and redoes it", async () => {
    const studio = createStudioStore(projects);
    await studio.getState().start({ draft: blankDraft("Lesson plan"), problems: [] });
    const { edit, settle, undo, redo } = studio.getState();
    edit(titled("T"), "collection.json#title");
    edit(titled("Tw"), "collection.json#title");
    edit(titled("Two"), "collection.json#title");
    settle();
    edit(titled("Two!"), "collection.json#title");
    const title = () =>
      (
        studio.getState().open?.history.present.files[MANIFEST_FILE] as
          | { title?: string }
          | undefined
      )?.title;
    undo();
    expect(title()).toBe("Two");
    undo();
    expect(title()).toBe("Lesson plan");
    redo();
    expect(title()).toBe("Two");
  });

  it("keeps a shared project read-only until copied, and the copy editable under a new id", async () => {
    const studio = createStudioStore(projects);
    await studio
      .getState()
      .start({ draft: titled("Sent to me"), problems: [] }, { readOnly: true });
    studio.getState().edit(titled("Changed"));
    expect(studio.getState().open?.history.present).toEqual(titled("Sent to me"));
    await studio.getState().copyOpen("Sent to me (my copy)");
    expect(studio.getState().open).toMatchObject({ id: "project-2", readOnly: false });
    expect(
      studio
        .getState()
        .projects.map((project) => project.name)
        .sort(),
    ).toEqual(["Sent to me (my copy)", "Lesson plan"].sort());
    expect((await projects.load("project-1"))?.draft).toEqual(titled("Sent to me"));
  });

  it("saves what was typed just before the project is closed", async () => {
    const studio = createStudioStore(projects);
    await studio.getState().start({ draft: blankDraft("Lesson plan"), problems: [] });
    studio.getState().edit(titled("Last words"));
    studio.getState().closeProject();
    await vi.waitFor(async () =>
      expect((await projects.load("project-1"))?.draft.files[MANIFEST_FILE]).toMatchObject({
        title: "Last words",
      }),
    );
    expect(studio.getState().open).toBeUndefined();
  });

  it("saves at once what waits to be saved when asked to flush, as when the page is left", async () => {
    const studio = createStudioStore(projects);
    await studio.getState().start({ draft: blankDraft("Lesson plan"), problems: [] });
    studio.getState().edit(titled("Just typed"));
    await studio.getState().flush();
    expect(studio.getState().save.status).toBe("saved");
    expect((await projects.load("project-1"))?.draft.files[MANIFEST_FILE]).toMatchObject({
      title: "Just typed",
    });
  });

  it("says why a save failed, and keeps the edit", async () => {
    const studio = createStudioStore(projects);
    await studio.getState().start({ draft: blankDraft("Lesson plan"), problems: [] });
    vi.spyOn(projects, "save").mockRejectedValueOnce(new Error("the browser's storage is full"));
    studio.getState().edit(titled("Kept"));
    await saveSettled(studio);
    expect(studio.getState().save).toEqual({
      status: "failed",
      message: "the browser's storage is full",
    });
    expect(studio.getState().open?.history.present).toEqual(titled("Kept"));
  });

  it("forgets a deleted project, closing it if it was open", async () => {
    const studio = createStudioStore(projects);
    await studio.getState().start({ draft: blankDraft("Lesson plan"), problems: [] });
    await studio.getState().remove("project-1");
    expect(studio.getState().open).toBeUndefined();
    expect(studio.getState().projects).toEqual([]);
  });
});
