import { describe, expect, it } from "vitest";
import { blankDraft, getField, listedFiles } from "./draft";
import { addLesson, addStop, lessonPath, toStopView } from "./editLessons";

describe("toStopView(view)", () => {
  it("keeps a role and window in the aligned mode, and the passage over the event", () => {
    expect(
      toStopView({ mode: "aligned", role: "r", window: [-1, 9], event: "a/x", passage: "p/q" }),
    ).toEqual({ mode: "aligned", role: "r", window: [-1, 9], passage: "p/q" });
  });

  it("leaves out what only the aligned mode has", () => {
    expect(toStopView({ mode: "sequence", role: "r", window: [0, 3], event: "a/x" })).toEqual({
      mode: "sequence",
      event: "a/x",
    });
  });
});

describe("addLesson(draft, lesson) and addStop(draft, path, stop)", () => {
  it("adds the lesson's file and a stop made from the view", () => {
    const path = lessonPath("class");
    let draft = addLesson(blankDraft("Mine"), { id: "class", title: "A class", summary: "S." });
    expect(listedFiles(draft, "lesson")).toEqual(["lessons/class.json"]);
    draft = addStop(draft, path, {
      id: "first",
      title: "First",
      text: "T.",
      question: "Q?",
      view: { mode: "calendar", window: [0, 1] },
      evidence: ["a/x"],
    });
    expect(draft.files[path]).toEqual({
      $schema: "../schema/lesson.schema.json",
      formatVersion: 1,
      id: "class",
      title: "A class",
      summary: "S.",
      stops: [
        {
          id: "first",
          title: "First",
          text: "T.",
          question: "Q?",
          view: { mode: "calendar" },
          evidence: ["a/x"],
        },
      ],
    });
    expect(getField(draft, path, "stops[0].view.mode")).toBe("calendar");
  });
});
