import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findCycles, importsOf, type ModuleImport } from "../tests/support/moduleGraph";

const SRC = import.meta.dirname;

/** Every module of the app (not its tests), by its path under src/. */
function sourceModules(): Map<string, readonly ModuleImport[]> {
  const modules = new Map<string, readonly ModuleImport[]>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const imports = importsOf(readFileSync(path, "utf8")).map((found) => ({
          ...found,
          // Paths under src/ for the project's own modules, package names for the rest.
          specifier: found.specifier.startsWith(".")
            ? relative(SRC, resolve(dirname(path), found.specifier))
            : found.specifier,
        }));
        modules.set(relative(SRC, path).replace(/\.tsx?$/, ""), imports);
      }
    }
  };
  walk(SRC);
  return modules;
}

/** Each layer, and what it may not import: the pure layers know nothing of React or of the app around them. */
const FORBIDDEN: ReadonlyArray<readonly [layer: string, forbidden: RegExp, why: string]> = [
  [
    "data/format/",
    /^data\/loading\//,
    "the format is read the same whichever way its files arrive",
  ],
  [
    "data/",
    /^(react|react-dom|zustand)(\/|$)|^(store|components|app|timeline|studio)\//,
    "the format and its loading stand alone",
  ],
  [
    "timeline/",
    /^(react|react-dom|zustand)(\/|$)|^(store|components|app)\//,
    "layout is pure math",
  ],
  [
    "chartSvg/",
    /^(react|react-dom|zustand)(\/|$)|^(store|components|app)\//,
    "a drawing is data made from a layout, for the page, a file or paper alike",
  ],
  [
    "studio/",
    /^(react|react-dom|zustand)(\/|$)|^(store|components|app)\//,
    "the studio's core edits and checks files, whatever page shows them",
  ],
  ["i18n/", /^(components|app)\//, "words know no component"],
  ["store/", /^(components|app)\//, "state knows no component"],
];

/** The imports that break a layer's rule, written "module -> import". */
function layerBreaches(modules: Map<string, readonly ModuleImport[]>): string[] {
  const breaches: string[] = [];
  for (const [module, imports] of modules) {
    for (const [layer, forbidden] of FORBIDDEN) {
      if (!module.startsWith(layer)) continue;
      for (const { specifier } of imports) {
        if (forbidden.test(specifier)) breaches.push(`${module} -> ${specifier}`);
      }
    }
  }
  return breaches;
}

describe("the architecture", () => {
  const modules = sourceModules();

  it("keeps every layer to its own rule", () => {
    expect(layerBreaches(modules)).toEqual([]);
  });

  it("has no import circles, types included", () => {
    const graph = new Map(
      [...modules].map(([module, imports]) => [
        module,
        imports
          .filter((found) => !found.dynamic)
          .map((found) => found.specifier)
          .filter((specifier) => modules.has(specifier) || modules.has(`${specifier}/index`)),
      ]),
    );
    expect(findCycles(graph)).toEqual([]);
  });

  it("catches a wrong import and a circle when there is one", () => {
    const wrong = new Map<string, readonly ModuleImport[]>([
      ["timeline/layout", [{ specifier: "store/selectors", dynamic: false }]],
      ["i18n/words", [{ specifier: "components/Button", dynamic: false }]],
      ["chartSvg/renderChart", [{ specifier: "react", dynamic: false }]],
      ["studio/draft", [{ specifier: "store/selectors", dynamic: false }]],
    ]);
    expect(layerBreaches(wrong)).toEqual([
      "timeline/layout -> store/selectors",
      "i18n/words -> components/Button",
      "chartSvg/renderChart -> react",
      "studio/draft -> store/selectors",
    ]);
    expect(
      findCycles(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", ["a"]],
          ["d", ["a"]],
        ]),
      ),
    ).toEqual([["a", "b", "c"]]);
  });
});
