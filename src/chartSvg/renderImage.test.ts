import { describe, expect, it } from "vitest";
import {
  FIXTURE_MEASURE,
  FIXTURE_WIDTH,
  fixtureLayout,
  HOSTILE_TITLE,
} from "../../tests/support/chartFixtures";
import { LIGHT_PALETTE } from "./palette";
import { type ImageParts, renderTimelineImage, wrapText } from "./renderImage";
import { type SvgNode, serializeSvg } from "./svgNode";

const PARTS: ImageParts = {
  title: HOSTILE_TITLE,
  subtitle: "Days before and after the troops arrive",
  kinds: ["trigger", "negotiation"],
  attribution: "https://example.org/?a=1&b=2",
  sources: Array.from({ length: 30 }, (_, index) => `Publisher number ${index + 1}`),
};

async function image(parts: ImageParts = PARTS) {
  const layout = await fixtureLayout("aligned");
  const drawing = renderTimelineImage(layout, parts, {
    width: FIXTURE_WIDTH,
    mode: "aligned",
    palette: LIGHT_PALETTE,
    measure: FIXTURE_MEASURE,
    fontFamily: "sans-serif",
  });
  return { layout, drawing };
}

const texts = (node: SvgNode): string[] => [
  ...(node.text === undefined ? [] : [node.text]),
  ...node.children.flatMap(texts),
];

describe("wrapText(text, maxWidth, measure)", () => {
  it("breaks at spaces into lines that fit, and gives a word too long a line of its own", () => {
    const measure = (text: string) => text.length * 10;
    expect(wrapText("aa bb cc  dd", 50, measure)).toEqual(["aa bb", "cc dd"]);
    expect(wrapText("a verylongword b", 50, measure)).toEqual(["a", "verylongword", "b"]);
    expect(wrapText("  ", 50, measure)).toEqual([]);
  });
});

describe("renderTimelineImage(layout, parts, options)", () => {
  it("frames the chart with the title, the view, a legend of the kinds, the sources and its origin", async () => {
    const { drawing } = await image();
    const words = texts(drawing);
    expect(words.slice(0, 3)).toEqual([
      `${HOSTILE_TITLE}. ${PARTS.subtitle}`,
      HOSTILE_TITLE,
      PARTS.subtitle,
    ]);
    expect(words).toContain("Trigger");
    expect(words).toContain("Negotiation");
    // Thirty publishers take more than one line at this width, each within it.
    const sources = words.filter(
      (text) => text.startsWith("Sources of the events in view:") || text.includes("Publisher"),
    );
    expect(sources.length).toBeGreaterThan(1);
    expect(sources.join(" ")).toBe(`Sources of the events in view: ${PARTS.sources.join("; ")}.`);
    expect(words.at(-1)).toBe("Made with Echoes: https://example.org/?a=1&b=2");
  });

  it("draws the fixture's picture as its snapshot (open the .svg file in a browser to review)", async () => {
    const { drawing } = await image({ ...PARTS, sources: PARTS.sources.slice(0, 12) });
    await expect(`${serializeSvg(drawing)}\n`).toMatchFileSnapshot(
      "__snapshots__/image-aligned.svg",
    );
  });

  it("wraps a long title to the picture's width rather than drawing it past the edge", async () => {
    const title = "Eerie echoes? Hungary 1956, Czechoslovakia 1968, Kazakhstan 2022";
    const { drawing } = await image({ ...PARTS, title });
    const lines = drawing.children.filter((child) => child.attributes["font-size"] === 18);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((line) => line.text).join(" ")).toBe(title);
    for (const line of lines) {
      expect(FIXTURE_MEASURE(line.text ?? "") * 1.5 * 1.1).toBeLessThanOrEqual(FIXTURE_WIDTH - 32);
    }
    // The chart moves down by the lines added.
    const chart = drawing.children.find((child) => child.tag === "svg");
    expect(chart?.attributes.y).toBe(66 + 22 * (lines.length - 1));
  });

  it("draws on a card of its own, the chart nested under the title at the chart's size", async () => {
    const { drawing, layout } = await image();
    expect(drawing.attributes).toMatchObject({ role: "img", width: FIXTURE_WIDTH });
    expect(drawing.children[1]).toEqual({
      tag: "rect",
      attributes: { width: FIXTURE_WIDTH, height: drawing.attributes.height, fill: "#ffffff" },
      children: [],
    });
    const chart = drawing.children.find((child) => child.tag === "svg");
    expect(chart?.attributes).toMatchObject({ x: 0, y: 66, height: layout.height });
    expect(Number(drawing.attributes.height)).toBeGreaterThan(66 + layout.height);
  });

  it("draws each kind's swatch in its colour, outlined kinds filled with the card", async () => {
    const { drawing } = await image();
    const swatch = (kind: string) =>
      drawing.children.find((child) => child.attributes["data-kind"] === kind)?.children[0];
    expect(swatch("trigger")?.attributes).toMatchObject({
      fill: LIGHT_PALETTE.kinds.trigger,
      stroke: LIGHT_PALETTE.kinds.trigger,
    });
    expect(swatch("negotiation")?.attributes).toMatchObject({
      fill: LIGHT_PALETTE.card,
      stroke: LIGHT_PALETTE.kinds.negotiation,
    });
  });

  it("writes the title and the address as text, escaped", async () => {
    const svg = serializeSvg((await image()).drawing);
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toContain("https://example.org/?a=1&amp;b=2");
  });
});
