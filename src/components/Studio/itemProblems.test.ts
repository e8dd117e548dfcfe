import { describe, expect, it } from "vitest";
import type { Problem } from "../../data/format/problem";
import { problemsBeside } from "./itemProblems";

const problem = (path: string, note?: true): Problem => ({
  file: "a.json",
  path,
  message: `at ${path}`,
  dropped: "",
  ...(note ? { note } : {}),
});

const paths = (problems: readonly Problem[]) => problems.map((each) => each.path);

describe("problemsBeside(problems, file, path, shownElsewhere)", () => {
  const problems = [
    problem("stops[1]"),
    problem("stops[1].id"),
    problem("stops[1].view.event"),
    problem("stops[1].text", true),
    problem("stops[10]"),
    { ...problem("stops[1]"), file: "b.json" },
  ];

  it("keeps the item's problems and those inside it, not notes nor other items' or files'", () => {
    expect(paths(problemsBeside(problems, "a.json", "stops[1]"))).toEqual([
      "stops[1]",
      "stops[1].id",
      "stops[1].view.event",
    ]);
  });

  it("leaves out the problems of fields shown elsewhere and of what is inside them", () => {
    expect(paths(problemsBeside(problems, "a.json", "stops[1]", ["stops[1].view"]))).toEqual([
      "stops[1]",
      "stops[1].id",
    ]);
    expect(paths(problemsBeside(problems, "a.json", "stops[1]", ["stops[1]"]))).toEqual([]);
  });
});
