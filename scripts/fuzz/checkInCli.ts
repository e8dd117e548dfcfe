import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileReader } from "../../src/cli/fileReader";
import { validateTarget } from "../../src/cli/validateTarget";
import { formatProblem, type Problem } from "../../src/data/format/problem";
import { loadCollection } from "../../src/data/loading/loadCollection";
import { readAndValidate } from "../../src/data/loading/readFiles";
import { type FileContent, MANIFEST } from "./draft";
import type { Failure } from "./failure";
import type { FuzzCase } from "./fuzzCase";
import { POLLUTION_MARK } from "./treeMutations";

export interface CliOutcome {
  readonly problems: readonly Problem[];
  readonly failures: readonly Failure[];
  readonly ms: number;
}

/** Writes a collection's files into a folder (a new one unless named), as an author's on disk. */
export async function writeCollection(
  files: ReadonlyMap<string, FileContent>,
  dir?: string,
): Promise<string> {
  const root = dir ?? (await mkdtemp(join(tmpdir(), "echoes-fuzz-")));
  for (const [file, content] of files) {
    const path = join(root, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  return root;
}

const TIMED_OUT = Symbol("timed out");

function withinTime<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Untouched episodes that did not load with every event they had. */
async function lostEpisodes(fuzzCase: FuzzCase, dir: string): Promise<Failure[]> {
  if (fuzzCase.intactEpisodes.length === 0) return [];
  // The loader the validate command runs, with its reader, for the episodes it kept.
  const result = await loadCollection(MANIFEST, readAndValidate(fileReader(dir)));
  const episodes = result.ok ? result.collection.episodes : [];
  return fuzzCase.intactEpisodes.flatMap((intact) => {
    const loaded = episodes.find((episode) => episode.id === intact.id);
    if (loaded?.events.length === intact.events) return [];
    const got = loaded ? `${loaded.events.length} of ${intact.events} events` : "not at all";
    return [{ kind: "lost episode", detail: `${intact.file}, untouched, loaded ${got}` }];
  });
}

/**
 * Runs one case through `npm run validate`'s own function, in this process,
 * and says how it failed: it threw, took longer than the limit, reported no
 * problem for a broken collection or one for a valid collection, or lost an
 * episode that no mutation touched.
 */
export async function checkInCli(fuzzCase: FuzzCase, timeLimitMs: number): Promise<CliOutcome> {
  const dir = await writeCollection(fuzzCase.files);
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  try {
    const report = await withinTime(validateTarget(join(dir, MANIFEST)), timeLimitMs);
    if (report === TIMED_OUT) {
      const hang: Failure = { kind: "hang", detail: `no answer within ${timeLimitMs} ms` };
      return { problems: [], failures: [hang], ms: elapsed() };
    }
    const ms = elapsed();
    const { problems } = report;
    const failures: Failure[] = [];
    if (ms > timeLimitMs) {
      failures.push({ kind: "hang", detail: `took ${Math.round(ms)} ms, over ${timeLimitMs} ms` });
    }
    if (fuzzCase.expect === "invalid" && problems.length === 0) {
      failures.push({ kind: "missed problem", detail: "none reported for a broken collection" });
    }
    if (fuzzCase.expect === "valid" && problems.length > 0) {
      failures.push({
        kind: "false problem",
        detail: `${problems.length} reported for a valid collection, the first: ${formatProblem(problems[0] as Problem)}`,
      });
    }
    failures.push(...(await lostEpisodes(fuzzCase, dir)));
    if (POLLUTION_MARK in {}) {
      failures.push({
        kind: "polluted prototype",
        detail: `Object.prototype has "${POLLUTION_MARK}"`,
      });
    }
    return { problems, failures, ms };
  } catch (error) {
    const thrown = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { problems: [], failures: [{ kind: "crash", detail: thrown }], ms: elapsed() };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
