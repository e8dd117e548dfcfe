import { describe, expect, it } from "vitest";
import {
  compareHistoricalDates,
  daysInMonth,
  type HistoricalDate,
  parseHistoricalDate,
  periodEndMs,
  periodStartMs,
} from "./historicalDate";

function parsed(text: string): HistoricalDate {
  const result = parseHistoricalDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

describe("parseHistoricalDate(text)", () => {
  it("records the precision the text is written to", () => {
    expect(parsed("1956")).toMatchObject({ precision: "year", year: 1956 });
    expect(parsed("1968-04")).toMatchObject({ precision: "month", year: 1968, month: 4 });
    expect(parsed("2022-01-05")).toMatchObject({ precision: "day", month: 1, day: 5 });
    expect(parsed("1968-08-20T23:00")).toMatchObject({
      precision: "minute",
      day: 20,
      hour: 23,
      minute: 0,
    });
  });

  it("keeps the text as written", () => {
    expect(parsed("1968-08-20T23:00").text).toBe("1968-08-20T23:00");
  });

  it.each([
    ["1968-13-01", "month 13"],
    ["1968-00", "month 0"],
    ["1968-02-30", "February 1968 has 29 days"],
    ["1967-02-29", "February 1967 has 28 days"],
    ["1900-02-29", "February 1900 has 28 days"],
    ["1968-04-31", "April 1968 has 30 days"],
    ["1968-08-00", "day 0"],
    ["1968-08-20T24:00", "hour 24"],
    ["1968-08-20T23:60", "minute 60"],
  ])("rejects %s (%s)", (text, reason) => {
    const result = parseHistoricalDate(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toContain(reason);
  });

  it("accepts leap days in leap years, 2000 included", () => {
    expect(parseHistoricalDate("1956-02-29").ok).toBe(true);
    expect(parseHistoricalDate("2000-02-29").ok).toBe(true);
  });

  it.each([
    "68-08-20",
    "1968/08/20",
    "20 August 1968",
    "1968-8-20",
    "1968-08-20T23",
    "1968-08-20 23:00",
    "",
  ])("rejects the spelling %j", (text) => {
    const result = parseHistoricalDate(text);
    expect(result.ok ? "" : result.reason).toMatch(/expected YYYY, YYYY-MM, YYYY-MM-DD/);
  });

  it("keeps years before 100 in their own century", () => {
    expect(new Date(periodStartMs(parsed("0044-03-15"))).getUTCFullYear()).toBe(44);
  });
});

describe("periods", () => {
  it("spans the whole year, month, day or minute", () => {
    const day = 86_400_000;
    expect(periodEndMs(parsed("1968")) - periodStartMs(parsed("1968"))).toBe(366 * day);
    expect(periodEndMs(parsed("1968-02")) - periodStartMs(parsed("1968-02"))).toBe(29 * day);
    expect(periodEndMs(parsed("1968-08-20")) - periodStartMs(parsed("1968-08-20"))).toBe(day);
    expect(
      periodEndMs(parsed("1968-12-31T23:59")) - periodStartMs(parsed("1968-12-31T23:59")),
    ).toBe(60_000);
  });

  it("puts a day at midnight UTC of its calendar date", () => {
    expect(new Date(periodStartMs(parsed("1968-08-20"))).toISOString()).toBe(
      "1968-08-20T00:00:00.000Z",
    );
  });
});

describe("compareHistoricalDates(a, b)", () => {
  it("orders by start, the enclosing period first", () => {
    const texts = ["1968-08-21", "1968-08", "1968-08-20T23:00", "1968", "1968-08-20", "1956-11-04"];
    const sorted = texts
      .map(parsed)
      .sort(compareHistoricalDates)
      .map((date) => date.text);
    expect(sorted).toEqual([
      "1956-11-04",
      "1968",
      "1968-08",
      "1968-08-20",
      "1968-08-20T23:00",
      "1968-08-21",
    ]);
  });
});

describe("daysInMonth(year, month)", () => {
  it("agrees with JavaScript's calendar for every month from year 1 to 2100", () => {
    const disagreements: string[] = [];
    for (let year = 1; year <= 2100; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const date = new Date(0);
        date.setUTCFullYear(year, month, 0);
        if (daysInMonth(year, month) !== date.getUTCDate()) disagreements.push(`${year}-${month}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
