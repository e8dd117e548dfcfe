import { useId, useMemo } from "react";
import { toEventRef } from "../../data/format/collection";
import { compareHistoricalDates } from "../../data/format/historicalDate";
import type { Episode } from "../../data/format/schema";
import { APP_TEXT } from "../../i18n/app";
import { writtenIn } from "../../i18n/languages";
import { useContentLanguage } from "../ContentLanguage/contentLanguage";
import { EventEntry } from "./EventEntry";

export interface EpisodeColumnProps {
  readonly episode: Episode;
}

export function EpisodeColumn({ episode }: EpisodeColumnProps) {
  const headingId = useId();
  const events = useMemo(
    () => [...episode.events].sort((a, b) => compareHistoricalDates(a.date, b.date)),
    [episode.events],
  );
  const content = writtenIn(useContentLanguage());
  return (
    <section className="echoes-episode" aria-labelledby={headingId} data-episode={episode.id}>
      <header className="echoes-episode__header" {...content}>
        <p className="echoes-episode__label">{episode.label}</p>
        <h2 id={headingId}>{episode.title}</h2>
        <p className="echoes-episode__summary">{episode.summary}</p>
      </header>
      <ol className="echoes-episode__events" aria-label={APP_TEXT.episodeEvents(episode.label)}>
        {events.map((event) => (
          <EventEntry key={event.id} event={event} eventRef={toEventRef(episode.id, event.id)} />
        ))}
      </ol>
    </section>
  );
}
