import "./episodeOverview.css";
import type { Episode } from "../../data/format/schema";
import { EpisodeColumn } from "./EpisodeColumn";

export interface EpisodeOverviewProps {
  readonly episodes: readonly Episode[];
}

/** The episodes side by side, each with its events in date order. */
export function EpisodeOverview({ episodes }: EpisodeOverviewProps) {
  return (
    <div className="echoes-overview">
      {episodes.map((episode) => (
        <EpisodeColumn key={episode.id} episode={episode} />
      ))}
    </div>
  );
}
