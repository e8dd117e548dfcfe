import "./ExportButtons.css";
import { useState } from "react";
import type { Collection } from "../../data/format/collection";
import { orderEpisodes } from "../../data/format/collection";
import { errorMessage } from "../../data/format/problem";
import { SHARE_TEXT } from "../../i18n/share";
import type { EchoesState } from "../../store/createEchoesStore";
import { useEchoesStoreApi } from "../../store/EchoesProvider";
import { selectAlignRoleId } from "../../store/selectors";
import { PRINT_WIDTH } from "../../timeline/printLayout";
import type { ShownView } from "./imageLayout";

export interface ExportButtonsProps {
  /** The collection the timeline draws. */
  readonly collection: Collection;
}

/** The view as the store holds it when a button is pressed: what the timeline draws. */
function shownView(state: EchoesState, collection: Collection): ShownView {
  return {
    episodes: orderEpisodes(collection.episodes, state.episodeOrder).filter(
      (episode) => !state.hiddenEpisodes.includes(episode.id),
    ),
    roles: collection.roles,
    mode: state.mode,
    alignRoleId: selectAlignRoleId(state),
    hiddenKinds: state.hiddenKinds,
    zoom: state.zoom,
    selectedRef: state.selectedRef,
    // Before the page has measured the chart (never once it is drawn), the width paper is laid out at.
    width: state.chartWidth ?? PRINT_WIDTH,
  };
}

/** Saves the timeline as it is now as an SVG, or as a PNG at twice its size for slides. */
export function ExportButtons({ collection }: ExportButtonsProps) {
  // Read when a button is pressed, not followed: the zoom changes on every frame of a gesture.
  const store = useEchoesStoreApi();
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const save = async (format: "svg" | "png") => {
    const view = shownView(store.getState(), collection);
    setProblem(undefined);
    try {
      // Loaded on demand: most readers never export.
      const { saveTimelineImage } = await import("./exportImage");
      await saveTimelineImage(format, collection, view);
    } catch (error) {
      setProblem(SHARE_TEXT.exportFailed(errorMessage(error)));
    }
  };

  return (
    <div className="echoes-export">
      <button type="button" className="echoes-button" onClick={() => void save("svg")}>
        {SHARE_TEXT.downloadSvg}
      </button>
      <button type="button" className="echoes-button" onClick={() => void save("png")}>
        {SHARE_TEXT.downloadPng}
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}
