import { afterAll, describe, expect, it } from "vitest";
import { formatHistoricalDate, formatHistoricalSpan } from "./formatHistoricalDate";
import { type HistoricalDate, parseHistoricalDate } from "./historicalDate";

function parsed(text: string): HistoricalDate {
  const result = parseHistoricalDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

const originalZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalZone;
});

// Los Angeles is behind UTC and Almaty ahead of it, so a date stored as an
// instant would slip a day one way or the other in at least one of them.
describe.each(["America/Los_Angeles", "UTC", "Asia/Almaty"])("in the time zone %s", (zone) => {
  it("shows each date at its precision on its own calendar day", () => {
    process.env.TZ = zone;
    const offsetMinutes = new Date(Date.UTC(1968, 7, 20, 12)).getTimezoneOffset();
    expect(offsetMinutes === 0).toBe(zone === "UTC");
    expect(formatHistoricalDate(parsed("1968-08-20"), "en-GB")).toBe("20 August 1968");
    expect(formatHistoricalDate(parsed("1968-08"), "en-GB")).toBe("August 1968");
    expect(formatHistoricalDate(parsed("1956"), "en-GB")).toBe("1956");
    expect(formatHistoricalDate(parsed("2022-01-01"), "en-GB")).toBe("1 January 2022");
    expect(formatHistoricalDate(parsed("1968-08-20T23:00"), "en-GB")).toBe(
      "20 August 1968 at 23:00",
    );
  });
});

describe("formatHistoricalDate(date, locale)", () => {
  it("follows the locale", () => {
    expect(formatHistoricalDate(parsed("1968-08-20"), "en-US")).toBe("August 20, 1968");
    expect(formatHistoricalDate(parsed("1968-08-20"), "hu")).toBe("1968. augusztus 20.");
  });
});

describe("formatHistoricalSpan(start, end, locale)", () => {
  it("shares what the two ends have in common", () => {
    const span = formatHistoricalSpan(parsed("1956-10-23"), parsed("1956-11-04"), "en-GB");
    // Intl sets the dash between thin spaces.
    expect(span.replace(/\s/g, " ")).toBe("23 October – 4 November 1956");
  });

  it("writes each end at its own precision when they differ", () => {
    expect(formatHistoricalSpan(parsed("1968-08-20T23:00"), parsed("1968-08-21"), "en-GB")).toBe(
      "20 August 1968 at 23:00 – 21 August 1968",
    );
  });

  it("is the single date when there is no end", () => {
    expect(formatHistoricalSpan(parsed("1968-08"), undefined, "en-GB")).toBe("August 1968");
  });
});
