import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { loadCollection, type ReadText } from "../data/loadCollection";
import { formatProblem, type Problem, WHOLE_FILE } from "../data/problem";
import { readAndValidate, readJsonFile } from "../data/readFiles";
import { plural } from "../data/showValue";
import {
  detectFileKind,
  validateAnalogies,
  validateArticle,
  validateCorrections,
  validateEpisode,
  validateLesson,
} from "../data/validateFiles";

const DEFAULT_TARGET = "data/collection.json";

function fileReader(baseDir: string): ReadText {
  return async (location) => {
    if (/^https?:\/\//i.test(location)) {
      const response = await fetch(location);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    }
    try {
      return await readFile(resolve(baseDir, location), "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(code === "ENOENT" ? "no such file" : String(error));
    }
  };
}

/** Validates one file, or a whole collection with its cross-file checks. */
async function validateTarget(
  target: string,
): Promise<{ problems: readonly Problem[]; summary: string }> {
  const path = resolve(target);
  const shown = relative(process.cwd(), path) || target;
  const read = fileReader(dirname(path));
  if (/\.csv$/i.test(path)) {
    const { value, problems } = await readAndValidate(() => read(path))(shown, "episode");
    return { problems, summary: plural(value?.events.length ?? 0, "valid event") };
  }
  const { data, problems } = await readJsonFile(shown, (file) => read(resolve(file)));
  if (problems.length > 0) return { problems, summary: "unreadable" };

  switch (detectFileKind(data)) {
    case "collection": {
      const result = await loadCollection(
        shown,
        readAndValidate((file) => (file === shown ? read(path) : read(file))),
      );
      const problemsInFiles = result.problems.map((problem) =>
        problem.file === shown
          ? problem
          : { ...problem, file: relativeTo(dirname(path), problem.file) },
      );
      if (!result.ok) return { problems: problemsInFiles, summary: "not loadable" };
      const { episodes, roles, articles, lessons, corrections } = result.collection;
      const events = episodes.reduce((count, episode) => count + episode.events.length, 0);
      const excerpts = articles.reduce((count, article) => count + article.excerpts.length, 0);
      return {
        problems: problemsInFiles,
        summary: [
          plural(episodes.length, "episode"),
          plural(events, "event"),
          plural(roles.length, "role"),
          plural(articles.length, "article"),
          plural(excerpts, "excerpt"),
          plural(lessons.length, "lesson"),
          plural(corrections.length, "correction"),
        ].join(", "),
      };
    }
    case "episode": {
      const { value, problems } = validateEpisode(shown, data);
      return { problems, summary: plural(value?.events.length ?? 0, "valid event") };
    }
    case "analogies": {
      const { value, problems } = validateAnalogies(shown, data);
      return { problems, summary: plural(value?.roles.length ?? 0, "valid role") };
    }
    case "article": {
      const { value, problems } = validateArticle(shown, data);
      return { problems, summary: plural(value?.excerpts.length ?? 0, "valid excerpt") };
    }
    case "lesson": {
      const { value, problems } = validateLesson(shown, data);
      return { problems, summary: plural(value?.stops.length ?? 0, "valid stop") };
    }
    case "corrections": {
      const { value, problems } = validateCorrections(shown, data);
      return {
        problems,
        summary: plural(value?.corrections.length ?? 0, "valid correction"),
      };
    }
    case undefined:
      return {
        problems: [
          {
            file: shown,
            path: "",
            message:
              'is not an Echoes file: expected a collection (with "episodes"), an episode (with "events"), an analogy map (with "roles"), an article (with "paragraphs"), a lesson (with "stops") or a corrections log (with "corrections")',
            dropped: WHOLE_FILE,
          },
        ],
        summary: "unknown kind",
      };
  }
}

/** Names a file of the collection from the working directory, as an author would open it. */
function relativeTo(manifestDir: string, file: string): string {
  return /^https?:\/\//i.test(file) ? file : relative(process.cwd(), resolve(manifestDir, file));
}

async function main(targets: readonly string[]): Promise<number> {
  let failed = 0;
  for (const target of targets.length > 0 ? targets : [DEFAULT_TARGET]) {
    const { problems, summary } = await validateTarget(target);
    for (const problem of problems) console.error(formatProblem(problem));
    if (problems.length > 0) {
      failed += 1;
      console.error(`✗ ${target}: ${plural(problems.length, "problem")} (${summary})`);
    } else {
      console.log(`✓ ${target}: valid (${summary})`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
