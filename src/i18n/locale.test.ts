import { describe, expect, it } from "vitest";
import { APP_TEXT } from "./app";
import { ARTICLE_TEXT } from "./article";
import { LESSON_TEXT } from "./lesson";
import { LESSON_LAUNCHER_TEXT } from "./lessonLauncher";
import { formatNumber } from "./locale";
import { NOTICE_TEXT } from "./notices";
import { OVERVIEW_TEXT } from "./overview";
import { PRINT_TEXT } from "./print";
import { TABLE_TEXT } from "./table";

describe("formatNumber(value, unit?)", () => {
  it("groups thousands as the interface's language does", () => {
    expect(formatNumber(84)).toBe("84");
    expect(formatNumber(31550)).toBe("31,550");
  });

  it("writes megabytes and percentages with their units", () => {
    expect(formatNumber(20, "megabyte")).toBe("20 MB");
    expect(formatNumber(45, "percent")).toBe("45%");
  });

  it("reads a rounded -0 as 0", () => {
    expect(formatNumber(Math.round(-0.2), "percent")).toBe("0%");
  });
});

describe("counts in what the interface says", () => {
  it("are formatted numbers, not digits run together", () => {
    expect(APP_TEXT.allEvents(31550)).toBe("All events, by episode (31,550)");
    expect(TABLE_TEXT.caption(31550, 31550)).toBe("All 31,550 events");
    expect(TABLE_TEXT.caption(1200, 31550)).toBe("1,200 of 31,550 events shown");
    expect(PRINT_TEXT.caption(10000)).toBe("Events in view (10,000), with their sources");
    expect(NOTICE_TEXT.partlyLoaded(1)).toBe(
      "Part of this collection could not be loaded (1 problem)",
    );
    expect(NOTICE_TEXT.partlyLoaded(1500)).toBe(
      "Part of this collection could not be loaded (1,500 problems)",
    );
    expect(ARTICLE_TEXT.claimsOnly(1000)).toBe("Show only the checked claims (1,000)");
    expect(LESSON_TEXT.progress(1, 1000)).toBe("Stop 1 of 1,000");
    expect(LESSON_TEXT.evidence(1000)).toBe(
      "The 1,000 events behind this stop, with their sources",
    );
    expect(LESSON_LAUNCHER_TEXT.stops(1000)).toBe("1,000 stops");
    expect(OVERVIEW_TEXT.position(25, 50)).toBe("25% of the timeline shown, centred at 50%");
  });
});
