import { describe, expect, it } from "vitest";
import { droppedFiles } from "./droppedFiles";

/** A folder or file as a browser's drop gives it (FileSystemEntry), reading its folders in batches of two. */
type Tree = { readonly [name: string]: string | Tree };

function entry(name: string, content: string | Tree, parent: string): FileSystemEntry {
  const fullPath = `${parent}/${name}`;
  if (typeof content === "string") {
    return {
      name,
      fullPath,
      isFile: true,
      isDirectory: false,
      file: (resolve: (file: File) => void) => resolve(new File([content], name)),
    } as unknown as FileSystemEntry;
  }
  const children = Object.entries(content).map(([child, value]) => entry(child, value, fullPath));
  return {
    name,
    fullPath,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let next = 0;
      return {
        readEntries: (resolve: (batch: FileSystemEntry[]) => void) => {
          resolve(children.slice(next, next + 2));
          next += 2;
        },
      };
    },
  } as unknown as FileSystemEntry;
}

function drop(tree: Tree): DataTransfer {
  const entries = Object.entries(tree).map(([name, value]) => entry(name, value, ""));
  return {
    items: entries.map((found) => ({ kind: "file", webkitGetAsEntry: () => found })),
    files: [],
  } as unknown as DataTransfer;
}

describe("droppedFiles(transfer)", () => {
  it("reads a dropped folder through, each file with its path, hidden files left out", async () => {
    const files = await droppedFiles(
      drop({
        mine: {
          "collection.json": "{}",
          ".DS_Store": "",
          articles: { "eerie-echoes.json": "article" },
          lessons: { "eerie-echoes.json": "lesson" },
          episodes: { "a.json": "a", "b.json": "b", "c.csv": "c" },
        },
      }),
    );
    expect(files.map((found) => found.path).sort()).toEqual([
      "mine/articles/eerie-echoes.json",
      "mine/collection.json",
      "mine/episodes/a.json",
      "mine/episodes/b.json",
      "mine/episodes/c.csv",
      "mine/lessons/eerie-echoes.json",
    ]);
    const lesson = files.find((found) => found.path === "mine/lessons/eerie-echoes.json");
    expect(await lesson?.file.text()).toBe("lesson");
  });

  it("takes loose files by their names", async () => {
    const files = await droppedFiles(drop({ "a.json": "a", "b.csv": "b" }));
    expect(files.map((found) => found.path)).toEqual(["a.json", "b.csv"]);
  });
});
