import { checkCorrections } from "../format/checkCorrections";
import { checkLessons } from "../format/checkLessons";
import { checkDefaultRole, checkReferences } from "../format/checkReferences";
import type { Collection } from "../format/collection";
import type { FileKind } from "../format/fileKinds";
import { type Problem, WHOLE_FILE } from "../format/problem";
import type { Episode } from "../format/schema";
import { showValue } from "../format/showValue";
import type { FileValidation, FileValues } from "../format/validateFiles";

/** A file as read: its bytes, decoded by `decodeText`, or text where the reader has only text. */
export type FileContent = string | Uint8Array;

/** Reads a file named relative to the manifest (or by absolute URL); rejects if it cannot. */
export type ReadText = (location: string) => Promise<FileContent>;

/**
 * Reads and validates one file of a collection, named as the manifest names
 * it; a file that cannot be read, parsed or used comes back as problems.
 * `readFiles.ts` does it in this thread, `workerFileLoader.ts` in workers.
 */
export type LoadFile = <K extends FileKind>(
  file: string,
  kind: K,
) => Promise<FileValidation<FileValues[K]>>;

export type LoadResult =
  | { readonly ok: true; readonly collection: Collection; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Loads a collection: the manifest, then every file it lists, each validated
 * on its own so that one bad file or item never takes down the rest. Fails
 * only when the manifest is unusable or no episode at all could be loaded.
 */
export async function loadCollection(
  manifestFile: string,
  loadFile: LoadFile,
): Promise<LoadResult> {
  const manifest = await loadFile(manifestFile, "collection");
  if (!manifest.value) return { ok: false, problems: manifest.problems };
  const {
    episodes: episodeFiles,
    analogies: analogiesFile,
    articles: articleFiles = [],
    lessons: lessonFiles = [],
    corrections: correctionsFile,
  } = manifest.value;

  const [episodeResults, analogiesResult, articleResults, lessonResults, correctionsResult] =
    await Promise.all([
      Promise.all(episodeFiles.map((file) => loadFile(file, "episode"))),
      analogiesFile === undefined ? undefined : loadFile(analogiesFile, "analogies"),
      Promise.all(articleFiles.map((file) => loadFile(file, "article"))),
      Promise.all(lessonFiles.map((file) => loadFile(file, "lesson"))),
      correctionsFile === undefined ? undefined : loadFile(correctionsFile, "corrections"),
    ]);

  const problems: Problem[] = [
    ...manifest.problems,
    ...episodeResults.flatMap((result) => result.problems),
    ...(analogiesResult?.problems ?? []),
    ...articleResults.flatMap((result) => result.problems),
    ...lessonResults.flatMap((result) => result.problems),
    ...(correctionsResult?.problems ?? []),
  ];

  const episodes: Episode[] = [];
  let unloadedEpisodeFiles = 0;
  episodeResults.forEach((result, index) => {
    const file = episodeFiles[index] ?? "";
    const episode = result.value;
    if (!episode) {
      unloadedEpisodeFiles += 1;
      return;
    }
    const earlier = episodes.find((other) => other.id === episode.id);
    if (earlier) {
      problems.push({
        file,
        path: "id",
        message: `${showValue(episode.id)} is already the id of another episode in the collection: expected episode ids unique`,
        dropped: WHOLE_FILE,
      });
      return;
    }
    episodes.push(episode);
  });

  if (episodes.length === 0) {
    problems.push({
      file: manifestFile,
      path: "episodes",
      message: "none of the listed episodes could be loaded",
      dropped: "the collection",
    });
    return { ok: false, problems };
  }

  const references = checkReferences({
    episodes,
    unloadedEpisodeFiles,
    analogies:
      analogiesFile !== undefined && analogiesResult?.value
        ? { file: analogiesFile, roles: analogiesResult.value.roles }
        : undefined,
    articles: articleResults.flatMap((result, index) =>
      result.value ? [{ file: articleFiles[index] ?? "", ...result.value }] : [],
    ),
  });
  problems.push(...references.problems);
  const lessons = checkLessons({
    episodes,
    roles: references.roles,
    articles: references.articles,
    lessons: lessonResults.flatMap((result, index) =>
      result.value ? [{ file: lessonFiles[index] ?? "", ...result.value }] : [],
    ),
  });
  problems.push(...lessons.problems);
  const corrections = checkCorrections({
    episodes,
    roles: references.roles,
    articles: references.articles,
    corrections:
      correctionsFile !== undefined && correctionsResult?.value
        ? { file: correctionsFile, ...correctionsResult.value }
        : undefined,
  });
  problems.push(...corrections.problems);
  const defaultRole = checkDefaultRole(manifestFile, manifest.value.defaultRole, references.roles);
  if (defaultRole.problem) problems.push(defaultRole.problem);

  return {
    ok: true,
    collection: {
      language: manifest.value.language,
      title: manifest.value.title,
      description: manifest.value.description,
      episodes,
      roles: references.roles,
      defaultRole: defaultRole.id,
      articles: references.articles,
      lessons: lessons.lessons,
      corrections: corrections.corrections,
    },
    problems,
  };
}
