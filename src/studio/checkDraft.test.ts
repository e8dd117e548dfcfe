import { describe, expect, it } from "vitest";
import { scratchDraft } from "../../tests/support/studioDraft";
import { formatProblem } from "../data/format/problem";
import { checkDraft, problemsAt } from "./checkDraft";
import { blankDraft, episodePath, setField } from "./draft";

describe("checkDraft(draft)", () => {
  it("finds the one problem of a blank draft, in the loader's words, and no collection", async () => {
    const check = await checkDraft(blankDraft("Mine"));
    expect(check.problems.map(formatProblem)).toEqual([
      "collection.json: episodes: expected at least 1 item, found 0 items",
    ]);
    expect(check.collection).toBeUndefined();
  });

  it("loads a collection built from scratch with no problems, aligned on its role", async () => {
    const check = await checkDraft(scratchDraft());
    expect(check.problems.map(formatProblem)).toEqual([]);
    const collection = check.collection;
    expect(collection?.episodes.map((episode) => episode.events.length)).toEqual([3, 3]);
    expect(collection?.roles.map((role) => role.id)).toEqual(["troops-arrive"]);
    expect(collection?.articles[0]?.excerpts.map((excerpt) => excerpt.quote)).toEqual([
      "Troops arrived within days",
      "leaders said they had been invited",
    ]);
    expect(collection?.lessons[0]?.stops.map((stop) => stop.view.mode)).toEqual([
      "aligned",
      "calendar",
    ]);
  });

  it("names the file, field and what was expected for a half-typed date, and keeps the rest", async () => {
    const path = episodePath("east-1953");
    const draft = setField(scratchDraft(), path, "events[1].date", "1953-06-3");
    const check = await checkDraft(draft);
    const atDate = problemsAt(check.problems, path, "events[1]");
    expect(atDate.map(formatProblem)).toEqual([
      `${path}: events[1].date: "1953-06-3" is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM`,
    ]);
    expect(check.collection?.episodes[0]?.events.map((event) => event.id)).toEqual([
      "strike",
      "martial-law-ends",
    ]);
    expect(problemsAt(check.problems, path, "events[0]")).toEqual([]);
  });

  it("reports a file the manifest names that the draft lacks as unreadable", async () => {
    const draft = setField(scratchDraft(), "collection.json", "corrections", "corrections.json");
    const check = await checkDraft(draft);
    expect(check.problems.map(formatProblem)).toEqual([
      "corrections.json: could not be read (it is not among the project's files)",
    ]);
  });
});
