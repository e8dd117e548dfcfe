import type { EventKind } from "../data/format/vocabulary";
import { IMAGE_TEXT } from "../i18n/image";
import { KIND_LABELS } from "../i18n/vocabulary";
import type { ChartLayout } from "../timeline/layoutChart";
import type { TextMeasure } from "../timeline/textWidth";
import { LABEL_FONT_SIZE } from "./events";
import { KIND_STYLES } from "./kindStyles";
import { type ChartSvgOptions, renderChart } from "./renderChart";
import { type SvgNode, svg, svgImage, translate } from "./svgNode";
import { SYMBOL_PATHS } from "./symbolPaths";

export interface ImageParts {
  readonly title: string;
  /** What the view shows, e.g. "Aligned on: foreign troops arrive". */
  readonly subtitle: string;
  readonly kinds: readonly EventKind[];
  /** Where the image came from, e.g. the address of the view. */
  readonly attribution: string;
  /** The publishers of the events in view, for the sources line. */
  readonly sources: readonly string[];
}

const MARGIN = 16;
const SMALL_PRINT_SIZE = 11;

/**
 * Splits text into lines at most maxWidth wide, at spaces; a word wider than
 * that has a line of its own. Words are measured one by one, so that a long
 * text is not measured again for every word added to it.
 */
export function wrapText(text: string, maxWidth: number, measure: TextMeasure): string[] {
  const space = measure(" ");
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = measure(word);
    if (line && lineWidth + space + wordWidth > maxWidth) {
      lines.push(line);
      line = word;
      lineWidth = wordWidth;
    } else {
      lineWidth = line ? lineWidth + space + wordWidth : wordWidth;
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A standalone picture of the chart: a title above, and below it a legend of
 * the kinds shown, the sources of the events in view and where the image came
 * from, so that the picture still says what it is on a slide. `options` are
 * the chart's, its label and typeface then the picture's.
 */
export function renderTimelineImage(
  layout: ChartLayout,
  parts: ImageParts,
  options: Omit<ChartSvgOptions, "label">,
): SvgNode {
  const { width, palette, measure } = options;
  const label = `${parts.title}. ${parts.subtitle}`;
  const drawn: SvgNode[] = [];
  // The baseline of the last line drawn.
  let y = MARGIN - 4;
  /** Text wrapped to the picture's width, each line `lineHeight` below the last. */
  const paragraph = (
    text: string,
    lineHeight: number,
    style: { readonly "font-size": number; readonly fill: string; readonly "font-weight"?: number },
  ) => {
    // The measure is of labels' type: other sizes take room in proportion, bold type a little more.
    const scale = (style["font-size"] / LABEL_FONT_SIZE) * (style["font-weight"] ? 1.1 : 1);
    for (const line of wrapText(text, width - 2 * MARGIN, (words) => measure(words) * scale)) {
      y += lineHeight;
      drawn.push(svg("text", { x: MARGIN, y, ...style }, line));
    }
  };
  paragraph(parts.title, 22, { "font-size": 18, "font-weight": 700, fill: palette.ink });
  paragraph(parts.subtitle, 20, { "font-size": 13, fill: palette.muted });
  y += 12;

  const chart = renderChart(layout, { ...options, label: parts.subtitle });
  drawn.push({ ...chart, attributes: { ...chart.attributes, x: 0, y } });
  y += layout.height + 20;

  let x = MARGIN;
  for (const kind of parts.kinds) {
    const name = KIND_LABELS[kind];
    const itemWidth = 30 + measure(name);
    if (x + itemWidth > width - MARGIN && x > MARGIN) {
      x = MARGIN;
      y += 20;
    }
    const colour = palette.kinds[kind];
    const stroked = KIND_STYLES[kind].stroked;
    drawn.push(
      svg("g", { "data-kind": kind }, [
        svg("path", {
          d: SYMBOL_PATHS[kind].swatch,
          transform: translate(x + 7, y - 4),
          fill: stroked ? palette.card : colour,
          stroke: colour,
          "stroke-width": stroked ? 2 : 1,
        }),
        svg("text", { x: x + 18, y, "font-size": LABEL_FONT_SIZE, fill: palette.ink }, name),
      ]),
    );
    x += itemWidth;
  }
  // The sources' first line 22 px under the legend's last row.
  y += 22 - 15;
  const small = { "font-size": SMALL_PRINT_SIZE, fill: palette.muted };
  paragraph(IMAGE_TEXT.sources(parts.sources), 15, small);
  paragraph(IMAGE_TEXT.madeWith(parts.attribution), 19, small);
  const height = y + MARGIN;

  return svgImage({ width, height, label, fontFamily: options.fontFamily }, [
    svg("rect", { width, height, fill: palette.card }),
    ...drawn,
  ]);
}
