import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import type { Draft } from "./draft";

/** A project as the list shows it. */
export interface ProjectSummary {
  readonly id: string;
  readonly name: string;
  /** When it was last saved, in milliseconds since 1970. */
  readonly updatedMs: number;
  /** Opened from someone else's link: kept as it came until the reader copies it. */
  readonly readOnly: boolean;
}

export interface Project extends ProjectSummary {
  readonly draft: Draft;
}

interface StudioDb extends DBSchema {
  projects: { key: string; value: Project; indexes: { updatedMs: number } };
}

export const STUDIO_DB = "echoes-studio";
const DB_VERSION = 1;

export interface ProjectStoreOptions {
  readonly dbName?: string;
  readonly now?: () => number;
  readonly newId?: () => string;
}

export interface ProjectStore {
  /** Every project, the last saved first. */
  list(): Promise<ProjectSummary[]>;
  /** Saves a new project and gives its id; `readOnly` for one opened from a share link. */
  create(draft: Draft, options?: { readOnly?: boolean }): Promise<string>;
  /** Saves a project's draft; a read-only project is refused, as it must be copied first. */
  save(id: string, draft: Draft): Promise<void>;
  load(id: string): Promise<Project | undefined>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** A copy the reader can edit, under a new id. */
  copy(id: string, name?: string): Promise<string>;
  close(): void;
}

const toSummary = ({ id, name, updatedMs, readOnly }: Project): ProjectSummary => ({
  id,
  name,
  updatedMs,
  readOnly,
});

/** Projects kept in this browser's IndexedDB: nothing leaves it. */
/** 128 random bits as hex: randomUUID exists only on https and localhost, and a classroom may serve over http. */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");
}

export async function openProjectStore(options: ProjectStoreOptions = {}): Promise<ProjectStore> {
  const { dbName = STUDIO_DB, now = Date.now, newId = randomId } = options;
  const db: IDBPDatabase<StudioDb> = await openDB<StudioDb>(dbName, DB_VERSION, {
    upgrade(database) {
      const projects = database.createObjectStore("projects", { keyPath: "id" });
      projects.createIndex("updatedMs", "updatedMs");
    },
  });

  async function existing(id: string): Promise<Project> {
    const project = await db.get("projects", id);
    if (!project) throw new Error(`project ${JSON.stringify(id)}: is not saved in this browser`);
    return project;
  }

  async function create(draft: Draft, { readOnly = false } = {}): Promise<string> {
    const id = newId();
    await db.add("projects", { id, name: draft.name, updatedMs: now(), readOnly, draft });
    return id;
  }

  return {
    async list() {
      const projects = await db.getAllFromIndex("projects", "updatedMs");
      return projects.reverse().map(toSummary);
    },
    create,
    async save(id, draft) {
      const project = await existing(id);
      if (project.readOnly) {
        throw new Error(
          `project "${project.name}": is read-only, as it came from a link: copy it to edit it`,
        );
      }
      await db.put("projects", { ...project, name: draft.name, draft, updatedMs: now() });
    },
    load: (id) => db.get("projects", id),
    async rename(id, name) {
      const project = await existing(id);
      const draft = { ...project.draft, name };
      await db.put("projects", { ...project, name, draft, updatedMs: now() });
    },
    remove: (id) => db.delete("projects", id),
    async copy(id, name) {
      const { draft } = await existing(id);
      return create({ ...draft, name: name ?? draft.name });
    },
    close: () => db.close(),
  };
}
