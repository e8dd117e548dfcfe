import "./EmptyViewNotice.css";
import { EMPTY_VIEW_TEXT } from "../../i18n/overview";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import type { EchoesState } from "../../store/createEchoesStore";
import { useEchoes, useEchoesStoreApi } from "../../store/EchoesProvider";
import { selectCollection } from "../../store/selectors";
import { linkedViewOf } from "../../store/viewParams";

export interface EmptyViewNoticeProps {
  /** Pans to the events nearest the view's centre, at the same zoom (see nearestEventsZoom). */
  readonly onShowNearest: () => void;
  readonly onFitAll: () => void;
}

/** Whether the reader has hidden every episode: then no zoom or pan brings an event back. */
const selectEveryEpisodeHidden = (state: EchoesState) => {
  const episodes = selectCollection(state)?.episodes ?? [];
  return (
    episodes.length > 0 && episodes.every((episode) => state.hiddenEpisodes.includes(episode.id))
  );
};

/**
 * Said over the chart when its view shows no event, with the ways back to
 * the events: after a click on an empty stretch of time, to the nearest
 * events or all of them; with every episode hidden, to every episode.
 */
export function EmptyViewNotice({ onShowNearest, onFitAll }: EmptyViewNoticeProps) {
  const everyEpisodeHidden = useEchoes(selectEveryEpisodeHidden);
  const store = useEchoesStoreApi();
  // One change, so that Back returns to the hidden episodes in one step.
  const showAllEpisodes = () =>
    store.getState().restoreView({ ...linkedViewOf(store.getState()), hiddenEpisodes: [] });
  const text = EMPTY_VIEW_TEXT;
  return (
    <div className="echoes-empty-view" role="status">
      <p className="echoes-empty-view__message">
        {everyEpisodeHidden ? TIMELINE_TEXT.chart.allEpisodesHidden : text.message}
      </p>
      <div className="echoes-empty-view__actions">
        {everyEpisodeHidden ? (
          <button type="button" className="echoes-button echoes-chip" onClick={showAllEpisodes}>
            {TIMELINE_TEXT.chart.showAllEpisodes}
          </button>
        ) : (
          <>
            <button type="button" className="echoes-button echoes-chip" onClick={onShowNearest}>
              {text.showNearest}
            </button>
            <button type="button" className="echoes-button echoes-chip" onClick={onFitAll}>
              {text.fitAll}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
