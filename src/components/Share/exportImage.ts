import { type Collection, toEventRef } from "../../data/format/collection";
import type { EventKind } from "../../data/format/vocabulary";
import { IMAGE_TEXT } from "../../i18n/image";
import { KIND_LABELS } from "../../i18n/vocabulary";
import type { TimeMode } from "../../timeline/laneModels";
import { KIND_STYLES } from "../Timeline/kindStyles";
import { SYMBOL_PATHS } from "../Timeline/symbolPaths";

const SVG_NS = "http://www.w3.org/2000/svg";

/** The computed styles a drawing needs once it leaves the page and its style sheet. */
const DRAWN_STYLES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "visibility",
  "display",
  "transform",
  "transform-origin",
] as const;

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

/** The chart as drawn, with each element's computed style written onto it as attributes. */
function drawnCopy(chart: SVGSVGElement): SVGSVGElement {
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const originals = [chart, ...chart.querySelectorAll<SVGElement>("*")];
  const copies = [copy, ...copy.querySelectorAll<SVGElement>("*")];
  originals.forEach((original, index) => {
    const target = copies[index];
    if (!target) return;
    const computed = getComputedStyle(original);
    // Written as presentation attributes: a style attribute would break the page's security policy.
    target.removeAttribute("style");
    target.removeAttribute("class");
    for (const name of DRAWN_STYLES) {
      const value = computed.getPropertyValue(name);
      const unset =
        !value ||
        (name === "transform" && value === "none") ||
        (name === "transform-origin" && /^0px 0px/.test(value));
      if (!unset) {
        target.setAttribute(name, value);
      }
    }
    for (const name of ["tabindex", "role", "aria-label", "aria-pressed", "aria-hidden"]) {
      target.removeAttribute(name);
    }
  });
  return copy;
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Splits text into lines of at most maxChars characters, at spaces. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A standalone SVG of the chart as it is now: a title above, and below it a
 * legend of the kinds shown, the sources of the events in view and where the
 * image came from, so that the picture still says what it is on a slide.
 * Drawn in the page's palette as it is when called.
 */
export function buildTimelineSvg(chart: SVGSVGElement, parts: ImageParts): SVGSVGElement {
  const width = chart.width.baseVal.value || chart.getBoundingClientRect().width;
  const chartHeight = chart.height.baseVal.value || chart.getBoundingClientRect().height;
  const font = getComputedStyle(chart).fontFamily || "sans-serif";
  const palette = getComputedStyle(document.documentElement);
  const colour = (name: string) => palette.getPropertyValue(`--echoes-${name}`).trim();
  const ink = colour("ink");
  const muted = colour("muted");
  const card = colour("card");
  const margin = 16;
  const charsPerLine = Math.max(40, Math.floor((width - 2 * margin) / 6.5));

  const image = svgElement("svg", { xmlns: SVG_NS, width, height: 0, "font-family": font });
  image.append(svgElement("rect", { x: 0, y: 0, width: "100%", height: "100%", fill: card }));
  let y = margin + 18;
  image.append(
    svgElement(
      "text",
      { x: margin, y, "font-size": 18, "font-weight": 700, fill: ink },
      parts.title,
    ),
  );
  y += 20;
  image.append(svgElement("text", { x: margin, y, "font-size": 13, fill: muted }, parts.subtitle));
  y += 12;

  const drawn = drawnCopy(chart);
  drawn.setAttribute("x", "0");
  drawn.setAttribute("y", String(y));
  image.append(drawn);
  y += chartHeight + 20;

  let x = margin;
  for (const kind of parts.kinds) {
    const label = KIND_LABELS[kind];
    const itemWidth = 30 + label.length * 7;
    if (x + itemWidth > width - margin) {
      x = margin;
      y += 20;
    }
    const stroked = KIND_STYLES[kind].stroked;
    const kindColour = colour(`kind-${kind}`);
    image.append(
      svgElement("path", {
        d: SYMBOL_PATHS[kind].swatch,
        transform: `translate(${x + 7}, ${y - 4})`,
        fill: stroked ? card : kindColour,
        stroke: kindColour,
        "stroke-width": stroked ? 2 : 1,
      }),
      svgElement("text", { x: x + 18, y, "font-size": 12, fill: ink }, label),
    );
    x += itemWidth;
  }
  y += 22;

  for (const line of wrapText(IMAGE_TEXT.sources(parts.sources), charsPerLine)) {
    image.append(svgElement("text", { x: margin, y, "font-size": 11, fill: muted }, line));
    y += 15;
  }
  y += 4;
  image.append(
    svgElement(
      "text",
      { x: margin, y, "font-size": 11, fill: muted },
      IMAGE_TEXT.madeWith(parts.attribution),
    ),
  );
  y += margin;
  image.setAttribute("height", String(y));
  image.setAttribute("viewBox", `0 0 ${width} ${y}`);
  return image;
}

export function svgText(image: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(image)}`;
}

/** Draws the SVG onto a canvas at the given scale and returns it as a PNG. */
export async function pngBlob(image: SVGSVGElement, scale: number): Promise<Blob> {
  const width = Number(image.getAttribute("width"));
  const height = Number(image.getAttribute("height"));
  const url = URL.createObjectURL(new Blob([svgText(image)], { type: "image/svg+xml" }));
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

/** Hands a file to the browser to save. */
export function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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

export interface ShownView {
  readonly mode: TimeMode;
  readonly alignRoleId: string | undefined;
  readonly hiddenKinds: readonly EventKind[];
}

/**
 * Runs draw with the page in the light palette, so that what it reads from the
 * computed styles is light; nothing is painted in between.
 */
function inLightTheme<T>(draw: () => T): T {
  const root = document.documentElement;
  const theme = root.getAttribute("data-theme");
  root.setAttribute("data-theme", "light");
  try {
    return draw();
  } finally {
    if (theme === null) root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", theme);
  }
}

/**
 * Saves the chart as it is now, as an SVG or as a PNG at twice its size for
 * slides; always in the light palette on white, like a printed handout,
 * whatever the page's theme.
 */
export async function saveTimelineImage(
  format: "svg" | "png",
  chart: SVGSVGElement,
  collection: Collection,
  view: ShownView,
) {
  const role = collection.roles.find((candidate) => candidate.id === view.alignRoleId);
  const present = new Set<EventKind>(
    collection.episodes.flatMap((episode) => episode.events.map((event) => event.kind)),
  );
  const image = inLightTheme(() =>
    buildTimelineSvg(chart, {
      title: collection.title,
      subtitle:
        view.mode === "aligned" && role
          ? IMAGE_TEXT.alignedOn(role.label)
          : IMAGE_TEXT.modes[view.mode],
      kinds: [...present].filter((kind) => !view.hiddenKinds.includes(kind)),
      attribution: window.location.href,
      sources: sourcesOf(collection, refsInView(chart)),
    }),
  );
  const name = `echoes-${view.mode}`;
  if (format === "svg") {
    download(new Blob([svgText(image)], { type: "image/svg+xml" }), `${name}.svg`);
  } else {
    download(await pngBlob(image, 2), `${name}.png`);
  }
}
