import { describe, expect, it } from "vitest";
import { enclosingPaths } from "./ProblemList";

describe("enclosingPaths()", () => {
  it("gives a problem's path and each path that holds it, the whole file last", () => {
    expect(enclosingPaths("roles[0].members[0].events[1]")).toEqual([
      "roles[0].members[0].events[1]",
      "roles[0].members[0].events",
      "roles[0].members[0]",
      "roles[0].members",
      "roles[0]",
      "roles",
      "",
    ]);
    expect(enclosingPaths("title")).toEqual(["title", ""]);
    expect(enclosingPaths("")).toEqual([""]);
  });
});
