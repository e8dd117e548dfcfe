import { useId } from "react";
import type { EpisodeEvent } from "../../data/format/schema";
import { writtenIn } from "../../i18n/languages";
import { useContentLanguage } from "../ContentLanguage/contentLanguage";
import { EventFacts } from "../EventFacts/EventFacts";
import { EventDateLine, EventTags } from "../EventFacts/EventMeta";

export interface EventEntryProps {
  readonly event: EpisodeEvent;
  /** The event as "episode-id/event-id". */
  readonly eventRef: string;
}

/** One event with its date at its recorded precision, its figures, its certainty and its sources. */
export function EventEntry({ event, eventRef }: EventEntryProps) {
  const headingId = useId();
  const content = writtenIn(useContentLanguage());
  return (
    <li className="echoes-event" data-kind={event.kind} data-certainty={event.certainty.level}>
      <article aria-labelledby={headingId}>
        <EventDateLine event={event} />
        <h3 id={headingId} className="echoes-event__title" {...content}>
          {event.title}
        </h3>
        <EventTags event={event} />
        <p className="echoes-event__summary" {...content}>
          {event.summary}
        </p>
        <EventFacts event={event} eventRef={eventRef} correctionsLinked />
      </article>
    </li>
  );
}
