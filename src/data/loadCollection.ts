import { checkReferences } from "./checkReferences";
import { parseJsonText } from "./parseJsonText";
import { type Problem, WHOLE_FILE } from "./problem";
import type { AnalogyRole, Article, Episode } from "./schema";
import { showValue } from "./showValue";
import {
  type FileValidation,
  validateAnalogies,
  validateArticle,
  validateEpisode,
  validateManifest,
} from "./validateFiles";

/** Reads a file named relative to the manifest (or by absolute URL); rejects if it cannot. */
export type ReadText = (location: string) => Promise<string>;

export interface Collection {
  readonly title: string;
  readonly description?: string;
  readonly episodes: readonly Episode[];
  readonly roles: readonly AnalogyRole[];
  readonly articles: readonly Article[];
}

export type LoadResult =
  | { readonly ok: true; readonly collection: Collection; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads and parses one file; a file that cannot be read or parsed is one problem. */
export async function readJsonFile(
  file: string,
  readText: ReadText,
): Promise<{ data: unknown; problems: Problem[] }> {
  let text: string;
  try {
    text = await readText(file);
  } catch (error) {
    return {
      data: undefined,
      problems: [
        {
          file,
          path: "",
          message: `could not be read (${errorMessage(error)})`,
          dropped: WHOLE_FILE,
        },
      ],
    };
  }
  const parsed = await parseJsonText(text);
  if (parsed.ok) return { data: parsed.value, problems: [] };
  return {
    data: undefined,
    problems: [
      {
        file,
        path: "",
        message: `is not valid JSON: line ${parsed.line}, column ${parsed.column}: ${parsed.message}`,
        dropped: WHOLE_FILE,
      },
    ],
  };
}

async function loadFile<T>(
  file: string,
  readText: ReadText,
  validate: (file: string, data: unknown) => FileValidation<T>,
): Promise<FileValidation<T>> {
  const { data, problems } = await readJsonFile(file, readText);
  if (problems.length > 0) return { value: undefined, problems };
  return validate(file, data);
}

/**
 * Loads a collection: the manifest, then every file it lists, each validated
 * on its own so that one bad file or item never takes down the rest. Fails
 * only when the manifest is unusable or no episode at all could be loaded.
 */
export async function loadCollection(
  manifestFile: string,
  readText: ReadText,
): Promise<LoadResult> {
  const manifest = await loadFile(manifestFile, readText, validateManifest);
  if (!manifest.value) return { ok: false, problems: manifest.problems };
  const {
    episodes: episodeFiles,
    analogies: analogiesFile,
    articles: articleFiles = [],
  } = manifest.value;

  const [episodeResults, analogiesResult, articleResults] = await Promise.all([
    Promise.all(episodeFiles.map((file) => loadFile(file, readText, validateEpisode))),
    analogiesFile === undefined ? undefined : loadFile(analogiesFile, readText, validateAnalogies),
    Promise.all(articleFiles.map((file) => loadFile(file, readText, validateArticle))),
  ]);

  const problems: Problem[] = [
    ...episodeResults.flatMap((result) => result.problems),
    ...(analogiesResult?.problems ?? []),
    ...articleResults.flatMap((result) => result.problems),
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

  return {
    ok: true,
    collection: {
      title: manifest.value.title,
      description: manifest.value.description,
      episodes,
      roles: references.roles,
      articles: references.articles,
    },
    problems,
  };
}
