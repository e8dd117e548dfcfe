import { describe, expect, it } from "vitest";
import {
  DEFAULT_LAYOUT,
  type LaneLayout,
  type LayoutOptions,
  layoutLane,
  type MarkInput,
  type PlacedMark,
} from "./layoutLane";
import { estimateTextWidth } from "./textWidth";

const { markWidth, labelOffset, gap } = DEFAULT_LAYOUT;
const half = markWidth / 2;

/** A point mark. */
function mark(ref: string, x0: number, label = "Label", rank = 2): MarkInput {
  return { ref, x0, x1: x0, label, rank };
}

function byRef(layout: LaneLayout, ref: string): PlacedMark | undefined {
  return layout.marks.find((placed) => placed.ref === ref);
}

function clustered(layout: LaneLayout): string[] {
  return layout.clusters.flatMap((cluster) => cluster.refs);
}

/** The pixels a drawn mark takes: its symbol, its bar, and its label on its side. */
function extent(placed: PlacedMark, options: LayoutOptions = DEFAULT_LAYOUT): [number, number] {
  const body: [number, number] = [
    placed.x0 - options.markWidth / 2,
    Math.max(placed.x1, placed.x0 + options.markWidth / 2),
  ];
  if (!placed.label) return body;
  const width = options.measure(placed.label);
  return placed.labelSide === "right"
    ? [body[0], Math.max(body[1], placed.x0 + options.labelOffset + width)]
    : [Math.min(body[0], placed.x0 - options.labelOffset - width), body[1]];
}

/** Fails when two drawn marks of a row come closer than the gap. */
function expectNoOverlap(layout: LaneLayout, options: LayoutOptions = DEFAULT_LAYOUT) {
  const rows = new Map<number, PlacedMark[]>();
  for (const placed of layout.marks)
    rows.set(placed.row, [...(rows.get(placed.row) ?? []), placed]);
  for (const [row, inRow] of rows) {
    const extents = inRow
      .map((placed) => ({ ref: placed.ref, extent: extent(placed, options) }))
      .sort((a, b) => a.extent[0] - b.extent[0]);
    for (let index = 1; index < extents.length; index += 1) {
      const previous = extents[index - 1];
      const next = extents[index];
      if (!previous || !next) continue;
      const clearance = next.extent[0] - previous.extent[1];
      if (clearance < options.gap - 1e-6) {
        throw new Error(
          `row ${row}: ${previous.ref} [${previous.extent.join(", ")}] and ${next.ref} [${next.extent.join(", ")}] are ${clearance} px apart, less than the gap ${options.gap}`,
        );
      }
    }
  }
}

/** Fails unless every input is drawn once or folded into exactly one cluster. */
function expectEachInputOnce(input: readonly MarkInput[], layout: LaneLayout) {
  const drawn = layout.marks.map((placed) => placed.ref);
  const folded = clustered(layout);
  const all = [...drawn, ...folded];
  expect(all.length).toBe(input.length);
  expect(new Set(all).size).toBe(input.length);
  expect(new Set(all)).toEqual(new Set(input.map((item) => item.ref)));
  for (const placed of layout.marks) {
    const source = input[placed.index];
    expect(source?.ref).toBe(placed.ref);
    expect(placed.x0).toBe(source?.x0);
    expect(placed.x1).toBe(source?.x1);
  }
}

/** A small seeded generator (mulberry32), so the random layouts are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  "Warsaw",
  "Pact",
  "troops",
  "cross",
  "the",
  "border",
  "into",
  "Czechoslovakia",
  "government",
  "resigns;",
  "a",
  "general",
  "strike,",
  "is",
  "called",
  "students",
  "march",
  "on",
  "parliament",
];

function randomMarks(count: number, seed: number, from = 0, to = 2000): MarkInput[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, index) => {
    const x0 = from + random() * (to - from);
    const words = Array.from(
      { length: 1 + Math.floor(random() * 8) },
      () => WORDS[Math.floor(random() * WORDS.length)] ?? "word",
    );
    return {
      ref: `e${index}`,
      x0,
      x1: random() < 0.2 ? x0 + random() * 250 : x0,
      label: words.join(" "),
      rank: 1 + Math.floor(random() * 5),
    };
  });
}

const LONG_TITLE = "The general strike spreads from the shipyards to the harbour"; // 60 characters

describe("layoutLane: placing marks", () => {
  it("keeps marks far apart in row 0, each with its whole label on the right", () => {
    const input = [mark("a", 0, "First event"), mark("b", 300, "Second"), mark("c", 600, "Third")];
    const layout = layoutLane(input);
    expect(layout.marks).toEqual([
      { index: 0, ref: "a", x0: 0, x1: 0, row: 0, label: "First event", labelSide: "right" },
      { index: 1, ref: "b", x0: 300, x1: 300, row: 0, label: "Second", labelSide: "right" },
      { index: 2, ref: "c", x0: 600, x1: 600, row: 0, label: "Third", labelSide: "right" },
    ]);
    expect(layout.clusters).toEqual([]);
    expect(layout.rows).toBe(1);
  });

  it("stacks marks on the same x into rows, one each", () => {
    const layout = layoutLane([mark("a", 100), mark("b", 100), mark("c", 100)]);
    expect(layout.marks.map((placed) => placed.row)).toEqual([0, 1, 2]);
    expect(layout.marks.every((placed) => placed.label === "Label")).toBe(true);
    expect(layout.rows).toBe(3);
    expect(layout.clusters).toEqual([]);
  });

  it("counts only the rows in use", () => {
    expect(layoutLane([]).rows).toBe(0);
    expect(layoutLane([]).marks).toEqual([]);
    expect(layoutLane([]).clusters).toEqual([]);
    expect(layoutLane([mark("a", 10)]).rows).toBe(1);
  });

  it("keeps a span's bar clear of the next mark in its row", () => {
    const layout = layoutLane([
      { ref: "span", x0: 0, x1: 500, label: "Long span", rank: 2 },
      { ref: "inside", x0: 250, x1: 250, label: "Inside", rank: 2 },
    ]);
    expect(byRef(layout, "span")?.row).toBe(0);
    expect(byRef(layout, "inside")?.row).toBe(1);
  });

  it("measures labels with estimateTextWidth() (6.6 px a character) by default", () => {
    expect(DEFAULT_LAYOUT.measure("abcde")).toBeCloseTo(33);
    expect(DEFAULT_LAYOUT.measure("")).toBe(0);
    // In one row, "low"'s label may grow to 100 px (up to "high"'s symbol at 120, less the gap
    // and the offset): "aaaa bbbb cccc…" is 15 characters, 99 px at 6.6 px each (105 px at
    // 7 px each, which would not fit).
    const layout = layoutLane(
      [mark("low", 0, "aaaa bbbb cccc dddd eeee", 1), mark("high", 127, "B", 5)],
      { ...DEFAULT_LAYOUT, maxRows: 1 },
    );
    expect(byRef(layout, "high")?.label).toBe("B");
    expect(byRef(layout, "low")?.row).toBe(0);
    expect(byRef(layout, "low")?.label).toBe("aaaa bbbb cccc…");
  });
});

describe("layoutLane: rank", () => {
  const permutations = <T>(items: readonly T[]): T[][] =>
    items.length <= 1
      ? [[...items]]
      : items.flatMap((item, index) =>
          permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [
            item,
            ...rest,
          ]),
        );

  it("gives rows to higher ranks first when there are too few, whatever the input order", () => {
    const options = { ...DEFAULT_LAYOUT, maxRows: 2 };
    const crowd = [
      mark("minor", 100, "Minor", 1),
      mark("pivotal", 100, "Pivotal", 5),
      mark("mid", 100, "Mid", 3),
    ];
    for (const order of permutations(crowd)) {
      const layout = layoutLane(order, options);
      expect(byRef(layout, "pivotal")?.row).toBe(0);
      expect(byRef(layout, "mid")?.row).toBe(1);
      expect(byRef(layout, "minor")).toBeUndefined();
      expect(layout.clusters).toEqual([{ x: 100, refs: ["minor"] }]);
    }
  });

  it("gives the label to the higher rank when two marks cannot both have one, whatever the input order", () => {
    const options = { ...DEFAULT_LAYOUT, maxRows: 1 };
    const title = "Twenty characters ok"; // 132 px, overlapping the other mark 50 px away
    for (const [leftRank, rightRank] of [
      [1, 5],
      [5, 1],
    ] as const) {
      const pair = [mark("left", 100, title, leftRank), mark("right", 150, title, rightRank)];
      for (const order of [pair, [...pair].reverse()]) {
        const layout = layoutLane(order, options);
        const [winner, loser] = leftRank > rightRank ? ["left", "right"] : ["right", "left"];
        expect(byRef(layout, winner as string)?.label).toBe(title);
        expect(byRef(layout, loser as string)?.label ?? "").toBe("");
        expectNoOverlap(layout, options);
      }
    }
  });

  it("orders equal ranks from left to right", () => {
    const options = { ...DEFAULT_LAYOUT, maxRows: 1 };
    const title = "Twenty characters ok";
    const layout = layoutLane([mark("right", 150, title), mark("left", 100, title)], options);
    expect(byRef(layout, "left")?.label).toBe(title);
    expect(clustered(layout)).toEqual(["right"]);
  });
});

describe("layoutLane: events that must show", () => {
  it("draws a lower-ranked event that must show, with its label, before higher ones", () => {
    const options = { ...DEFAULT_LAYOUT, maxRows: 2 };
    const crowd = [
      mark("pivotal", 100, "Pivotal", 5),
      mark("mid", 100, "Mid", 3),
      mark("minor", 100, "Minor", 1),
    ];
    const layout = layoutLane(crowd, options, { mustShow: new Set(["minor"]) });
    expect(byRef(layout, "minor")).toMatchObject({ row: 0, label: "Minor" });
    expect(byRef(layout, "pivotal")).toMatchObject({ row: 1, label: "Pivotal" });
    expect(clustered(layout)).toEqual(["mid"]);
  });

  it("draws every event that must show even when there are more than rows, the rest in the last row", () => {
    const options = { ...DEFAULT_LAYOUT, maxRows: 2 };
    const crowd = ["a", "b", "c", "d", "e"].map((ref) => mark(ref, 100, `Event ${ref}`, 2));
    const mustShow = new Set(["a", "b", "c", "d"]);
    const layout = layoutLane(crowd, options, { mustShow });
    expect(layout.marks.map((placed) => placed.ref).sort()).toEqual(["a", "b", "c", "d"]);
    expect(clustered(layout)).toEqual(["e"]);
    expect(layout.rows).toBe(2);
    expect(byRef(layout, "a")?.row).toBe(0);
    expect(byRef(layout, "b")?.row).toBe(1);
    expect(byRef(layout, "c")?.row).toBe(1);
    expect(byRef(layout, "d")?.row).toBe(1);
    // The first two have room for a label.
    expect(byRef(layout, "a")?.label).toBe("Event a");
    expect(byRef(layout, "b")?.label).toBe("Event b");
  });

  it("gives an event that must show a shorter label where its whole one has no room", () => {
    const options = { ...DEFAULT_LAYOUT, maxRows: 1 };
    const layout = layoutLane(
      [mark("other", 150, "Other", 5), mark("must", 0, LONG_TITLE, 1)],
      options,
      { mustShow: new Set(["must", "other"]) },
    );
    expect(byRef(layout, "other")?.label).toBe("Other");
    const must = byRef(layout, "must");
    expect(must?.row).toBe(0);
    expect(must?.label).not.toBe("");
    expect(must?.label.endsWith("…")).toBe(true);
    expectNoOverlap(layout, options);
  });
});

describe("layoutLane: crowding", () => {
  it("draws lesser marks without a label rather than folding them", () => {
    const options = { ...DEFAULT_LAYOUT, maxRows: 1 };
    // Spaced 30 px apart: each symbol (14 px and the gap) fits, a label does only for the last.
    const input = [3, 0, 2, 1].map((index) =>
      mark(`e${index}`, 100 + 30 * index, "A label of some length", index + 1),
    );
    const layout = layoutLane(input, options);
    expect(layout.clusters).toEqual([]);
    expect(layout.marks).toHaveLength(4);
    expect(layout.rows).toBe(1);
    // The highest rank, rightmost, keeps its label; the rest are drawn bare.
    expect(byRef(layout, "e3")?.label).toBe("A label of some length");
    for (const ref of ["e0", "e1", "e2"]) expect(byRef(layout, ref)?.label).toBe("");
    expectNoOverlap(layout, options);
  });

  it("folds only what has no room even for its symbol", () => {
    const options = { ...DEFAULT_LAYOUT, maxRows: 1 };
    const layout = layoutLane(
      [mark("a", 100, ""), mark("b", 105, ""), mark("c", 122, "")],
      options,
    );
    // a takes [93, 107] and the gap to 115; b's symbol from 98 collides, c's from 115 does not.
    expect(layout.marks.map((placed) => placed.ref)).toEqual(["a", "c"]);
    expect(layout.clusters).toEqual([{ x: 105, refs: ["b"] }]);
  });

  it("does not fold a higher-ranked mark to leave room for a lesser mark's label", () => {
    // "pivotal" (x=130) takes its label first; "major" (x=100) finds no room for a label before
    // it. "minor" (x=20) has room for its whole label (to 91.4 px, 99.4 with the gap) if "major"
    // is drawn bare at [93, 107]. Both cannot be: the lesser mark should lose its label, not the
    // greater its place.
    const options = { ...DEFAULT_LAYOUT, maxRows: 1 };
    const layout = layoutLane(
      [
        mark("minor", 20, "Abcd efgh", 1),
        mark("major", 100, "Twenty characters ok", 4),
        mark("pivotal", 130, "C", 5),
      ],
      options,
    );
    expect(byRef(layout, "pivotal")?.label).toBe("C");
    expect(byRef(layout, "major")).toBeDefined();
    expect(clustered(layout)).toEqual([]);
    expectNoOverlap(layout, options);
  });

  it("does not fold a mark into room a cut label leaves unused", () => {
    // "cut" has no room for its whole label and claims the least room, 90 px, to 110 with the
    // gap; its label, cut on a word to that room, is "Abc…" (26.4 px), drawn to 38.4. "bare"'s
    // symbol, [53, 67] and the gap, is then clear of everything drawn in the row.
    const options = { ...DEFAULT_LAYOUT, maxRows: 1 };
    const layout = layoutLane(
      [
        mark("cut", 0, "Abc defghijklmnopqrstu", 4),
        mark("bare", 60, "", 1),
        mark("big", 117, "X", 5),
      ],
      options,
    );
    expect(byRef(layout, "big")?.label).toBe("X");
    expect(byRef(layout, "cut")?.label).toBe("Abc…");
    expect(byRef(layout, "bare")).toBeDefined();
    expect(clustered(layout)).toEqual([]);
    expectNoOverlap(layout, options);
  });

  it("gathers folded marks within clusterRadius of each other into one cluster", () => {
    const options = { ...DEFAULT_LAYOUT, maxRows: 1 };
    const layout = layoutLane(
      [
        mark("a", 100, ""),
        mark("b", 100, ""),
        mark("c", 135, ""),
        mark("d", 135, ""),
        mark("e", 300, ""),
        mark("f", 300, ""),
      ],
      options,
    );
    expect(layout.marks.map((placed) => placed.ref)).toEqual(["a", "c", "e"]);
    expect(layout.clusters).toEqual([
      { x: 100, refs: ["b", "d"] },
      { x: 300, refs: ["f"] },
    ]);
  });

  it("separates clusters further apart than clusterRadius, whatever the input order", () => {
    const options = { ...DEFAULT_LAYOUT, maxRows: 1 };
    const layout = layoutLane(
      [mark("e", 300, ""), mark("f", 300, ""), mark("a", 100, ""), mark("b", 100, "")],
      options,
    );
    const clusters = [...layout.clusters].sort((a, b) => a.x - b.x);
    expect(clusters).toEqual([
      { x: 100, refs: ["b"] },
      { x: 300, refs: ["f"] },
    ]);
  });
});

describe("layoutLane: labels", () => {
  it("gives a mark alone its whole title, however long", () => {
    const layout = layoutLane([mark("alone", 50, LONG_TITLE)]);
    expect(LONG_TITLE).toHaveLength(60);
    expect(byRef(layout, "alone")?.label).toBe(LONG_TITLE);
  });

  it("cuts a label on a word, with an ellipsis, where a neighbour is near", () => {
    const options = { ...DEFAULT_LAYOUT, maxRows: 1 };
    const layout = layoutLane(
      [mark("near", 0, LONG_TITLE, 1), mark("neighbour", 200, "Short", 5)],
      options,
    );
    const near = byRef(layout, "near");
    const label = near?.label ?? "";
    expect(label).not.toBe(LONG_TITLE);
    expect(label.endsWith("…")).toBe(true);
    const words = label.slice(0, -1);
    expect(words.length).toBeGreaterThan(0);
    expect(LONG_TITLE.startsWith(words)).toBe(true);
    expect(LONG_TITLE[words.length]).toBe(" ");
    // It uses the room there is: up to the neighbour's symbol, less the gap and the offset.
    const room = 200 - half - gap - labelOffset;
    expect(DEFAULT_LAYOUT.measure(label)).toBeLessThanOrEqual(room);
    const nextWord = LONG_TITLE.slice(0, LONG_TITLE.indexOf(" ", words.length + 1));
    expect(DEFAULT_LAYOUT.measure(`${nextWord}…`)).toBeGreaterThan(room);
    expect(byRef(layout, "neighbour")?.label).toBe("Short");
    expectNoOverlap(layout, options);
  });

  it("takes a higher row for the whole label before a shorter label in a lower one", () => {
    const layout = layoutLane([mark("near", 0, LONG_TITLE, 1), mark("neighbour", 200, "Short", 5)]);
    expect(byRef(layout, "neighbour")).toMatchObject({ row: 0, label: "Short" });
    expect(byRef(layout, "near")).toMatchObject({ row: 1, label: LONG_TITLE });
  });
});

describe("layoutLane: bounds", () => {
  const bounds: [number, number] = [0, 400];

  it("reads a label left near the right edge, inside the view", () => {
    const layout = layoutLane([mark("edge", 380, "Some title")], DEFAULT_LAYOUT, { bounds });
    const edge = byRef(layout, "edge");
    expect(edge?.labelSide).toBe("left");
    expect(edge?.label).toBe("Some title");
    const [from] = extent(edge as PlacedMark);
    expect(from).toBeGreaterThanOrEqual(0);
  });

  it("reads a label right where it fits", () => {
    const layout = layoutLane([mark("left", 20, "Some title")], DEFAULT_LAYOUT, { bounds });
    expect(byRef(layout, "left")).toMatchObject({ labelSide: "right", label: "Some title" });
  });

  it("cuts a label that would cross the right edge on either side", () => {
    const layout = layoutLane([mark("wide", 10, LONG_TITLE)], DEFAULT_LAYOUT, { bounds });
    const wide = byRef(layout, "wide") as PlacedMark;
    expect(wide.labelSide).toBe("right");
    expect(wide.label.endsWith("…")).toBe(true);
    expect(extent(wide)[1]).toBeLessThanOrEqual(400);
  });

  it("keeps every label of a mark in view inside the view, and nothing overlaps", () => {
    const view: [number, number] = [0, 1500];
    let readingLeft = 0;
    for (const seed of [1, 2, 3]) {
      const input = randomMarks(300, seed, -200, 1700).sort((a, b) => a.x0 - b.x0);
      const layout = layoutLane(input, DEFAULT_LAYOUT, { bounds: view });
      expectNoOverlap(layout);
      expectEachInputOnce(input, layout);
      for (const placed of layout.marks) {
        if (!placed.label || placed.x0 < view[0] || placed.x0 > view[1]) continue;
        const width = DEFAULT_LAYOUT.measure(placed.label);
        if (placed.labelSide === "right")
          expect(placed.x0 + labelOffset + width).toBeLessThanOrEqual(view[1] + 1e-6);
        else expect(placed.x0 - labelOffset - width).toBeGreaterThanOrEqual(view[0] - 1e-6);
      }
      readingLeft += layout.marks.filter(
        (placed) => placed.labelSide === "left" && placed.label,
      ).length;
    }
    expect(readingLeft).toBeGreaterThan(0);
  });
});

describe("layoutLane: properties of a crowded random lane", () => {
  const cases = [
    { seed: 7, maxRows: 6 },
    { seed: 11, maxRows: 3 },
    { seed: 42, maxRows: 1 },
  ];

  it.each(cases)("never overlaps within a row (seed $seed, $maxRows rows)", ({ seed, maxRows }) => {
    const options = { ...DEFAULT_LAYOUT, maxRows };
    const input = randomMarks(300, seed);
    expect(input.some((item) => item.x1 > item.x0)).toBe(true);
    const layout = layoutLane(input, options);
    expect(layout.marks.length).toBeGreaterThan(0);
    expect(layout.clusters.length).toBeGreaterThan(0);
    expectNoOverlap(layout, options);
    for (const placed of layout.marks) {
      expect(placed.row).toBeGreaterThanOrEqual(0);
      expect(placed.row).toBeLessThan(maxRows);
    }
    expect(layout.rows).toBe(Math.max(...layout.marks.map((placed) => placed.row)) + 1);
  });

  it.each(cases)(
    "draws or folds each input exactly once (seed $seed, $maxRows rows)",
    ({ seed, maxRows }) => {
      const input = randomMarks(300, seed);
      expectEachInputOnce(input, layoutLane(input, { ...DEFAULT_LAYOUT, maxRows }));
    },
  );

  it.each(cases)(
    "draws labels as whole titles or whole words of them with an ellipsis (seed $seed)",
    ({ seed, maxRows }) => {
      const input = randomMarks(300, seed);
      const layout = layoutLane(input, { ...DEFAULT_LAYOUT, maxRows });
      for (const placed of layout.marks) {
        const title = input[placed.index]?.label ?? "";
        if (placed.label === "" || placed.label === title) continue;
        expect(placed.label.endsWith("…")).toBe(true);
        const kept = placed.label.slice(0, -1);
        expect(title.startsWith(kept)).toBe(true);
        // Cut on a word (a trailing comma or semicolon may be dropped), or within an overlong first word.
        const rest = title.slice(kept.length);
        const onWord = /^[,;:.]? /.test(rest);
        const inFirstWord = !title.slice(0, kept.length).includes(" ") && kept.length >= 4;
        expect(onWord || inFirstWord).toBe(true);
      }
    },
  );

  it.each(cases)(
    "folds only marks whose symbol has no room in any row (seed $seed, $maxRows rows)",
    ({ seed, maxRows }) => {
      const options = { ...DEFAULT_LAYOUT, maxRows };
      const input = randomMarks(300, seed);
      const layout = layoutLane(input, options);
      const extents = layout.marks.map((placed) => ({ row: placed.row, extent: extent(placed) }));
      for (const ref of clustered(layout)) {
        const source = input.find((item) => item.ref === ref) as MarkInput;
        const from = source.x0 - half;
        const to = Math.max(source.x1, source.x0 + half);
        for (let row = 0; row < maxRows; row += 1) {
          const blocked = extents.some(
            (other) =>
              other.row === row && other.extent[0] < to + gap && other.extent[1] + gap > from,
          );
          expect(blocked, `${ref} could have been drawn in row ${row}`).toBe(true);
        }
      }
    },
  );

  it.each(cases)(
    "gathers folded marks into clusters by clusterRadius (seed $seed, $maxRows rows)",
    ({ seed, maxRows }) => {
      const input = randomMarks(300, seed).sort((a, b) => a.x0 - b.x0);
      const layout = layoutLane(input, { ...DEFAULT_LAYOUT, maxRows });
      const x = (ref: string) => input.find((item) => item.ref === ref)?.x0 ?? Number.NaN;
      let lastEnd = Number.NEGATIVE_INFINITY;
      for (const cluster of layout.clusters) {
        const xs = cluster.refs.map(x);
        expect(cluster.x).toBe(xs[0]);
        expect(xs[0] as number).toBeGreaterThan(lastEnd + DEFAULT_LAYOUT.clusterRadius);
        for (let index = 1; index < xs.length; index += 1) {
          expect((xs[index] as number) - (xs[index - 1] as number)).toBeLessThanOrEqual(
            DEFAULT_LAYOUT.clusterRadius,
          );
        }
        lastEnd = xs.at(-1) as number;
      }
    },
  );

  it("is deterministic and does not depend on the order of the input for what it draws", () => {
    const input = randomMarks(300, 5).sort((a, b) => a.x0 - b.x0);
    const shuffled = [...input].sort((a, b) => a.ref.localeCompare(b.ref));
    const drawn = (layout: LaneLayout) =>
      layout.marks
        .map(({ ref, row, label, labelSide }) => ({ ref, row, label, labelSide }))
        .sort((a, b) => a.ref.localeCompare(b.ref));
    expect(drawn(layoutLane(shuffled))).toEqual(drawn(layoutLane(input)));
  });

  it("uses a custom measure", () => {
    const wide = { ...DEFAULT_LAYOUT, measure: estimateTextWidth(20) };
    const input = randomMarks(300, 9);
    const layout = layoutLane(input, wide);
    expectNoOverlap(layout, wide);
    expectEachInputOnce(input, layout);
  });
});
