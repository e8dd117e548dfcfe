/** One import of a module: what it names, and whether it is loaded on demand (`import("…")`). */
export interface ModuleImport {
  readonly specifier: string;
  readonly dynamic: boolean;
}

// Static imports and re-exports, type-only ones included, over several lines if need be.
const STATIC = /^\s*(?:import|export)\s+(?:type\s+)?(?:[\s\S]*?\s+from\s+)?"([^"]+)";?/gm;
const DYNAMIC = /\bimport\(\s*"([^"]+)"\s*\)/g;

/** The modules a source file imports, read from its text. */
export function importsOf(source: string): ModuleImport[] {
  return [
    ...[...source.matchAll(STATIC)].map((match) => ({ specifier: match[1] ?? "", dynamic: false })),
    ...[...source.matchAll(DYNAMIC)].map((match) => ({ specifier: match[1] ?? "", dynamic: true })),
  ];
}

/**
 * The circles in a graph of modules (each module to those it imports), each
 * listed from its first module in sorted order: Tarjan's strongly connected
 * components of more than one module, or of one that imports itself.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  const visit = (module: string) => {
    index.set(module, next);
    low.set(module, next);
    next += 1;
    stack.push(module);
    onStack.add(module);
    for (const imported of graph.get(module) ?? []) {
      if (!index.has(imported)) {
        visit(imported);
        low.set(module, Math.min(low.get(module) ?? 0, low.get(imported) ?? 0));
      } else if (onStack.has(imported)) {
        low.set(module, Math.min(low.get(module) ?? 0, index.get(imported) ?? 0));
      }
    }
    if (low.get(module) !== index.get(module)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== module);
    const selfImport = graph.get(module)?.includes(module) ?? false;
    if (component.length > 1 || selfImport) cycles.push(component.sort());
  };

  for (const module of [...graph.keys()].sort()) if (!index.has(module)) visit(module);
  return cycles;
}
