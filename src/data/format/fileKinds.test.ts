import { describe, expect, it } from "vitest";
import { detectFileKind, FILE_KINDS, LISTED_KINDS, NOT_AN_ECHOES_FILE } from "./fileKinds";
import { collectionSchema } from "./schema";

describe("the table of file kinds", () => {
  it("lists every field of the manifest that names files, and only those", () => {
    const fileFields = Object.keys(collectionSchema.def.shape).filter((field) =>
      ["episodes", "analogies", "articles", "lessons", "corrections"].includes(field),
    );
    expect(LISTED_KINDS.map((listed) => listed.field).sort()).toEqual(fileFields.sort());
  });

  it("tells each kind of file by its marking field, the manifest before what it lists", () => {
    for (const [kind, rules] of Object.entries(FILE_KINDS)) {
      expect(detectFileKind({ [rules.marker]: [] })).toBe(kind);
    }
    expect(detectFileKind({ episodes: [], corrections: "corrections.json" })).toBe("collection");
    expect(detectFileKind({ title: "no marker" })).toBeUndefined();
    expect(detectFileKind([{ events: [] }])).toBeUndefined();
  });

  it("names every kind, and the field that marks it, when a file is of none", () => {
    expect(NOT_AN_ECHOES_FILE).toBe(
      'is not an Echoes file: expected a collection (with "episodes"), an episode (with "events"), an analogy map (with "roles"), an article (with "paragraphs"), a lesson (with "stops") or a corrections log (with "corrections")',
    );
  });
});
