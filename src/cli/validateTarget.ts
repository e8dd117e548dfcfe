import { dirname, relative, resolve } from "node:path";
import {
  detectFileKind,
  FILE_KINDS,
  type FileKind,
  NOT_AN_ECHOES_FILE,
} from "../data/format/fileKinds";
import { type Problem, WHOLE_FILE } from "../data/format/problem";
import { plural } from "../data/format/showValue";
import { type FileValues, validateFile } from "../data/format/validateFiles";
import { createFetchReader, FETCH_LIMITS, type FetchLimits } from "../data/loading/fetchReader";
import { type FileContent, loadCollection, type ReadText } from "../data/loading/loadCollection";
import { readAndValidate, readJsonFile } from "../data/loading/readFiles";
import { fileReader, isWebAddress } from "./fileReader";

export interface TargetReport {
  readonly problems: readonly Problem[];
  readonly summary: string;
}

/** A file to check, from disk or the web, and how to read the files it lists. */
interface Target {
  /** Its name in problems, as the author gave it. */
  readonly shown: string;
  /** The path part of its name, which tells a spreadsheet by its extension. */
  readonly path: string;
  readonly read: () => Promise<FileContent>;
  readonly readListed: ReadText;
  /** A listed file's name in problems: where the author would open it. */
  readonly showListed: (file: string) => string;
}

function openTarget(target: string, limits: FetchLimits): Target {
  if (isWebAddress(target)) {
    const source = createFetchReader(target, target, limits);
    let content: Promise<FileContent> | undefined;
    return {
      shown: target,
      path: new URL(target).pathname,
      // Read once, though it is parsed twice: to tell its kind, then as a manifest.
      read: () => {
        content ??= source.readText(source.manifestFile);
        return content;
      },
      readListed: source.readText,
      showListed: (file) => source.locate(file).href,
    };
  }
  const path = resolve(target);
  const read = fileReader(dirname(path), limits);
  return {
    shown: relative(process.cwd(), path) || target,
    path,
    read: () => read(path),
    readListed: read,
    showListed: (file) =>
      isWebAddress(file) ? file : relative(process.cwd(), resolve(dirname(path), file)),
  };
}

/** How many valid items each kind of file holds, for the summary line. */
const ITEM_COUNTS: {
  readonly [K in Exclude<FileKind, "collection">]: (value: FileValues[K]) => number;
} = {
  episode: (episode) => episode.events.length,
  analogies: (analogies) => analogies.roles.length,
  article: (article) => article.excerpts.length,
  lesson: (lesson) => lesson.stops.length,
  corrections: (log) => log.corrections.length,
};

/** Validates a file that is not a collection, on its own. */
function validateSingleFile<K extends Exclude<FileKind, "collection">>(
  kind: K,
  shown: string,
  data: unknown,
): TargetReport {
  const { value, problems } = validateFile(kind, shown, data);
  const count: (value: FileValues[K]) => number = ITEM_COUNTS[kind];
  const noun = FILE_KINDS[kind].items?.noun ?? "item";
  return { problems, summary: plural(value ? count(value) : 0, `valid ${noun}`) };
}

/** Validates a collection with every cross-file check. */
async function validateCollection(target: Target): Promise<TargetReport> {
  const { shown, read, readListed, showListed } = target;
  const result = await loadCollection(
    shown,
    readAndValidate((file) => (file === shown ? read() : readListed(file))),
  );
  const problems = result.problems.map((problem) =>
    problem.file === shown ? problem : { ...problem, file: showListed(problem.file) },
  );
  if (!result.ok) return { problems, summary: "not loadable" };
  const { episodes, roles, articles, lessons, corrections } = result.collection;
  const events = episodes.reduce((count, episode) => count + episode.events.length, 0);
  const excerpts = articles.reduce((count, article) => count + article.excerpts.length, 0);
  return {
    problems,
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

/**
 * Validates one file, or a whole collection with its cross-file checks; a
 * file or collection on the web is read as the app reads it, within limits.
 */
export async function validateTarget(
  name: string,
  limits: FetchLimits = FETCH_LIMITS,
): Promise<TargetReport> {
  const target = openTarget(name, limits);
  const { shown, read } = target;
  if (/\.csv$/i.test(target.path)) {
    const { value, problems } = await readAndValidate(read)(shown, "episode");
    return { problems, summary: plural(value?.events.length ?? 0, "valid event") };
  }
  const { data, problems } = await readJsonFile(shown, read);
  if (data === undefined) return { problems, summary: "unreadable" };
  const kind = detectFileKind(data);
  if (kind === "collection") return validateCollection(target);
  if (kind === undefined) {
    return {
      problems: [
        ...problems,
        {
          file: shown,
          path: "",
          message: NOT_AN_ECHOES_FILE,
          dropped: WHOLE_FILE,
        },
      ],
      summary: "unknown kind",
    };
  }
  const checked = validateSingleFile(kind, shown, data);
  return { ...checked, problems: [...problems, ...checked.problems] };
}
