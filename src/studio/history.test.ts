import { describe, expect, it } from "vitest";
import { blankDraft, type Draft, MANIFEST_FILE, setField } from "./draft";
import { canRedo, canUndo, createHistory, fieldKey, record, redo, settle, undo } from "./history";

const titled = (draft: Draft, title: string) => setField(draft, MANIFEST_FILE, "title", title);
const titleOf = (draft: Draft) => (draft.files[MANIFEST_FILE] as { title: string }).title;
const key = fieldKey(MANIFEST_FILE, "title");

/** Types text into the title one character at a time, as a field's input events come. */
function type(history: ReturnType<typeof createHistory>, text: string) {
  let current = history;
  for (let length = 1; length <= text.length; length += 1) {
    current = record(current, titled(current.present, text.slice(0, length)), key);
  }
  return current;
}

describe("history", () => {
  it("undoes a run of typing in one field as one step, and redoes it", () => {
    const start = createHistory(blankDraft(""));
    const typed = type(start, "Crises");
    expect(typed.past).toHaveLength(1);
    const undone = undo(typed);
    expect(titleOf(undone.present)).toBe("");
    expect(canUndo(undone)).toBe(false);
    expect(titleOf(redo(undone).present)).toBe("Crises");
  });

  it("makes a new step when the field is left, or another field is typed in", () => {
    const typed = type(settle(type(createHistory(blankDraft("")), "Two")), "Two crises");
    expect(typed.past.map(titleOf)).toEqual(["", "Two"]);
    const other = record(
      typed,
      setField(typed.present, MANIFEST_FILE, "description", "D"),
      fieldKey(MANIFEST_FILE, "description"),
    );
    expect(other.past.map(titleOf)).toEqual(["", "Two", "Two crises"]);
  });

  it("drops what could be redone once a new edit is made", () => {
    const undone = undo(type(createHistory(blankDraft("")), "A"));
    expect(canRedo(undone)).toBe(true);
    expect(canRedo(record(undone, titled(undone.present, "B")))).toBe(false);
  });

  it("keeps at most its limit of steps back, the oldest dropped first", () => {
    let history = createHistory(blankDraft(""), 3);
    for (const title of ["a", "b", "c", "d", "e"])
      history = record(history, titled(history.present, title));
    expect(history.past.map(titleOf)).toEqual(["b", "c", "d"]);
  });

  it("records nothing for an edit that changed nothing, and undo with nothing to undo is no step", () => {
    const start = createHistory(blankDraft(""));
    expect(record(start, start.present)).toBe(start);
    expect(undo(start)).toBe(start);
    expect(redo(start)).toBe(start);
  });
});
