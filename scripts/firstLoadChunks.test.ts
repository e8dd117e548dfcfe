import { describe, expect, it } from "vitest";
import { firstLoadChunks } from "./firstLoadChunks";

/** A module graph of static imports, by the path under src/ of each module. */
const GRAPH: Record<string, readonly string[]> = {
  "app/main.ts": ["data/loading/fetchCollection.ts", "app/app.css"],
  "data/loading/fetchCollection.ts": ["data/format/problem.ts"],
  "data/format/problem.ts": [],
  "app/app.css": [],
  "app/renderApp.tsx": ["app/App.tsx"],
  "app/renderEmbed.tsx": ["app/EmbedApp.tsx", "app/embed.css"],
  "app/App.tsx": ["components/Timeline/TimelineView.tsx", "app/focusWhenShown.ts", "app/views.css"],
  "app/EmbedApp.tsx": ["components/Timeline/TimelineView.tsx"],
  "components/Timeline/TimelineView.tsx": [
    "components/Timeline/timeline.css",
    "data/format/problem.ts",
  ],
  "components/Timeline/timeline.css": [],
  "app/focusWhenShown.ts": [],
  "app/views.css": [],
  "app/embed.css": [],
  "components/Presenter/Presenter.tsx": [
    "app/focusWhenShown.ts",
    "components/Presenter/presenter.css",
  ],
  "components/Presenter/presenter.css": [],
};

const id = (path: string) => `/work/src/${path}`;

function chunkOf(path: string): string | undefined {
  const { plugin, groups } = firstLoadChunks();
  const importers = (target: string) =>
    Object.keys(GRAPH)
      .filter((module) => GRAPH[module]?.includes(target))
      .map(id);
  const graph = {
    getModuleIds: () => Object.keys(GRAPH).map(id)[Symbol.iterator](),
    getModuleInfo: (moduleId: string) => {
      const path = moduleId.replace("/work/src/", "");
      return { importedIds: (GRAPH[path] ?? []).map(id), importers: importers(path) };
    },
  };
  (plugin.buildEnd as unknown as (this: typeof graph) => void).call(graph);
  const group = groups.find((candidate) => candidate.test(id(path)));
  if (!group) return undefined;
  return typeof group.name === "string" ? group.name : group.name(id(path));
}

describe("firstLoadChunks", () => {
  it("puts what the entry imports in the loading file, and its style sheets in the page's sheet", () => {
    expect(chunkOf("app/main.ts")).toBe("loading");
    expect(chunkOf("data/loading/fetchCollection.ts")).toBe("loading");
    expect(chunkOf("data/format/problem.ts")).toBe("loading");
    expect(chunkOf("app/app.css")).toBe("app");
  });

  it("shares what both shells import, its style sheets going with the page's sheet", () => {
    expect(chunkOf("components/Timeline/TimelineView.tsx")).toBe("shared");
    expect(chunkOf("components/Timeline/timeline.css")).toBe("app");
  });

  it("leaves a shell and what only it imports to the shell's own file", () => {
    expect(chunkOf("app/renderApp.tsx")).toBeUndefined();
    expect(chunkOf("app/App.tsx")).toBeUndefined();
    expect(chunkOf("app/views.css")).toBeUndefined();
    expect(chunkOf("app/embed.css")).toBeUndefined();
  });

  it("shares a shell's module that code loaded on demand imports too, rather than a file of its own", () => {
    expect(chunkOf("app/focusWhenShown.ts")).toBe("shared");
  });

  it("leaves what loads on demand to the bundler", () => {
    expect(chunkOf("components/Presenter/Presenter.tsx")).toBeUndefined();
    expect(chunkOf("components/Presenter/presenter.css")).toBeUndefined();
  });

  it("keeps the packages every shell renders with in the shared file", () => {
    expect(chunkOf("../node_modules/react/index.js")).toBe("shared");
  });
});
