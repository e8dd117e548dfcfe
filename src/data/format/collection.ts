import type { AnalogyRole, Article, Correction, Episode, Lesson } from "./schema";

/** A collection as loaded: what every view reads, whichever way its files arrived. */
export interface Collection {
  /** The BCP 47 tag of the language its text is written in, when the manifest says. */
  readonly language?: string;
  readonly title: string;
  readonly description?: string;
  readonly episodes: readonly Episode[];
  readonly roles: readonly AnalogyRole[];
  /** The role the timeline aligns on until the reader chooses another: the manifest's, else the first. */
  readonly defaultRole?: string;
  readonly articles: readonly Article[];
  /** Guided walk-throughs of the collection, in the manifest's order. */
  readonly lessons: readonly Lesson[];
  /** The public log of what was corrected, in the file's order; empty when the manifest names none. */
  readonly corrections: readonly Correction[];
}

/** An event named across the collection: "episode-id/event-id". */
export function toEventRef(episodeId: string, eventId: string): string {
  return `${episodeId}/${eventId}`;
}

/** An excerpt named across the collection: "article-id/excerpt-id". */
export function toPassageRef(articleId: string, excerptId: string): string {
  return `${articleId}/${excerptId}`;
}

/** The two ids of an event's or an excerpt's ref, the second empty where the ref has none. */
export function parseRef(ref: string): readonly [owner: string, item: string] {
  const slash = ref.indexOf("/");
  return slash < 0 ? [ref, ""] : [ref.slice(0, slash), ref.slice(slash + 1)];
}

/** Finds an event and its episode by its ref. */
export function findEvent(episodes: Collection["episodes"], ref: string | undefined) {
  if (!ref) return undefined;
  const [episodeId, eventId] = parseRef(ref);
  const episode = episodes.find((candidate) => candidate.id === episodeId);
  const event = episode?.events.find((candidate) => candidate.id === eventId);
  return episode && event ? { episode, event } : undefined;
}

/** Finds an excerpt and its article by its ref. */
export function findPassage(articles: Collection["articles"], passage: string | undefined) {
  if (!passage) return undefined;
  const [articleId, excerptId] = parseRef(passage);
  const article = articles.find((candidate) => candidate.id === articleId);
  const excerpt = article?.excerpts.find((candidate) => candidate.id === excerptId);
  return article && excerpt ? { article, excerpt } : undefined;
}

/** Finds a lesson by its id. */
export function findLesson(collection: Collection, lessonId: string | undefined) {
  return lessonId === undefined
    ? undefined
    : collection.lessons.find((lesson) => lesson.id === lessonId);
}

/** Episodes in the reader's order: those they moved first, then the rest in collection order. */
export function orderEpisodes<T extends { id: string }>(
  episodes: readonly T[],
  order: readonly string[],
): T[] {
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index < 0 ? order.length + episodes.findIndex((episode) => episode.id === id) : index;
  };
  return [...episodes].sort((a, b) => rank(a.id) - rank(b.id));
}

/** The refs of every event of an episode, in the episode's order. */
export function eventRefsOf(episode: Episode): string[] {
  return episode.events.map((event) => toEventRef(episode.id, event.id));
}

/** The refs of every excerpt of an article, in the article's order. */
export function passageRefsOf(article: Article): string[] {
  return article.excerpts.map((excerpt) => toPassageRef(article.id, excerpt.id));
}

/** The refs of the events that play a role, each episode's in the role's order. */
export function roleMemberRefs(role: AnalogyRole): string[] {
  return role.members.flatMap((member) =>
    member.events.map((eventId) => toEventRef(member.episode, eventId)),
  );
}

/** The role the timeline aligns on: the one chosen where the collection has it, else its default. */
export function alignRole(
  collection: Pick<Collection, "roles" | "defaultRole">,
  chosenId: string | undefined,
): AnalogyRole | undefined {
  const { roles, defaultRole } = collection;
  return (
    roles.find((role) => role.id === chosenId) ??
    roles.find((role) => role.id === defaultRole) ??
    roles[0]
  );
}
