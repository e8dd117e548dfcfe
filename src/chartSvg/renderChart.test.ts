import { describe, expect, it } from "vitest";
import {
  FIXTURE_MEASURE,
  FIXTURE_WIDTH,
  fixtureLayout,
  HOSTILE_TITLE,
} from "../../tests/support/chartFixtures";
import type { TimeMode } from "../data/format/vocabulary";
import type { ChartLayout } from "../timeline/layoutChart";
import { LIGHT_PALETTE } from "./palette";
import { type ChartSvgOptions, renderChart } from "./renderChart";
import { type SvgNode, serializeSvg } from "./svgNode";

function options(mode: TimeMode, more: Partial<ChartSvgOptions> = {}): ChartSvgOptions {
  return {
    width: FIXTURE_WIDTH,
    mode,
    palette: LIGHT_PALETTE,
    measure: FIXTURE_MEASURE,
    label: `The fixture, ${mode} mode`,
    fontFamily: "sans-serif",
    ...more,
  };
}

/** Every node of a drawing, the root first. */
function nodesOf(node: SvgNode): SvgNode[] {
  return [node, ...node.children.flatMap(nodesOf)];
}

const withAttribute = (root: SvgNode, name: string) =>
  nodesOf(root).filter((node) => name in node.attributes);

const groupLabelled = (root: SvgNode, label: string) =>
  nodesOf(root).filter((node) => node.attributes["aria-label"] === label);

const markCount = (layout: ChartLayout) =>
  layout.lanes.reduce((count, lane) => count + lane.marks.length, 0);

describe.each(["aligned", "calendar", "sequence"] as const)("renderChart, %s mode", (mode) => {
  it("draws the fixture as its snapshot (open the .svg files in a browser to review)", async () => {
    const drawing = renderChart(
      await fixtureLayout(mode),
      options(mode, { selectedRef: "prague/p-talks" }),
    );
    await expect(`${serializeSvg(drawing)}\n`).toMatchFileSnapshot(`__snapshots__/${mode}.svg`);
  });

  it("draws every part the layout holds: a mark per mark, a badge per cluster, a curve per connector, a frame per lane", async () => {
    const layout = await fixtureLayout(mode);
    const drawing = renderChart(layout, options(mode));
    expect(withAttribute(drawing, "data-ref")).toHaveLength(markCount(layout));
    expect(withAttribute(drawing, "data-refs")).toHaveLength(
      layout.lanes.reduce((count, lane) => count + lane.clusters.length, 0),
    );
    const curves = groupLabelled(drawing, "connector")[0]?.children ?? [];
    expect(curves.length).toBeGreaterThan(0);
    expect(curves).toHaveLength(layout.connectors.length);
    expect(groupLabelled(drawing, "lane")[0]?.children).toHaveLength(layout.lanes.length);
    // Each mark's symbol is its kind's, in its kind's colour.
    for (const mark of withAttribute(drawing, "data-kind")) {
      const kind = mark.attributes["data-kind"] as keyof typeof LIGHT_PALETTE.kinds;
      const symbol = mark.children.find((child) => child.tag === "path");
      expect(symbol?.attributes.stroke).toBe(LIGHT_PALETTE.kinds[kind]);
    }
  });

  it("names itself for a screen reader, as an image with a title", async () => {
    const drawing = renderChart(await fixtureLayout(mode), options(mode));
    expect(drawing.attributes.role).toBe("img");
    expect(drawing.attributes["aria-label"]).toBe(`The fixture, ${mode} mode`);
    expect(drawing.children[0]).toEqual({
      tag: "title",
      attributes: {},
      children: [],
      text: `The fixture, ${mode} mode`,
    });
  });
});

describe("renderChart", () => {
  it("writes an author's markup as text, never as markup", async () => {
    const svg = serializeSvg(renderChart(await fixtureLayout("aligned"), options("aligned")));
    expect(svg).not.toContain("<script");
    expect(svg).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; the radio\'s demands');
    // In the lane's name as well as in a label.
    expect(svg).toContain('>Hungary &amp; "1956"</text>');
    expect(svg).not.toContain(HOSTILE_TITLE);
  });

  it("draws day 0's line across the chart, cut where a lane's day 0 is a band, and the band", async () => {
    const layout = await fixtureLayout("aligned");
    const drawing = renderChart(layout, options("aligned"));
    const zeroTick = groupLabelled(drawing, "axis")[0]?.children.find((tick) =>
      tick.children.some((child) => child.text === "day 0"),
    );
    const zeroLines = zeroTick?.children.filter((child) => child.tag === "line") ?? [];
    const [gap] = layout.dayZeroGaps;
    expect(layout.dayZeroGaps).toHaveLength(1);
    // Down to the top of the band's lane, and on from its foot to the chart's.
    expect(zeroLines.map((line) => [line.attributes.y1, line.attributes.y2])).toEqual([
      [20, gap?.[0]],
      [gap?.[1], layout.height],
    ]);
    const bands = groupLabelled(drawing, "day-0 band")[0]?.children ?? [];
    expect(bands).toHaveLength(1);
    expect(bands[0]?.children[0]?.text).toMatch(/^prague: day 0 falls somewhere in/);
  });

  it("draws a calendar lane's own ticks at its foot, and no shared axis", async () => {
    const layout = await fixtureLayout("calendar");
    const drawing = renderChart(layout, options("calendar"));
    expect(groupLabelled(drawing, "axis")).toHaveLength(0);
    const laneAxes = groupLabelled(drawing, "lane axis");
    expect(laneAxes.map((axis) => axis.children.length)).toEqual(
      layout.lanes.map((lane) => lane.ticks.length),
    );
    expect(laneAxes.length).toBe(2);
  });

  it("leaves the badges out for paper, and rings and underlines what it is asked to", async () => {
    const layout = await fixtureLayout("aligned");
    const drawing = renderChart(
      layout,
      options("aligned", {
        clusterBadges: false,
        selectedRef: "prague/p-talks",
        lit: new Set(["hungary/h-tanks"]),
      }),
    );
    expect(withAttribute(drawing, "data-refs")).toHaveLength(0);
    const ringed = withAttribute(drawing, "data-ref").filter((mark) =>
      mark.children.some((child) => child.tag === "circle" && child.attributes.r === 10),
    );
    expect(ringed.map((mark) => mark.attributes["data-ref"]).sort()).toEqual([
      "hungary/h-tanks",
      "prague/p-talks",
    ]);
    const underlined = nodesOf(drawing).filter(
      (node) => node.attributes["text-decoration"] === "underline",
    );
    expect(underlined.map((node) => node.text)).toEqual(["Moscow Protocol"]);
  });

  it("draws a span's bar, a period's band and a disputed event's dashed ring", async () => {
    const drawing = renderChart(await fixtureLayout("aligned"), options("aligned"));
    const mark = (ref: string) =>
      withAttribute(drawing, "data-ref").find((node) => node.attributes["data-ref"] === ref);
    const tanks = mark("hungary/h-tanks");
    expect(tanks?.children.find((child) => child.tag === "rect")?.attributes).toMatchObject({
      y: 6,
      height: 5,
    });
    const invasion = mark("prague/p-invasion");
    expect(invasion?.children.find((child) => child.tag === "rect")?.attributes).toMatchObject({
      y: -9,
      height: 18,
      "stroke-dasharray": "4 3",
    });
    const shots = mark("hungary/h-shots");
    expect(
      shots?.children.find((child) => child.tag === "circle")?.attributes["stroke-dasharray"],
    ).toBe("2 2");
  });
});
