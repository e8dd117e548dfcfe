import { createStore } from "zustand/vanilla";
import { errorMessage, type Problem } from "../../data/format/problem";
import type { Draft } from "../../studio/draft";
import { createHistory, type History, record, redo, settle, undo } from "../../studio/history";
import type { ProjectStore, ProjectSummary } from "../../studio/projectStore";
import type { Started } from "../../studio/startFrom";

/** Long enough to save a run of typing once, short enough that a closed tab loses little. */
export const SAVE_DELAY_MS = 400;

export type SaveState =
  | { readonly status: "saved" }
  | { readonly status: "saving" }
  | { readonly status: "failed"; readonly message: string };

export interface OpenProject {
  readonly id: string;
  /** From someone else's link: shown, not changed, until copied. */
  readonly readOnly: boolean;
  readonly history: History;
}

export interface StudioState {
  readonly projects: readonly ProjectSummary[];
  readonly open?: OpenProject;
  readonly save: SaveState;
  /** What could not be taken from the files a project was started from. */
  readonly startProblems: readonly Problem[];
  /** Reads the list of projects saved in this browser. */
  readonly refresh: () => Promise<void>;
  /** Saves a new project begun from `started`, and opens it. */
  readonly start: (started: Started, options?: { readonly readOnly?: boolean }) => Promise<void>;
  readonly openProject: (id: string) => Promise<void>;
  /** Back to the list of projects. */
  readonly closeProject: () => void;
  readonly edit: (next: Draft, typingIn?: string) => void;
  readonly settle: () => void;
  readonly undo: () => void;
  readonly redo: () => void;
  /** An editable copy of the open project, opened in its place. */
  readonly copyOpen: (name: string) => Promise<void>;
  readonly remove: (id: string) => Promise<void>;
  /** Saves at once what is waiting to be saved: the page is being hidden or left. */
  readonly flush: () => Promise<void>;
}

/** The Studio's projects and the one open, with undo and saving as it goes; one per Studio. */
export function createStudioStore(projects: ProjectStore) {
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  return createStore<StudioState>()((set, get) => {
    const refresh = async () => set({ projects: await projects.list() });

    const saveNow = async () => {
      clearTimeout(saveTimer);
      const open = get().open;
      if (!open || open.readOnly) return;
      try {
        await projects.save(open.id, open.history.present);
        if (get().open === open) set({ save: { status: "saved" } });
        await refresh();
      } catch (error) {
        set({ save: { status: "failed", message: errorMessage(error) } });
      }
    };

    const saveSoon = () => {
      clearTimeout(saveTimer);
      set({ save: { status: "saving" } });
      saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
    };

    const withHistory = (change: (history: History) => History) => {
      const open = get().open;
      if (!open) return;
      const history = change(open.history);
      if (history === open.history) return;
      const changed = history.present !== open.history.present;
      set({ open: { ...open, history } });
      if (changed && !open.readOnly) saveSoon();
    };

    const openProject = async (id: string) => {
      const project = await projects.load(id);
      if (!project) throw new Error(`project ${JSON.stringify(id)}: is not saved in this browser`);
      clearTimeout(saveTimer);
      set({
        open: { id, readOnly: project.readOnly, history: createHistory(project.draft) },
        save: { status: "saved" },
      });
    };

    return {
      projects: [],
      save: { status: "saved" },
      startProblems: [],
      refresh,
      start: async (started, options) => {
        const id = await projects.create(started.draft, options);
        await openProject(id);
        set({ startProblems: started.problems });
        await refresh();
      },
      openProject: async (id) => {
        await openProject(id);
        set({ startProblems: [] });
      },
      closeProject: () => {
        // What was typed in the last moment before closing is saved, not dropped.
        if (get().save.status === "saving") void saveNow();
        set({ open: undefined, startProblems: [], save: { status: "saved" } });
      },
      edit: (next, typingIn) => {
        if (get().open?.readOnly) return;
        withHistory((history) => record(history, next, typingIn));
      },
      settle: () => withHistory(settle),
      undo: () => withHistory(undo),
      redo: () => withHistory(redo),
      copyOpen: async (name) => {
        const open = get().open;
        if (!open) return;
        const id = await projects.copy(open.id, name);
        await openProject(id);
        await refresh();
      },
      flush: async () => {
        if (get().save.status === "saving") await saveNow();
      },
      remove: async (id) => {
        await projects.remove(id);
        if (get().open?.id === id) set({ open: undefined });
        await refresh();
      },
    };
  });
}

export type StudioStore = ReturnType<typeof createStudioStore>;
