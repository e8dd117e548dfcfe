import { LABEL_FONT_SIZE } from "../../chartSvg/events";
import { LIGHT_PALETTE } from "../../chartSvg/palette";
import { renderTimelineImage } from "../../chartSvg/renderImage";
import { type SvgNode, serializeSvg } from "../../chartSvg/svgNode";
import { PAGE_FONT_FAMILY } from "../../chartSvg/typeface";
import { type Collection, toEventRef } from "../../data/format/collection";
import type { EventKind } from "../../data/format/vocabulary";
import { IMAGE_TEXT } from "../../i18n/image";
import { currentLocale } from "../../i18n/locale";
import { loadCalendarTicks } from "../../timeline/ticks";
import { labelMeasure } from "../Timeline/measureLabel";
import { download } from "./download";
import { layoutForImage, refsInView, type ShownView } from "./imageLayout";

/** The picture as an SVG file. */
export function svgFile(image: SvgNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(image)}\n`;
}

/** Draws the picture onto a canvas at the given scale and returns it as a PNG. */
export async function pngBlob(image: SvgNode, scale: number): Promise<Blob> {
  const width = Number(image.attributes.width);
  const height = Number(image.attributes.height);
  const url = URL.createObjectURL(new Blob([svgFile(image)], { type: "image/svg+xml" }));
  try {
    const picture = new Image();
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error(IMAGE_TEXT.cannotDraw);
    context.scale(scale, scale);
    context.drawImage(picture, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error(IMAGE_TEXT.noPng))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The publishers of the given events, each once, in order of first appearance. */
export function sourcesOf(collection: Collection, refs: Iterable<string>): string[] {
  const wanted = new Set(refs);
  const publishers = new Set<string>();
  for (const episode of collection.episodes) {
    for (const event of episode.events) {
      if (!wanted.has(toEventRef(episode.id, event.id))) continue;
      for (const source of event.sources) publishers.add(source.publisher);
    }
  }
  return [...publishers];
}

/**
 * The picture of a view: its chart laid out again from the view (imageLayout.ts)
 * and drawn as paper draws it, in the light palette on white whatever the
 * page's theme, with its title, legend, sources and origin around it.
 */
async function timelineImage(
  collection: Collection,
  view: ShownView,
  attribution: string,
): Promise<SvgNode> {
  // Measured in the page's typeface, which the picture asks for, as the chart's labels are.
  const measure = labelMeasure(`${LABEL_FONT_SIZE}px ${PAGE_FONT_FAMILY}`);
  const calendarTicks = view.mode === "calendar" ? await loadCalendarTicks() : undefined;
  const layout = layoutForImage(view, measure, currentLocale(), calendarTicks);
  const role = collection.roles.find((candidate) => candidate.id === view.alignRoleId);
  const present = new Set<EventKind>(
    collection.episodes.flatMap((episode) => episode.events.map((event) => event.kind)),
  );
  return renderTimelineImage(
    layout,
    {
      title: collection.title,
      subtitle:
        view.mode === "aligned" && role
          ? IMAGE_TEXT.alignedOn(role.label)
          : IMAGE_TEXT.modes[view.mode],
      kinds: [...present].filter((kind) => !view.hiddenKinds.includes(kind)),
      attribution,
      sources: sourcesOf(collection, refsInView(layout, view.width)),
    },
    {
      width: view.width,
      mode: view.mode,
      palette: LIGHT_PALETTE,
      measure,
      fontFamily: PAGE_FONT_FAMILY,
      selectedRef: view.selectedRef,
    },
  );
}

/** Saves the view as an SVG, or as a PNG at twice its size for slides. */
export async function saveTimelineImage(
  format: "svg" | "png",
  collection: Collection,
  view: ShownView,
) {
  const image = await timelineImage(collection, view, window.location.href);
  const name = `echoes-${view.mode}`;
  if (format === "svg") {
    download(new Blob([svgFile(image)], { type: "image/svg+xml" }), `${name}.svg`);
  } else {
    download(await pngBlob(image, 2), `${name}.png`);
  }
}
