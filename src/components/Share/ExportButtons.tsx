import { useState } from "react";
import type { Collection } from "../../data/loadCollection";
import type { EventKind } from "../../data/vocabulary";
import { useEchoes } from "../../store/EchoesProvider";
import { selectAlignRoleId, selectHiddenKinds, selectMode } from "../../store/selectors";

export interface ExportButtonsProps {
  readonly collection: Collection;
  /** The chart to draw, found when a button is pressed. */
  readonly findChart: () => SVGSVGElement | null;
}

const MODE_CAPTIONS = {
  aligned: "Days before and after",
  calendar: "Each episode on its own calendar",
  sequence: "Events in sequence",
} as const;

/** The refs of the marks drawn within the chart's view. */
export function refsInView(chart: SVGSVGElement): string[] {
  const frame = chart.getBoundingClientRect();
  return [...chart.querySelectorAll<SVGGElement>("[data-ref]")]
    .filter((mark) => {
      const box = mark.getBoundingClientRect();
      return box.right >= frame.left && box.left <= frame.right;
    })
    .map((mark) => mark.dataset.ref ?? "");
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
      const { buildTimelineSvg, download, pngBlob, sourcesOf, svgText } = await import(
        "./exportImage"
      );
      const role = collection.roles.find((candidate) => candidate.id === alignRoleId);
      const present = new Set<EventKind>(
        collection.episodes.flatMap((episode) => episode.events.map((event) => event.kind)),
      );
      const image = buildTimelineSvg(chart, {
        title: collection.title,
        subtitle:
          mode === "aligned" && role
            ? `${MODE_CAPTIONS.aligned} "${role.label.toLowerCase()}" (day 0)`
            : MODE_CAPTIONS[mode],
        kinds: [...present].filter((kind) => !hiddenKinds.includes(kind)),
        attribution: window.location.href,
        sources: sourcesOf(collection, refsInView(chart)),
      });
      const name = `echoes-${mode}`;
      if (format === "svg") {
        download(new Blob([svgText(image)], { type: "image/svg+xml" }), `${name}.svg`);
      } else {
        download(await pngBlob(image, 2), `${name}.png`);
      }
    } catch (error) {
      setProblem(
        `The picture could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  return (
    <div className="echoes-export">
      <button type="button" className="echoes-button" onClick={() => void save("svg")}>
        Download SVG
      </button>
      <button type="button" className="echoes-button" onClick={() => void save("png")}>
        Download PNG
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}
