import type { FileKind } from "../format/fileKinds";
import { errorMessage } from "../format/problem";
import type { FileValidation, FileValues } from "../format/validateFiles";
import type { LoadFile, ReadText } from "./loadCollection";
import type { LoadReply, LoadRequest } from "./loadWorker";

interface Pending {
  readonly resolve: (result: FileValidation<unknown>) => void;
  readonly reject: (error: Error) => void;
}

interface LoadWorker {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  /** It could not start, or it stopped: it will answer nothing more. */
  failed: boolean;
}

export interface WorkerFileLoader {
  readonly loadFile: LoadFile;
  /** Stops the workers; files still loading come back through the fallback. */
  readonly close: () => void;
}

/**
 * Loads a collection's files with Web Workers, one per core, up to four: the
 * page reads each file with readText (downloads cost it little)
 * and a worker decodes, parses and validates it, so that a large collection
 * is checked beside the page rather than in its one thread. A file whose worker fails (it
 * could not start, or it stopped) is loaded through the fallback instead.
 */
export function createWorkerFileLoader(
  readText: ReadText,
  fallback: () => Promise<LoadFile>,
): WorkerFileLoader {
  // Not one fewer for the page: it has nothing to draw until every file is checked, and its part
  // until then (reading, taking the replies) is light, while files that arrive together wait on a
  // busy worker.
  const size = Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency || 2));
  let nextId = 0;
  const workers: LoadWorker[] = Array.from({ length: size }, () => {
    const worker = new Worker(new URL("./loadWorker.ts", import.meta.url), { type: "module" });
    const entry: LoadWorker = { worker, pending: new Map(), failed: false };
    worker.addEventListener("message", (event: MessageEvent<LoadReply>) => {
      entry.pending.get(event.data.id)?.resolve(JSON.parse(event.data.result));
      entry.pending.delete(event.data.id);
    });
    const failAll = () => {
      entry.failed = true;
      for (const pending of entry.pending.values()) pending.reject(new Error("worker failed"));
      entry.pending.clear();
    };
    worker.addEventListener("error", failAll);
    worker.addEventListener("messageerror", failAll);
    return entry;
  });

  const inWorker = async (file: string, kind: LoadRequest["kind"]) => {
    // Copied to the worker, not transferred: readAhead may hand the same bytes to another asker.
    const read: LoadRequest["read"] = await readText(file).then(
      (content) => ({ ok: true, content }),
      (error: unknown) => ({
        ok: false,
        error: errorMessage(error),
      }),
    );
    const entry = workers
      .filter((candidate) => !candidate.failed)
      .reduce<LoadWorker | undefined>(
        (idlest, candidate) =>
          idlest && idlest.pending.size <= candidate.pending.size ? idlest : candidate,
        undefined,
      );
    if (!entry) throw new Error("no worker");
    const id = nextId++;
    return new Promise<FileValidation<unknown>>((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      const request: LoadRequest = { id, file, kind, read };
      entry.worker.postMessage(request);
    });
  };

  const loadFile: LoadFile = async <K extends FileKind>(file: string, kind: K) => {
    try {
      // The reply was made by the same validator, for the same kind.
      return (await inWorker(file, kind)) as FileValidation<FileValues[K]>;
    } catch {
      return (await fallback())(file, kind);
    }
  };

  return {
    loadFile,
    close: () => {
      for (const entry of workers) {
        entry.worker.terminate();
        for (const pending of entry.pending.values()) pending.reject(new Error("closed"));
      }
    },
  };
}
