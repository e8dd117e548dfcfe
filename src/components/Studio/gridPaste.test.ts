import { describe, expect, it } from "vitest";
import { addEpisode, addEvent, blankDraft, episodePath, getField } from "../../studio/draft";
import { COLUMNS } from "./eventGridColumns";
import { newEventId, pasteRows, toPastedRows, toPastedValue } from "./gridPaste";

const FILE = episodePath("east-1953");

const oneEvent = addEvent(
  addEpisode(blankDraft("Mine"), { id: "east-1953", title: "", label: "", summary: "" }),
  FILE,
  { id: "strike", title: "Strike" },
);

const column = (key: string) => {
  const found = COLUMNS.find((each) => each.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe("toPastedRows(text)", () => {
  it("splits a spreadsheet's rows and cells, whatever its line ends, without a last empty row", () => {
    expect(toPastedRows("a\tb\r\nc\t\r\n")).toEqual([
      ["a", "b"],
      ["c", ""],
    ]);
    expect(toPastedRows("a\rb")).toEqual([["a"], ["b"]]);
  });

  it("gives undefined for a single value", () => {
    expect(toPastedRows("Berlin")).toBeUndefined();
    expect(toPastedRows("Berlin\n")).toBeUndefined();
  });
});

describe("toPastedValue(column, text)", () => {
  it("takes a choice by its value or its label, in any case", () => {
    expect(toPastedValue(column("certainty"), "Confirmed")).toBe("confirmed");
    expect(toPastedValue(column("kind"), " International reaction ")).toBe(
      "international-reaction",
    );
  });

  it("leaves an optional field out when blank and keeps other text as it is", () => {
    expect(toPastedValue(column("place"), " ")).toBeUndefined();
    expect(toPastedValue(column("title"), " ")).toBe(" ");
    expect(toPastedValue(column("kind"), "riot")).toBe("riot");
  });
});

describe("newEventId(draft, file)", () => {
  it("numbers on from the events there are, past those taken", () => {
    expect(newEventId(oneEvent, FILE)).toBe("event-2");
    expect(newEventId(addEvent(oneEvent, FILE, { id: "event-3" }), FILE)).toBe("event-4");
  });
});

describe("pasteRows(draft, file, row, column, rows)", () => {
  it("fills from a cell rightwards and downwards, adding events as needed", () => {
    const next = pasteRows(oneEvent, FILE, 0, 1, [
      ["1953-06-17", "", "Uprising"],
      ["1953-06-18", "1953-06-19", "Martial law"],
    ]);
    expect(getField(next, FILE, "events[0]")).toMatchObject({
      id: "strike",
      date: "1953-06-17",
      title: "Uprising",
    });
    expect(getField(next, FILE, "events[0].endDate")).toBeUndefined();
    expect(getField(next, FILE, "events[1]")).toMatchObject({
      id: "event-2",
      date: "1953-06-18",
      endDate: "1953-06-19",
      title: "Martial law",
    });
  });

  it("makes no source of blank source cells, and drops cells beyond the last column", () => {
    const last = COLUMNS.length - 1;
    const next = pasteRows(oneEvent, FILE, 0, last, [["", "beyond"]]);
    expect(getField(next, FILE, "events[0].sources[0]")).toBeUndefined();
    expect(next).toEqual(oneEvent);
  });
});
