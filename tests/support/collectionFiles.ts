// A collection as its JSON files hold it, read from disk without the app's loader: for tests
// that check what the interface shows of the curated content without writing its counts and
// titles down, so that an author who fixes the content does not break an interface test.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface EventFile {
  readonly id: string;
  readonly date: string;
  readonly endDate?: string;
  readonly title: string;
}

export interface EpisodeFile {
  readonly id: string;
  readonly title: string;
  /** The lane's name, "Hungary, 1956". */
  readonly label: string;
  readonly events: readonly EventFile[];
}

export interface RoleFile {
  readonly id: string;
  readonly label: string;
  readonly members: ReadonlyArray<{ readonly episode: string; readonly events: readonly string[] }>;
}

export interface StopFile {
  readonly id: string;
  readonly title: string;
  readonly question: string;
  readonly evidence: readonly string[];
  readonly view?: {
    /** Days from day 0 shown, in the aligned mode. */
    readonly window?: readonly [number, number];
    /** The event the stop selects, by its ref. */
    readonly event?: string;
  };
}

export interface LessonFile {
  readonly id: string;
  readonly title: string;
  readonly stops: readonly StopFile[];
}

export interface ArticleFile {
  readonly id: string;
  readonly excerpts: ReadonlyArray<{
    readonly id: string;
    readonly quote: string;
    readonly check?: { readonly verdict: string };
  }>;
}

export interface CollectionFiles {
  readonly title: string;
  readonly episodes: readonly EpisodeFile[];
  readonly roles: readonly RoleFile[];
  readonly lessons: readonly LessonFile[];
  readonly articles: readonly ArticleFile[];
  /** Every event by its ref, "episode/event". */
  readonly events: ReadonlyMap<string, EventFile>;
  /** Every episode's events, counted together. */
  readonly eventCount: number;
}

const ROOT = join(import.meta.dirname, "..", "..");

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** The collection whose manifest is at `manifestPath`, from the repository's root. */
export function readCollectionFiles(manifestPath: string): CollectionFiles {
  const path = join(ROOT, manifestPath);
  const manifest = readJson<{
    title: string;
    episodes: string[];
    analogies?: string;
    lessons?: string[];
    articles?: string[];
  }>(path);
  const listed = <T>(files: readonly string[] = []) =>
    files.map((file) => readJson<T>(join(dirname(path), file)));
  const episodes = listed<EpisodeFile>(manifest.episodes);
  const events = new Map(
    episodes.flatMap((episode) =>
      episode.events.map((event) => [`${episode.id}/${event.id}`, event] as const),
    ),
  );
  return {
    title: manifest.title,
    episodes,
    roles: manifest.analogies
      ? readJson<{ roles: RoleFile[] }>(join(dirname(path), manifest.analogies)).roles
      : [],
    lessons: listed<LessonFile>(manifest.lessons),
    articles: listed<ArticleFile>(manifest.articles),
    events,
    eventCount: events.size,
  };
}

/** The curated collection, data/collection.json, as its authors last left it. */
export const CURATED = readCollectionFiles("data/collection.json");

/** The curated lesson, by its id, with the number of each stop from 1. */
export function curatedLesson(id: string) {
  const lesson = CURATED.lessons.find((candidate) => candidate.id === id);
  if (!lesson) throw new Error(`the curated collection has no lesson ${id}`);
  const stopNumber = (stopId: string) => {
    const index = lesson.stops.findIndex((stop) => stop.id === stopId);
    if (index < 0) throw new Error(`the lesson ${id} has no stop ${stopId}`);
    return index + 1;
  };
  return { ...lesson, stopNumber };
}
