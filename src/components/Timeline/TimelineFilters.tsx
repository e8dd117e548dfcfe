import "./TimelineFilters.css";
import { useLayoutEffect, useRef } from "react";
import { KIND_STYLES } from "../../chartSvg/kindStyles";
import { SYMBOL_PATHS } from "../../chartSvg/symbolPaths";
import type { Episode, EventKind } from "../../data/format/schema";
import { FILTERS_TEXT as TEXT } from "../../i18n/filters";
import { KIND_LABELS } from "../../i18n/vocabulary";
import { useEchoes, useEchoesActions } from "../../store/EchoesProvider";
import { selectHiddenEpisodes, selectHiddenKinds } from "../../store/selectors";

export interface TimelineFiltersProps {
  /** Every episode, in the reader's order. */
  readonly episodes: readonly Episode[];
  /** The kinds that occur in the collection. */
  readonly kinds: readonly EventKind[];
}

export function KindSwatch({ kind }: { readonly kind: EventKind }) {
  const style = KIND_STYLES[kind];
  return (
    <svg
      className={`echoes-swatch echoes-kind--${kind}`}
      width={16}
      height={16}
      viewBox="-8 -8 16 16"
      aria-hidden="true"
    >
      <path
        className={style.stroked ? "is-outline" : undefined}
        d={SYMBOL_PATHS[kind].swatch}
        strokeWidth={style.stroked ? 2 : 1}
      />
    </svg>
  );
}

/** Which kinds and episodes are shown, and the order of the lanes; doubles as the legend. */
export function TimelineFilters({ episodes, kinds }: TimelineFiltersProps) {
  const hiddenKinds = useEchoes(selectHiddenKinds);
  const hiddenEpisodes = useEchoes(selectHiddenEpisodes);
  const { toggleKind, setEpisodeHidden, moveEpisode } = useEchoesActions();
  const order = episodes.map((episode) => episode.id);
  // The button pressed keeps focus as its lane moves: a list item moved in the page loses focus, and a
  // disabled button cannot hold it, so the ends say "unavailable" with aria-disabled instead.
  const listRef = useRef<HTMLOListElement>(null);
  const movedButton = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const key = movedButton.current;
    if (!key) return;
    movedButton.current = undefined;
    listRef.current?.querySelector<HTMLButtonElement>(`[data-move="${CSS.escape(key)}"]`)?.focus();
  });
  const move = (id: string, step: -1 | 1, atEnd: boolean) => {
    if (atEnd) return;
    movedButton.current = `${id}:${step}`;
    moveEpisode(order, id, step);
  };
  return (
    <div className="echoes-filters">
      <fieldset>
        <legend>{TEXT.kinds}</legend>
        <div className="echoes-filters__options">
          {kinds.map((kind) => (
            <label key={kind} className="echoes-check">
              <input
                type="checkbox"
                checked={!hiddenKinds.includes(kind)}
                onChange={() => toggleKind(kind)}
              />
              <KindSwatch kind={kind} />
              {KIND_LABELS[kind]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{TEXT.episodes}</legend>
        <ol ref={listRef} className="echoes-filters__episodes">
          {episodes.map((episode, index) => (
            <li key={episode.id}>
              <label className="echoes-check">
                <input
                  type="checkbox"
                  checked={!hiddenEpisodes.includes(episode.id)}
                  onChange={(event) => setEpisodeHidden(episode.id, !event.target.checked)}
                />
                {episode.label}
              </label>
              <button
                type="button"
                className="echoes-icon-button"
                aria-label={TEXT.moveUp(episode.label)}
                aria-disabled={index === 0}
                data-move={`${episode.id}:-1`}
                onClick={() => move(episode.id, -1, index === 0)}
              >
                ↑
              </button>
              <button
                type="button"
                className="echoes-icon-button"
                aria-label={TEXT.moveDown(episode.label)}
                aria-disabled={index === episodes.length - 1}
                data-move={`${episode.id}:1`}
                onClick={() => move(episode.id, 1, index === episodes.length - 1)}
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
      </fieldset>
    </div>
  );
}
