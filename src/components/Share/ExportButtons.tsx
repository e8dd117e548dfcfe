import "./ExportButtons.css";
import { useState } from "react";
import type { Collection } from "../../data/format/collection";
import { errorMessage } from "../../data/format/problem";
import { SHARE_TEXT } from "../../i18n/share";
import { useEchoes } from "../../store/EchoesProvider";
import { selectAlignRoleId, selectHiddenKinds, selectMode } from "../../store/selectors";

export interface ExportButtonsProps {
  readonly collection: Collection;
  /** The chart to draw, found when a button is pressed. */
  readonly findChart: () => SVGSVGElement | null;
}

/** Saves the timeline as it is now as an SVG, or as a PNG at twice its size for slides. */
export function ExportButtons({ collection, findChart }: ExportButtonsProps) {
  const mode = useEchoes(selectMode);
  const alignRoleId = useEchoes(selectAlignRoleId);
  const hiddenKinds = useEchoes(selectHiddenKinds);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const save = async (format: "svg" | "png") => {
    const chart = findChart();
    if (!chart) return;
    setProblem(undefined);
    try {
      // Loaded on demand: most readers never export.
      const { saveTimelineImage } = await import("./exportImage");
      await saveTimelineImage(format, chart, collection, { mode, alignRoleId, hiddenKinds });
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
