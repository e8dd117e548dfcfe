import { describe, expect, it } from "vitest";
import { DEFAULT_LAYOUT, layoutLane, type MarkInput, shortenLabel } from "./layoutLane";

function marks(...xs: number[]): MarkInput[] {
  return xs.map((x, index) => ({ ref: `e${index}`, x0: x, x1: x, label: "Label" }));
}

function occupied(mark: { x0: number; x1: number; label: string }) {
  return [
    mark.x0,
    Math.max(
      mark.x1,
      mark.x0 + DEFAULT_LAYOUT.markWidth + mark.label.length * DEFAULT_LAYOUT.charWidth,
    ),
  ];
}

describe("layoutLane(marks)", () => {
  it("keeps marks far apart in one row", () => {
    const layout = layoutLane(marks(0, 200, 400));
    expect(layout.marks.map((mark) => mark.row)).toEqual([0, 0, 0]);
    expect(layout.rows).toBe(1);
  });

  it("stacks events on the same day into rows", () => {
    const layout = layoutLane(marks(100, 100, 100));
    expect(layout.marks.map((mark) => mark.row)).toEqual([0, 1, 2]);
  });

  it("gathers what does not fit into a +N cluster", () => {
    const layout = layoutLane(marks(100, 101, 102, 103, 104, 105, 400), {
      ...DEFAULT_LAYOUT,
      maxRows: 4,
    });
    expect(layout.marks).toHaveLength(5);
    expect(layout.clusters).toEqual([{ x: 104, refs: ["e4", "e5"] }]);
    expect(layout.marks.at(-1)?.row).toBe(0);
  });

  it("never lets two labels in a row overlap", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const input = Array.from({ length: 300 }, (_, index) => {
      const x0 = random() * 2000;
      return {
        ref: `e${index}`,
        x0,
        x1: x0 + (random() < 0.2 ? random() * 300 : 0),
        label: "x".repeat(5 + Math.floor(random() * 40)),
      };
    }).sort((a, b) => a.x0 - b.x0);
    const layout = layoutLane(input);
    for (let row = 0; row < layout.rows; row += 1) {
      const inRow = layout.marks.filter((mark) => mark.row === row);
      inRow.slice(1).forEach((mark, index) => {
        const previous = inRow[index];
        if (previous) expect(occupied(previous)[1]).toBeLessThanOrEqual(mark.x0);
      });
    }
    // "+N" pills are about 34 px wide: neighbouring clusters stay further apart than that.
    layout.clusters.slice(1).forEach((cluster, index) => {
      expect(cluster.x - (layout.clusters[index]?.x ?? 0)).toBeGreaterThan(
        DEFAULT_LAYOUT.clusterRadius,
      );
    });
    const shown =
      layout.marks.length +
      layout.clusters.reduce((count, cluster) => count + cluster.refs.length, 0);
    expect(shown).toBe(input.length);
  });

  it("keeps a span's bar clear of the next mark in its row", () => {
    const layout = layoutLane([
      { ref: "span", x0: 0, x1: 500, label: "Long span" },
      { ref: "inside", x0: 250, x1: 250, label: "Inside" },
    ]);
    expect(layout.marks.map((mark) => mark.row)).toEqual([0, 1]);
  });
});

describe("layoutLane(marks, options, priority)", () => {
  it("draws a priority mark even where the rest are gathered into a cluster", () => {
    const crowd = marks(100, 101, 102, 103, 104, 105);
    const options = { ...DEFAULT_LAYOUT, maxRows: 2 };
    expect(layoutLane(crowd, options).marks.map((mark) => mark.ref)).toEqual(["e0", "e1"]);
    const layout = layoutLane(crowd, options, new Set(["e4"]));
    expect(layout.marks.map((mark) => mark.ref).sort()).toEqual(["e0", "e4"]);
    expect(layout.clusters.flatMap((cluster) => cluster.refs)).toEqual(["e1", "e2", "e3", "e5"]);
    const [priority, other] = [
      layout.marks.find((mark) => mark.ref === "e4"),
      layout.marks.find((mark) => mark.ref === "e0"),
    ];
    expect(priority?.row).not.toBe(other?.row);
  });
});

describe("shortenLabel(label, maxChars)", () => {
  it("keeps short labels and cuts long ones at a word, with an ellipsis", () => {
    expect(shortenLabel("Warsaw Pact invasion", 30)).toBe("Warsaw Pact invasion");
    expect(shortenLabel("Government resigns; Tokayev takes over the Security Council", 30)).toBe(
      "Government resigns; Tokayev…",
    );
    expect(shortenLabel("Supercalifragilisticexpialidocious", 10)).toBe("Supercali…");
  });
});
