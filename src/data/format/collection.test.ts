import { describe, expect, it } from "vitest";
import { testRole } from "../../../tests/support/testEpisodes";
import {
  alignRole,
  findEvent,
  findPassage,
  orderEpisodes,
  parseRef,
  roleMemberRefs,
  toEventRef,
  toPassageRef,
} from "./collection";

describe("refs", () => {
  it("are read back into the ids they were made of", () => {
    expect(parseRef(toEventRef("prague-1968", "invasion"))).toEqual(["prague-1968", "invasion"]);
    expect(parseRef(toPassageRef("eerie-echoes", "tanks"))).toEqual(["eerie-echoes", "tanks"]);
  });

  it("read a ref without a slash as an owner with no item", () => {
    expect(parseRef("prague-1968")).toEqual(["prague-1968", ""]);
  });
});

describe("roleMemberRefs", () => {
  it("names every member event of a role, episode by episode", () => {
    const role = testRole("troops", { hungary: ["first", "second"], prague: ["invasion"] });
    expect(roleMemberRefs(role)).toEqual(["hungary/first", "hungary/second", "prague/invasion"]);
  });
});

describe("alignRole", () => {
  const roles = [testRole("trigger", { hungary: ["a"] }), testRole("troops", { hungary: ["b"] })];

  it("takes the reader's choice where the collection has it", () => {
    expect(alignRole({ roles, defaultRole: "troops" }, "trigger")?.id).toBe("trigger");
  });

  it("falls back on the collection's default role, then on its first", () => {
    expect(alignRole({ roles, defaultRole: "troops" }, "gone")?.id).toBe("troops");
    expect(alignRole({ roles }, undefined)?.id).toBe("trigger");
    expect(alignRole({ roles: [] }, "trigger")).toBeUndefined();
  });
});

describe("findEvent and findPassage", () => {
  it("find nothing for a ref that names nothing", () => {
    expect(findEvent([], "prague-1968/invasion")).toBeUndefined();
    expect(findPassage([], undefined)).toBeUndefined();
  });
});

describe("orderEpisodes", () => {
  const episodes = [{ id: "hungary" }, { id: "prague" }, { id: "kazakhstan" }];

  it("puts the episodes the reader moved first, then the rest in collection order", () => {
    expect(orderEpisodes(episodes, ["kazakhstan"]).map((episode) => episode.id)).toEqual([
      "kazakhstan",
      "hungary",
      "prague",
    ]);
  });

  it("ignores an id the collection does not have, and keeps the order given", () => {
    expect(orderEpisodes(episodes, ["gone", "prague"]).map((episode) => episode.id)).toEqual([
      "prague",
      "hungary",
      "kazakhstan",
    ]);
    expect(orderEpisodes(episodes, [])).toEqual(episodes);
  });
});
