import type { Plugin } from "vite";

/** The entry: it starts loading the collection, then loads a shell. */
const ENTRY = /\/src\/app\/main\.ts$/;
/** The shells the entry chooses between: the app and the embed. */
const SHELL = /\/src\/app\/render\w+\.tsx$/;
/** The packages every shell renders with, kept in the shared file whoever imports them first. */
const RENDERING_PACKAGES = /\/node_modules\/(?:react|react-dom|scheduler|zustand)\//;

interface ModuleGraph {
  getModuleInfo(id: string): {
    readonly importedIds: readonly string[];
    readonly importers: readonly string[];
  } | null;
}

/** The module and every module it imports statically, however deep: what must load before it runs. */
function staticClosure(graph: ModuleGraph, root: string): Set<string> {
  const reached = new Set<string>([root]);
  const pending = [root];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    for (const imported of graph.getModuleInfo(id)?.importedIds ?? []) {
      if (!reached.has(imported)) {
        reached.add(imported);
        pending.push(imported);
      }
    }
  }
  return reached;
}

/**
 * How the first load is split, read from the import graph rather than from lists of files: what
 * the entry imports goes in one file that React does not wait for ("loading"), so that the
 * collection's downloads start as soon as the page runs a script; what both shells import goes in
 * one other file ("shared"), as left to themselves the modules that lazily loaded parts share with
 * it would become a score of small files, which compress worse and cost a request each. Everything
 * else, a shell's own modules and what loads on demand, is split by the bundler at its dynamic
 * imports. The style sheets the entry or both shells import make one sheet, in import order.
 */
export function firstLoadChunks() {
  let loadingFirst = new Set<string>();
  let sharedFirst = new Set<string>();
  const plugin: Plugin = {
    name: "echoes-first-load-chunks",
    apply: "build",
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const entry = ids.find((id) => ENTRY.test(id));
      const shells = ids.filter((id) => SHELL.test(id));
      if (!entry || shells.length === 0) return;
      loadingFirst = staticClosure(this, entry);
      const closures = shells.map((shell) => staticClosure(this, shell));
      const inAShell = new Set(closures.flatMap((closure) => [...closure]));
      // A shell's module that code loaded on demand imports too would be a file of its own.
      const alsoLoadedLater = (id: string) =>
        !id.endsWith(".css") &&
        (this.getModuleInfo(id)?.importers ?? []).some(
          (importer) => !inAShell.has(importer) && !loadingFirst.has(importer),
        );
      sharedFirst = new Set(
        [...inAShell].filter(
          (id) =>
            !SHELL.test(id) &&
            !loadingFirst.has(id) &&
            (closures.every((closure) => closure.has(id)) || alsoLoadedLater(id)),
        ),
      );
    },
  };
  const isStyle = (id: string) => id.endsWith(".css");
  const groups = [
    {
      // The style sheet goes with it, under a name that says what it is.
      name: (id: string) => (isStyle(id) ? "app" : "loading"),
      debugName: "loading",
      test: (id: string) => loadingFirst.has(id) || (isStyle(id) && sharedFirst.has(id)),
    },
    {
      name: "shared",
      test: (id: string) => RENDERING_PACKAGES.test(id) || sharedFirst.has(id),
    },
  ];
  return { plugin, groups };
}
