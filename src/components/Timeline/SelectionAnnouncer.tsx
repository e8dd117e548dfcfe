import type { Collection } from "../../data/format/collection";
import { findEvent, findPassage } from "../../data/format/collection";
import { formatHistoricalSpan } from "../../data/format/formatHistoricalDate";
import { currentLocale } from "../../i18n/locale";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import { useEchoes } from "../../store/EchoesProvider";
import { selectSelectedPassage, selectSelectedRef } from "../../store/selectors";

export interface SelectionAnnouncerProps {
  readonly collection: Collection;
}

/** Tells screen-reader users, politely and briefly, what is now selected. */
export function SelectionAnnouncer({ collection }: SelectionAnnouncerProps) {
  const selectedRef = useEchoes(selectSelectedRef);
  const selectedPassage = useEchoes(selectSelectedPassage);
  const selected = findEvent(collection.episodes, selectedRef);
  const passage = findPassage(collection.articles, selectedPassage);
  const message = [
    passage ? TIMELINE_TEXT.passageSelected(passage.excerpt.quote) : "",
    selected
      ? TIMELINE_TEXT.eventSelected(
          selected.event.title,
          formatHistoricalSpan(selected.event.date, selected.event.endDate, currentLocale()),
          selected.episode.label,
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
