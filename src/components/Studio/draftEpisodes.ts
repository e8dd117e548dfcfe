import { type Draft, listedFiles } from "../../studio/draft";
import { isJsonObject, listOf } from "../../studio/jsonPath";
import { textOr } from "./jsonValues";

/** An episode and its events, by the names an author picks them by. */
export interface EpisodeChoice {
  readonly id: string;
  readonly label: string;
  readonly events: readonly { readonly id: string; readonly title: string }[];
}

/**
 * The draft's episodes and their events, by label and title, as far as they can be read while
 * being typed: an episode without an id, or an event without one, cannot be referred to and is left out.
 */
export function getDraftEpisodes(draft: Draft): EpisodeChoice[] {
  return listedFiles(draft, "episode").flatMap((path) => {
    const file = Object.hasOwn(draft.files, path) ? draft.files[path] : undefined;
    if (!isJsonObject(file) || typeof file.id !== "string") return [];
    return [
      {
        id: file.id,
        label: textOr(file.label, file.id),
        events: listOf(file.events)
          .filter(isJsonObject)
          .filter((event) => typeof event.id === "string" && event.id !== "")
          .map((event) => ({ id: String(event.id), title: textOr(event.title, String(event.id)) })),
      },
    ];
  });
}

/** Every event of the episodes as the "episode-id/event-id" refs other files use. */
export const toEventRefs = (episodes: readonly EpisodeChoice[]) =>
  episodes.flatMap((episode) => episode.events.map((event) => `${episode.id}/${event.id}`));
