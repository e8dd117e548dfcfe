import type { ChosenFile } from "../../data/loading/localFiles";

/** A folder holds at most this many files for Echoes, so that a mistaken drop of a home folder ends. */
const MAX_FILES = 2000;

/** The files picked in a file dialog, by their path where the dialog gives one. */
export function pickedFiles(files: Iterable<File>): ChosenFile[] {
  return [...files].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
}

/**
 * The files dropped on the page, with the folders they came in: a dropped
 * folder is read through (as the file dialog cannot), so that files of the
 * same name in different folders keep their paths and are told apart.
 */
export async function droppedFiles(transfer: DataTransfer): Promise<ChosenFile[]> {
  const entries = [...transfer.items].flatMap((item) => {
    const entry = item.kind === "file" ? item.webkitGetAsEntry?.() : null;
    return entry ? [entry] : [];
  });
  // A browser without entries gives the files alone.
  if (entries.length === 0) return pickedFiles(transfer.files);
  const found: ChosenFile[] = [];
  for (const entry of entries) await collect(entry, found);
  return found;
}

async function collect(entry: FileSystemEntry, found: ChosenFile[]): Promise<void> {
  if (found.length >= MAX_FILES) return;
  if (isFile(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    found.push({ file, path: entry.fullPath.replace(/^\/+/, "") || file.name });
    return;
  }
  if (!isDirectory(entry)) return;
  for (const child of await readAllEntries(entry.createReader())) {
    // Hidden files (.DS_Store and the like) are the system's, not the collection's.
    if (!child.name.startsWith(".")) await collect(child, found);
  }
}

/** A folder's reader gives its entries in batches, until one is empty. */
async function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0 || all.length >= MAX_FILES) return all;
    all.push(...batch);
  }
}

const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry =>
  entry.isDirectory;
