import { Suspense, useState } from "react";
import type { Episode } from "../../data/format/schema";
import { APP_TEXT } from "../../i18n/app";
import { retryableLazy } from "../ErrorBoundary/retryableLazy";

const EpisodeOverview = retryableLazy(async () => ({
  default: (await import("./EpisodeOverview")).EpisodeOverview,
}));

export interface AllEventsListProps {
  readonly episodes: readonly Episode[];
}

/**
 * Every event as text, episode by episode: the same facts as the chart,
 * readable without it. It starts closed, and its code loads and it is built
 * when opened, which keeps the first load to what the reader sees.
 */
export function AllEventsList({ episodes }: AllEventsListProps) {
  const total = episodes.reduce((sum, episode) => sum + episode.events.length, 0);
  const [open, setOpen] = useState(false);
  return (
    <details
      className="echoes-all-events"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <h2 className="echoes-section-heading">{APP_TEXT.allEvents(total)}</h2>
      </summary>
      {open ? (
        <Suspense fallback={<p className="echoes-loading">{APP_TEXT.loadingView}</p>}>
          <EpisodeOverview episodes={episodes} />
        </Suspense>
      ) : null}
    </details>
  );
}
