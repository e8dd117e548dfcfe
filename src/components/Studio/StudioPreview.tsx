import { useDeferredValue, useEffect, useRef, useState } from "react";
import type { Collection } from "../../data/format/collection";
import { STUDIO_TEXT } from "../../i18n/studio";
import {
  createEchoesStore,
  type EchoesState,
  type EchoesStore,
} from "../../store/createEchoesStore";
import { asDrawn } from "../../store/drawnCollection";
import { EchoesProvider } from "../../store/EchoesProvider";
import { selectAlignRoleId, selectCollection } from "../../store/selectors";
import type { CurrentView } from "../../studio/editLessons";
import { DEFAULT_GEOMETRY } from "../../timeline/chartGeometry";
import { buildTimelineModel } from "../../timeline/laneModels";
import { IDENTITY_ZOOM } from "../../timeline/laneScales";
import { windowOf } from "../../timeline/zoomFrames";
import { ContentLanguageContext } from "../ContentLanguage/contentLanguage";
import { ErrorBoundary } from "../ErrorBoundary/ErrorBoundary";
import { shownView } from "../Share/imageLayout";
import { TimelineView } from "../Timeline/TimelineView";
import { followDraft } from "./followDraft";

/**
 * Days from day 0, rounded outwards: to whole days for a window of days or more, to hours for a
 * shorter one, so that a stop's view reads as a teacher set it.
 */
function roundedWindow([from, to]: readonly [number, number]): [number, number] {
  const step = to - from >= 3 ? 1 : 1 / 24;
  // Steps counted to a millionth first, so that a window of exactly 10 days does not round to 11.
  const round = (days: number, toward: (value: number) => number) =>
    Number((toward(Number((days / step).toFixed(6))) * step).toFixed(4));
  return [round(from, Math.floor), round(to, Math.ceil)];
}

/** The days from day 0 the aligned chart shows, as laid out from the store at the chart's width. */
function alignedWindow(state: EchoesState, collection: Collection, role: string) {
  const view = shownView(state, collection);
  const model = buildTimelineModel(view.episodes, view.roles, "aligned", role);
  return roundedWindow(windowOf(model, view.zoom, view.width, DEFAULT_GEOMETRY.padding));
}

/** What a lesson's stop takes from the timeline beside the editor: its mode, role, window and selection. */
export function currentViewOf(store: EchoesStore): CurrentView {
  const state = store.getState();
  const role = selectAlignRoleId(state);
  const collection = selectCollection(state);
  const window =
    collection && state.mode === "aligned" && role !== undefined
      ? alignedWindow(state, collection, role)
      : undefined;
  return {
    mode: state.mode,
    ...(role === undefined ? {} : { role }),
    ...(window === undefined ? {} : { window }),
    ...(state.selectedRef === undefined ? {} : { event: state.selectedRef }),
    ...(state.selectedPassage === undefined ? {} : { passage: state.selectedPassage }),
  };
}

const NAMED_AS = "studio";

export interface StudioPreviewProps {
  /** The draft as the app would load it; undefined while it cannot be. */
  readonly collection: Collection | undefined;
  /** The preview's own store: its mode, zoom and selection are apart from the reader's. */
  readonly store: EchoesStore;
}

/** The timeline drawn from the draft as it is edited, in a store of its own. */
export function StudioPreview({ collection, store }: StudioPreviewProps) {
  const drawnBefore = useRef<Collection>(undefined);
  useEffect(() => {
    if (!collection) return;
    const state = store.getState();
    const following = followDraft(drawnBefore.current, collection, state.mode);
    drawnBefore.current = collection;
    if (following.mode) state.setMode(following.mode);
    else if (following.fit) state.setZoom(IDENTITY_ZOOM);
    void state.loadFrom(NAMED_AS, { kind: "files", names: [collection.title] }, async () => ({
      ok: true,
      collection,
      problems: [],
    }));
  }, [collection, store]);
  // Drawn in a transition, so that typing stays quick while a large draft is drawn again.
  const shown = useDeferredValue(collection);
  return (
    <section className="echoes-studio__preview" aria-labelledby="echoes-studio-preview">
      <h3 id="echoes-studio-preview" className="echoes-studio__subheading">
        {STUDIO_TEXT.preview.heading}
      </h3>
      {shown ? (
        <EchoesProvider store={store}>
          <ErrorBoundary part={STUDIO_TEXT.preview.heading}>
            {/* The draft's text is in the draft's language, not the collection's being read. */}
            <ContentLanguageContext value={shown.language}>
              <TimelineView collection={asDrawn(shown)} />
            </ContentLanguageContext>
          </ErrorBoundary>
        </EchoesProvider>
      ) : (
        <p className="echoes-studio__empty">{STUDIO_TEXT.preview.empty}</p>
      )}
    </section>
  );
}

/** A store for the preview, made once per Studio. */
export function usePreviewStore(): EchoesStore {
  const [store] = useState(() =>
    createEchoesStore({
      loader: async (url) => ({
        ok: false,
        problems: [{ file: url, path: "", message: "is not loaded here", dropped: "" }],
      }),
    }),
  );
  return store;
}
