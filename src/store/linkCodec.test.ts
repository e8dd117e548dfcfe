import { beforeAll, describe, expect, it } from "vitest";
import { FRESH_VIEW } from "../../tests/support/freshView";
import { loadSampleCollection } from "../../tests/support/sampleStore";
import type { Collection } from "../data/format/collection";
import { createLinkCodec, type LinkField } from "./linkCodec";
import {
  addressChange,
  LINK_FIELDS,
  type LinkedView,
  paramsToView,
  sameLinkedView,
  VIEW_PARAMS,
  viewToParams,
} from "./viewParams";

let collection: Collection;
beforeAll(async () => {
  collection = await loadSampleCollection();
});

const fresh = FRESH_VIEW;

/** A value other than a fresh page's for every field, each one the sample collection has. */
const changed: LinkedView = {
  mode: "sequence",
  alignRoleId: "troops-arrive",
  zoom: { k: 3, x: -1.25 },
  hiddenKinds: ["casualties"],
  hiddenEpisodes: ["hungary-1956"],
  episodeOrder: ["prague-1968", "hungary-1956"],
  selectedRef: "prague-1968/invasion",
  selectedPassage: "sample-article/tanks-1968",
  page: "matrix",
  presenting: { lessonId: "sample-lesson", stop: 1 },
};

const fields = Object.keys(LINK_FIELDS) as (keyof LinkedView)[];
const none = new URLSearchParams();

describe("the table of linked fields", () => {
  it("writes each field, alone, as its own parameters, and reads it back", () => {
    for (const field of fields) {
      const view = { ...fresh, [field]: changed[field] };
      const params = viewToParams(view, none);
      expect([...params.keys()].length, field).toBeGreaterThan(0);
      for (const name of params.keys()) expect(LINK_FIELDS[field].params, field).toContain(name);
      const restored = paramsToView(params, collection);
      expect(restored.unrestored, field).toEqual([]);
      expect(restored.view[field], field).toEqual(changed[field]);
      expect(sameLinkedView(restored.view, view), field).toBe(true);
    }
  });

  it("writes nothing of a fresh view, and clears every linked parameter of the address it starts from", () => {
    const base = new URLSearchParams([
      ...VIEW_PARAMS.map((name) => [name, "stale"]),
      ["embed", ""],
    ]);
    expect(viewToParams(fresh, base).toString()).toBe("embed=");
  });

  it("gives no two fields the same parameter", () => {
    expect(new Set(VIEW_PARAMS).size).toBe(VIEW_PARAMS.length);
  });

  it("makes a change of any field a history entry, but a zoom alone only rewrites the address", () => {
    for (const field of fields) {
      const step = addressChange(fresh, { ...fresh, [field]: changed[field] });
      expect(step, field).toBe(field === "zoom" ? "replace" : "push");
    }
    expect(addressChange(fresh, { ...fresh, zoom: changed.zoom, mode: changed.mode })).toBe("push");
    expect(addressChange(fresh, { ...fresh })).toBeUndefined();
  });
});

describe("createLinkCodec(fields)", () => {
  type NotedView = LinkedView & { readonly note: string | undefined };
  const note: LinkField<string | undefined, NotedView> = {
    params: ["note"],
    read: (params, { refuse }) => {
      const text = params.get("note");
      if (text === null || /^[a-z]+$/.test(text)) return text ?? undefined;
      refuse(`the note "${text}" is not one word`);
      return undefined;
    },
    write: (text) => ({ note: text }),
    same: (a, b) => a === b,
    history: "replace",
  };
  const link = createLinkCodec<NotedView>({ ...LINK_FIELDS, note });
  const plain: NotedView = { ...fresh, note: undefined };

  it("reads, writes and clears a field added to the table, and nothing else", () => {
    const written = link.write({ ...plain, mode: "calendar", note: "hello" }, none);
    expect(written.toString()).toBe("mode=calendar&note=hello");
    expect(link.write(plain, new URLSearchParams("note=old&collection=c")).toString()).toBe(
      "collection=c",
    );
    expect(link.read(written, collection)).toEqual({
      view: { ...plain, mode: "calendar", note: "hello" },
      unrestored: [],
    });
    expect(link.params).toContain("note");
  });

  it("says what it refused of the added field, after the fields before it", () => {
    const { view, unrestored } = link.read(
      new URLSearchParams("note=Two+words&mode=spiral"),
      collection,
    );
    expect(view.note).toBeUndefined();
    expect(unrestored).toEqual([
      'the time axis "spiral" is not one (expected aligned, calendar or sequence)',
      'the note "Two words" is not one word',
    ]);
  });

  it("compares the added field, and steps through history as its entry says", () => {
    const noted = { ...plain, note: "hello" };
    expect(link.same(plain, noted)).toBe(false);
    expect(link.change(plain, noted)).toBe("replace");
    expect(link.change(plain, { ...noted, page: "table" })).toBe("push");
    expect(link.pick({ ...noted, hoveredPassage: "x" } as NotedView)).toEqual(noted);
  });
});
