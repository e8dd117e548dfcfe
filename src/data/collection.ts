import type { Collection } from "./loadCollection";

/** Finds an event and its episode by "episode-id/event-id". */
export function findEvent(episodes: Collection["episodes"], ref: string | undefined) {
  if (!ref) return undefined;
  const [episodeId, eventId] = ref.split("/");
  const episode = episodes.find((candidate) => candidate.id === episodeId);
  const event = episode?.events.find((candidate) => candidate.id === eventId);
  return episode && event ? { episode, event } : undefined;
}

/** Finds an excerpt by "article-id/excerpt-id". */
export function findPassage(articles: Collection["articles"], passage: string | undefined) {
  if (!passage) return undefined;
  const [articleId, excerptId] = passage.split("/");
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
