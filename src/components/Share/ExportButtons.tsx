import "./ExportButtons.css";
import { useState } from "react";
import type { Collection } from "../../data/format/collection";
import { errorMessage } from "../../data/format/problem";
import { SHARE_TEXT } from "../../i18n/share";
import { useEchoesStoreApi } from "../../store/EchoesProvider";
import { shownView } from "./imageLayout";

export interface ExportButtonsProps {
  /** The collection the timeline draws. */
  readonly collection: Collection;
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
