import { describe, expect, expectTypeOf, it } from "vitest";
import type { Collection } from "../data/format/collection";
import { asDrawn, type DrawnCollection } from "./drawnCollection";

const collection: Collection = {
  title: "A collection",
  episodes: [],
  roles: [],
  articles: [],
  lessons: [],
  corrections: [],
};

describe("DrawnCollection", () => {
  it("is not the store's collection, so a view cannot be handed that one (checked by tsc)", () => {
    expectTypeOf<Collection>().not.toExtend<DrawnCollection>();
    // @ts-expect-error: a view draws the collection its shell deferred, not the store's.
    const unmarked: DrawnCollection = collection;
    expect(unmarked).toBe(collection);
  });

  it("is the same collection once a shell marks it, not a copy", () => {
    expect(asDrawn(collection)).toBe(collection);
    expectTypeOf(asDrawn(collection)).toExtend<Collection>();
  });
});
