import { beforeAll, describe, expect, it } from "vitest";
import {
  alignedTicks,
  type CalendarTickFunction,
  loadCalendarTicks,
  MAX_TICKS,
  sequenceTicks,
  type Tick,
} from "./ticks";

const labels = (ticks: { label: string }[]) => ticks.map((tick) => tick.label);

let calendarTicks: CalendarTickFunction;
beforeAll(async () => {
  calendarTicks = await loadCalendarTicks();
});

const YEAR = 365.25;
const MONTH = YEAR / 12;

/** The days from day 0 that a label of a whole unit names ("day −3", "+2 weeks"), or undefined for an hour. */
function daysNamed(label: string): number | undefined {
  const match = /^(?:day )?([+\u2212]?)([\d,]+)(?: (weeks?|months?|years?))?$/.exec(label);
  if (!match) return undefined;
  const count = (match[1] === "\u2212" ? -1 : 1) * Number(match[2]?.replaceAll(",", ""));
  const unit = match[3]?.replace(/s$/, "");
  const days = unit === "week" ? 7 : unit === "month" ? MONTH : unit === "year" ? YEAR : 1;
  return count * days;
}

/** The hours an hour label names ("+6 h", "−6 h"). */
function hoursNamed(label: string): number {
  const match = /^([+\u2212])([\d,]+) h$/.exec(label);
  if (!match) return Number.NaN;
  return (match[1] === "\u2212" ? -1 : 1) * Number(match[2]?.replaceAll(",", ""));
}

/** Labels that say the same twice: hours may repeat from one day to the next, never within one. */
function repeated(ticks: readonly Tick[]): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  let day = "";
  for (const { label } of ticks) {
    if (!/ h$/.test(label)) day = label;
    const key = label === day ? label : `${day} ${label}`;
    if (seen.has(key)) twice.push(key);
    seen.add(key);
  }
  return twice;
}

describe("alignedTicks(domain, width)", () => {
  it("labels days before and after day 0", () => {
    expect(labels(alignedTicks([-6, 6], 480))).toEqual([
      "day \u22126",
      "day \u22124",
      "day \u22122",
      "day 0",
      "day +2",
      "day +4",
      "day +6",
    ]);
  });

  it("shows hours when zoomed into one night", () => {
    const ticks = alignedTicks([-0.25, 1.25], 800);
    expect(labels(ticks)).toContain("day 0");
    expect(labels(ticks)).toContain("\u22126 h");
    expect(labels(ticks)).toContain("day +1");
  });

  it("counts hours from the day before them far from day 0, never hundreds of hours", () => {
    const found = labels(alignedTicks([20.3, 21.7], 800));
    expect(found).toContain("day +21");
    expect(found).toContain("+12 h");
    expect(found.every((label) => !/\d{3} h$/.test(label))).toBe(true);
  });

  it("gives two days in hours after each whole day, each whole day named", () => {
    const ticks = alignedTicks([0, 2], 800);
    expect(labels(ticks)).toEqual([
      "day 0",
      "+6 h",
      "+12 h",
      "+18 h",
      "day +1",
      "+6 h",
      "+12 h",
      "+18 h",
      "day +2",
    ]);
    expect(ticks.map((tick) => tick.value)).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2]);
  });

  it("counts ±40 days in weeks, in whole weeks from day 0", () => {
    expect(labels(alignedTicks([-40, 40], 800))).toEqual([
      "\u22124 weeks",
      "\u22122 weeks",
      "day 0",
      "+2 weeks",
      "+4 weeks",
    ]);
    const wide = alignedTicks([-40, 40], 1400);
    expect(labels(wide)).toEqual(expect.arrayContaining(["\u22121 week", "day 0", "+1 week"]));
    expect(wide.map((tick) => tick.value)).toEqual([-35, -28, -21, -14, -7, 0, 7, 14, 21, 28, 35]);
  });

  it("counts ±200 days in months of a twelfth of a year", () => {
    const ticks = alignedTicks([-200, 200], 800);
    expect(labels(ticks)).toEqual([
      "\u22126 months",
      "\u22124 months",
      "\u22122 months",
      "day 0",
      "+2 months",
      "+4 months",
      "+6 months",
    ]);
    expect(ticks.map((tick) => tick.value / MONTH)).toEqual([-6, -4, -2, 0, 2, 4, 6]);
    expect(labels(alignedTicks([-100, 100], 800))).toEqual(
      expect.arrayContaining(["\u22121 month", "day 0", "+1 month", "+2 months"]),
    );
  });

  it("counts a fit-all of ±30 years in years, never in thousands of days", () => {
    const ticks = alignedTicks([-30 * YEAR, 30 * YEAR], 800);
    expect(labels(ticks)).toEqual([
      "\u221230 years",
      "\u221220 years",
      "\u221210 years",
      "day 0",
      "+10 years",
      "+20 years",
      "+30 years",
    ]);
    expect(ticks.map((tick) => tick.value / YEAR)).toEqual([-30, -20, -10, 0, 10, 20, 30]);
    expect(labels(alignedTicks([-30 * YEAR, 30 * YEAR], 1200))).toContain("+25 years");
    expect(labels(alignedTicks([-3 * YEAR, 3 * YEAR], 800))).toEqual([
      "\u22123 years",
      "\u22122 years",
      "\u22121 year",
      "day 0",
      "+1 year",
      "+2 years",
      "+3 years",
    ]);
  });

  it("writes long counts as numbers, with grouped thousands", () => {
    expect(labels(alignedTicks([-2000 * YEAR, 0], 400))).toEqual([
      "\u22122,000 years",
      "\u22121,500 years",
      "\u22121,000 years",
      "\u2212500 years",
      "day 0",
    ]);
  });

  it("at every zoom, puts each tick where its label says, once, about one per 80 pixels", () => {
    const spans = [0.2, 0.7, 2, 5, 12, 30, 80, 150, 400, 1000, 3000, 12000, 40000, 200000];
    for (const width of [320, 800, 1440]) {
      for (const span of spans) {
        for (const centre of [0, span / 3, -span * 0.7]) {
          const domain = [centre - span / 2, centre + span / 2] as const;
          const ticks = alignedTicks(domain, width);
          const where = `${span} days at ${width}px: ${labels(ticks).join(", ")}`;
          expect(repeated(ticks), where).toEqual([]);
          expect(ticks.length, where).toBeLessThanOrEqual(width / 80 + 1);
          expect(ticks.length, where).toBeGreaterThanOrEqual(Math.floor(width / 80 / 4));
          for (const tick of ticks) {
            expect(tick.value, where).toBeGreaterThanOrEqual(domain[0] - 1e-6);
            expect(tick.value, where).toBeLessThanOrEqual(domain[1] + 1e-6);
            const named = daysNamed(tick.label);
            if (named !== undefined) expect(tick.value, where).toBeCloseTo(named, 6);
            else {
              // Hours before day 0 in the day before it, else hours after the whole day before.
              const hours =
                tick.value > -1 && tick.value < 0
                  ? tick.value * 24
                  : (tick.value - Math.floor(tick.value)) * 24;
              expect(hours, where).toBeCloseTo(hoursNamed(tick.label), 6);
            }
            if (tick.value === 0) expect(tick.label).toBe("day 0");
          }
        }
      }
    }
  });

  it("writes minus with the minus sign, not a hyphen", () => {
    const all = [-12, -50, -500, -5000, -50000].flatMap((from) =>
      labels(alignedTicks([from, 0], 800)),
    );
    expect(all.filter((label) => label !== "day 0")).toEqual(
      expect.arrayContaining(["day \u221212", "\u22124 weeks", "\u22124 months", "\u221210 years"]),
    );
    expect(
      all.filter((label) => label !== "day 0").every((label) => label.includes("\u2212")),
    ).toBe(true);
    expect(all.some((label) => label.includes("-"))).toBe(false);
  });

  it("is empty for an empty window", () => {
    expect(alignedTicks([3, 3], 800)).toEqual([]);
  });
});

describe("sequenceTicks(domain, width)", () => {
  it("names every column as a step, counted from 1", () => {
    expect(labels(sequenceTicks([-0.5, 5.5], 800))).toEqual([
      "step 1",
      "step 2",
      "step 3",
      "step 4",
      "step 5",
      "step 6",
    ]);
    expect(sequenceTicks([-0.5, 5.5], 800).map((tick) => tick.value)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("names every nth column as space allows, never one before the first", () => {
    const ticks = sequenceTicks([-2, 30], 800);
    expect(ticks[0]).toEqual({ value: 2, label: "step 3" });
    expect(labels(ticks)).toContain("step 7");
    expect(ticks.every((tick) => tick.label === `step ${tick.value + 1}`)).toBe(true);
    expect(ticks.length).toBeLessThanOrEqual(800 / 80 + 1);
  });

  it("is empty for a window before the first column", () => {
    expect(sequenceTicks([-5, -1], 800)).toEqual([]);
  });
});

describe("calendarTicks(domain, width, locale)", () => {
  it("shows years for a century", () => {
    expect(
      labels(calendarTicks([Date.UTC(1900, 0, 1), Date.UTC(2000, 0, 1)], 800, "en-GB"))[0],
    ).toBe("1900");
  });

  it("shows months for a year, each with its year", () => {
    const months = labels(
      calendarTicks([Date.UTC(1956, 8, 1), Date.UTC(1957, 5, 1)], 800, "en-GB"),
    );
    expect(months).toContain("Dec 1956");
    expect(months).toContain("Jan 1957");
  });

  it("shows days for a few weeks, on their calendar day in every zone, the year on the first", () => {
    const days = labels(
      calendarTicks([Date.UTC(1968, 7, 15), Date.UTC(1968, 7, 28)], 800, "en-GB"),
    );
    expect(days[0]).toBe("15 Aug 1968");
    expect(days).toContain("21 Aug");
    expect(days.slice(1).every((label) => !label.includes("1968"))).toBe(true);
  });

  it("names the year again where it changes, from 31 Dec to 1 Jan", () => {
    expect(
      labels(calendarTicks([Date.UTC(1956, 11, 28), Date.UTC(1957, 0, 4)], 800, "en-GB")),
    ).toEqual([
      "28 Dec 1956",
      "29 Dec",
      "30 Dec",
      "31 Dec",
      "1 Jan 1957",
      "2 Jan",
      "3 Jan",
      "4 Jan",
    ]);
  });

  it("names the year on the first tick in view when the ticks reach beyond it", () => {
    // Laid out from 10 Aug for panning; the reader's view starts on 15 Aug.
    const ticks = calendarTicks(
      [Date.UTC(1968, 7, 10), Date.UTC(1968, 7, 28)],
      1600,
      "en-GB",
      undefined,
      Date.UTC(1968, 7, 14, 12),
    );
    const labelled = Object.fromEntries(
      ticks.map((tick) => [new Date(tick.value).getUTCDate(), tick.label]),
    );
    expect(labelled[10]).toBe("10 Aug 1968");
    expect(labelled[14]).toBe("14 Aug");
    expect(labelled[15]).toBe("15 Aug 1968");
    expect(labelled[16]).toBe("16 Aug");
  });

  it("shows hours on the night of an invasion, its date on the first and at midnight", () => {
    const ticks = calendarTicks(
      [Date.UTC(1968, 7, 20, 18), Date.UTC(1968, 7, 21, 6)],
      800,
      "en-GB",
    );
    expect(labels(ticks)).toEqual([
      "20 Aug 1968, 18:00",
      "20:00",
      "22:00",
      "21 Aug, 00:00",
      "02:00",
      "04:00",
      "06:00",
    ]);
  });

  it("names the year of an hour where it changes", () => {
    const ticks = labels(
      calendarTicks([Date.UTC(1956, 11, 31, 12), Date.UTC(1957, 0, 1, 12)], 900, "en-GB"),
    );
    expect(ticks[0]).toBe("31 Dec 1956, 12:00");
    expect(ticks).toContain("1 Jan 1957, 00:00");
    expect(ticks).toContain("21:00");
  });

  it("keeps hours at least minPixels apart, for the labels that name their day", () => {
    for (const width of [400, 800, 1200]) {
      const domain = [Date.UTC(1968, 7, 20, 18), Date.UTC(1968, 7, 21, 6)] as const;
      const ticks = calendarTicks(domain, width, "en-GB");
      const pxPerMs = width / (domain[1] - domain[0]);
      for (let index = 1; index < ticks.length; index += 1) {
        const gap = ((ticks[index]?.value ?? 0) - (ticks[index - 1]?.value ?? 0)) * pxPerMs;
        expect(gap).toBeGreaterThanOrEqual(90);
      }
    }
  });
});

describe("ticks for a zoom far out of the usual range", () => {
  const HUGE_WIDTH = 10_000_000;

  it("never makes more than MAX_TICKS, however wide the axis", () => {
    expect(alignedTicks([-3_000, 3_000], HUGE_WIDTH).length).toBeLessThanOrEqual(MAX_TICKS + 1);
    expect(sequenceTicks([0, 1_000_000], HUGE_WIDTH).length).toBeLessThanOrEqual(MAX_TICKS + 1);
    const century: [number, number] = [Date.UTC(1900, 0, 1), Date.UTC(2000, 0, 1)];
    expect(calendarTicks(century, HUGE_WIDTH, "en-GB").length).toBeLessThanOrEqual(MAX_TICKS + 1);
  });

  it("makes none where steps can no longer be counted one by one, rather than never end", () => {
    expect(alignedTicks([1e17, 1e17 + 10], 800)).toEqual([]);
    expect(sequenceTicks([1e17, 1e17 + 10], 800)).toEqual([]);
    expect(alignedTicks([Number.NEGATIVE_INFINITY, 0], 800)).toEqual([]);
    expect(sequenceTicks([0, Number.POSITIVE_INFINITY], 800)).toEqual([]);
  });
});
