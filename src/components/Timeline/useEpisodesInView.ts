import { useMemo } from "react";
import { orderEpisodes } from "../../data/format/collection";
import type { Episode } from "../../data/format/schema";
import { EVENT_KINDS, type EventKind } from "../../data/format/vocabulary";
import { useEchoes } from "../../store/EchoesProvider";
import { selectEpisodeOrder, selectHiddenEpisodes } from "../../store/selectors";

export interface EpisodesInView {
  /** Every episode, in the reader's order. */
  readonly ordered: readonly Episode[];
  /** Those not hidden, in that order. */
  readonly shown: readonly Episode[];
  /** The kinds of event that occur in the episodes, in the vocabulary's order. */
  readonly kinds: readonly EventKind[];
}

/** The episodes as the reader has ordered and filtered them, as every view shows them. */
export function useEpisodesInView(episodes: readonly Episode[]): EpisodesInView {
  const order = useEchoes(selectEpisodeOrder);
  const hiddenEpisodes = useEchoes(selectHiddenEpisodes);
  const ordered = useMemo(() => orderEpisodes(episodes, order), [episodes, order]);
  const shown = useMemo(
    () => ordered.filter((episode) => !hiddenEpisodes.includes(episode.id)),
    [ordered, hiddenEpisodes],
  );
  const kinds = useMemo(() => {
    const present = new Set(
      episodes.flatMap((episode) => episode.events.map((event) => event.kind)),
    );
    return EVENT_KINDS.filter((kind) => present.has(kind));
  }, [episodes]);
  return { ordered, shown, kinds };
}
