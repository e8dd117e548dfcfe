import { formatHistoricalSpan } from "../../data/formatHistoricalDate";
import type { Collection } from "../../data/loadCollection";
import { LOCALE } from "../../i18n/locale";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import { useEchoes } from "../../store/EchoesProvider";
import { findPassage, selectSelectedPassage, selectSelectedRef } from "../../store/selectors";

export interface SelectionAnnouncerProps {
  readonly collection: Collection;
}

/** Tells screen-reader users, politely and briefly, what is now selected. */
export function SelectionAnnouncer({ collection }: SelectionAnnouncerProps) {
  const selectedRef = useEchoes(selectSelectedRef);
  const selectedPassage = useEchoes(selectSelectedPassage);
  const [episodeId, eventId] = selectedRef?.split("/") ?? [];
  const episode = collection.episodes.find((candidate) => candidate.id === episodeId);
  const event = episode?.events.find((candidate) => candidate.id === eventId);
  const passage = findPassage(collection.articles, selectedPassage);
  const message = [
    passage ? TIMELINE_TEXT.passageSelected(passage.excerpt.quote) : "",
    event && episode
      ? TIMELINE_TEXT.eventSelected(
          event.title,
          formatHistoricalSpan(event.date, event.endDate, LOCALE),
          episode.label,
        )
      : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <p className="echoes-visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}
