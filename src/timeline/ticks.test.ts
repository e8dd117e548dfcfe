import { beforeAll, describe, expect, it } from "vitest";
import { alignedTicks, calendarTicks, loadCalendarTicks } from "./ticks";

const labels = (ticks: { label: string }[]) => ticks.map((tick) => tick.label);

describe("alignedTicks(domain, width)", () => {
  it("labels days before and after day 0", () => {
    expect(labels(alignedTicks([-60, 60], 480))).toEqual([
      "day \u221260",
      "day \u221230",
      "day 0",
      "day +30",
      "day +60",
    ]);
  });

  it("shows hours when zoomed into one night", () => {
    const ticks = alignedTicks([-0.25, 1.25], 800);
    expect(labels(ticks)).toContain("day 0");
    expect(labels(ticks)).toContain("18:00");
    expect(labels(ticks)).toContain("day +1");
  });

  it("steps in weeks, months or years as the window widens", () => {
    expect(alignedTicks([0, 70], 800).map((tick) => tick.value)).toEqual([
      0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70,
    ]);
    expect(alignedTicks([-1000, 1000], 800).every((tick) => tick.value % 365 === 0)).toBe(true);
  });

  it("is empty for an empty window", () => {
    expect(alignedTicks([3, 3], 800)).toEqual([]);
  });
});

describe("calendarTicks(domain, width, locale)", () => {
  beforeAll(loadCalendarTicks);

  it("shows years for a century", () => {
    expect(
      labels(calendarTicks([Date.UTC(1900, 0, 1), Date.UTC(2000, 0, 1)], 800, "en-GB"))[0],
    ).toBe("1900");
  });

  it("shows months for a year", () => {
    expect(
      labels(calendarTicks([Date.UTC(1968, 0, 1), Date.UTC(1968, 11, 31)], 800, "en-GB")),
    ).toContain("Aug 1968");
  });

  it("shows days for a few weeks, on their calendar day in every zone", () => {
    expect(
      labels(calendarTicks([Date.UTC(1968, 7, 15), Date.UTC(1968, 7, 28)], 800, "en-GB")),
    ).toContain("21 Aug");
  });

  it("shows hours on the night of an invasion", () => {
    const ticks = calendarTicks(
      [Date.UTC(1968, 7, 20, 18), Date.UTC(1968, 7, 21, 6)],
      800,
      "en-GB",
    );
    expect(labels(ticks)).toContain("23:00");
  });
});
