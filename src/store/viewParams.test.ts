import { beforeAll, describe, expect, it } from "vitest";
import { FRESH_VIEW } from "../../tests/support/freshView";
import { loadSampleCollection } from "../../tests/support/sampleStore";
import type { Collection } from "../data/format/collection";
import { IDENTITY_ZOOM } from "../timeline/laneScales";
import { type LinkedView, paramsToView, sameLinkedView, viewToParams } from "./viewParams";

let collection: Collection;
beforeAll(async () => {
  collection = await loadSampleCollection();
});

const fresh = FRESH_VIEW;

describe("viewToParams(view, base)", () => {
  it("leaves out what a fresh page shows, and keeps the other parameters", () => {
    const base = new URLSearchParams("collection=/c.json&embed=");
    expect(viewToParams(fresh, base).toString()).toBe("collection=%2Fc.json&embed=");
  });

  it("writes every part of a changed view", () => {
    const view: LinkedView = {
      mode: "calendar",
      alignRoleId: "crackdown",
      zoom: { k: 2.123456, x: -0.5 },
      hiddenKinds: ["protest", "reform"],
      hiddenEpisodes: ["hungary-1956"],
      episodeOrder: ["prague-1968", "hungary-1956"],
      selectedRef: "prague-1968/invasion",
      selectedPassage: undefined,
      page: "table",
      presenting: { lessonId: "sample-lesson", stop: 1 },
    };
    expect(Object.fromEntries(viewToParams(view, new URLSearchParams()))).toEqual({
      mode: "calendar",
      role: "crackdown",
      zoom: "2.1235,-0.5",
      "hide-kinds": "protest,reform",
      hide: "hungary-1956",
      order: "prague-1968,hungary-1956",
      event: "prague-1968/invasion",
      view: "table",
      lesson: "sample-lesson",
      stop: "2",
    });
  });
});

describe("paramsToView(params, collection)", () => {
  it("restores a view it wrote", () => {
    const [episode] = collection.episodes;
    const event = episode?.events[0];
    if (!episode || !event) throw new Error("empty sample");
    const view: LinkedView = {
      ...fresh,
      mode: "sequence",
      alignRoleId: collection.roles[0]?.id,
      zoom: { k: 3, x: -1.25 },
      hiddenKinds: ["casualties"],
      hiddenEpisodes: [episode.id],
      episodeOrder: collection.episodes.map((candidate) => candidate.id).reverse(),
      selectedRef: `${episode.id}/${event.id}`,
      page: "matrix",
      presenting: { lessonId: "sample-lesson", stop: 1 },
    };
    const restored = paramsToView(viewToParams(view, new URLSearchParams()), collection);
    expect(restored.unrestored).toEqual([]);
    expect(sameLinkedView(restored.view, view)).toBe(true);
  });

  it("restores a passage with the first event it speaks of", () => {
    const article = collection.articles[0];
    const excerpt = article?.excerpts[0];
    if (!article || !excerpt) throw new Error("no excerpt in the sample");
    const { view, unrestored } = paramsToView(
      new URLSearchParams({ passage: `${article.id}/${excerpt.id}` }),
      collection,
    );
    expect(unrestored).toEqual([]);
    expect(view.selectedPassage).toBe(`${article.id}/${excerpt.id}`);
    expect(view.selectedRef).toBe(excerpt.events[0]);
  });

  it("restores the corrections log as view=corrections", () => {
    const params = viewToParams({ ...fresh, page: "corrections" }, new URLSearchParams());
    expect(params.get("view")).toBe("corrections");
    const { view, unrestored } = paramsToView(params, collection);
    expect(unrestored).toEqual([]);
    expect(view.page).toBe("corrections");
  });

  it("shows a collection without analogy roles on the calendar", () => {
    const { view } = paramsToView(new URLSearchParams(), { ...collection, roles: [] });
    expect(view.mode).toBe("calendar");
  });

  it("falls back to the default for whatever this collection does not have, and says so", () => {
    const { view, unrestored } = paramsToView(
      new URLSearchParams({
        mode: "spiral",
        role: "no-such-role",
        zoom: "0,abc",
        "hide-kinds": "protest,weather",
        hide: "atlantis-1000",
        event: "prague-1968/no-such-event",
        view: "gallery",
        lesson: "no-such-lesson",
      }),
      collection,
    );
    expect(view).toEqual({ ...fresh, hiddenKinds: ["protest"] });
    expect(unrestored).toEqual([
      'the time axis "spiral" is not one (expected aligned, calendar or sequence)',
      'the analogy role "no-such-role" is not in this collection',
      'the zoom "0,abc" is not one (expected a scale and a shift, e.g. "2,-0.5")',
      '"weather" is not a kind of event',
      'the episode "atlantis-1000" is not in this collection',
      'the event "prague-1968/no-such-event" is not in this collection',
      'the view "gallery" is not one (expected timeline, matrix, table, corrections or studio)',
      'the lesson "no-such-lesson" is not in this collection',
    ]);
  });

  it("refuses a zoom beyond any the chart allows, and says what it expected", () => {
    for (const zoom of ["1e-9,0.5", "5e-324,0", "1e12,0", "1,1e17", "2,-1e16"]) {
      const { view, unrestored } = paramsToView(new URLSearchParams({ zoom }), collection);
      expect(view.zoom, zoom).toEqual(IDENTITY_ZOOM);
      expect(unrestored).toEqual([
        `the zoom "${zoom}" is beyond any the chart allows (expected 1e-6 ≤ k ≤ 1e9, |x| ≤ 1e12)`,
      ]);
    }
  });

  it("restores every zoom it writes, however far out or in", () => {
    const zooms = [
      { k: 0.000012345, x: 0.5 },
      { k: 1e-9, x: 0.5 },
      { k: 1e4, x: -2500.25 },
      { k: 1e12, x: -1e15 },
    ];
    for (const zoom of zooms) {
      const params = viewToParams({ ...fresh, zoom }, new URLSearchParams());
      const restored = paramsToView(params, collection);
      expect(restored.unrestored, params.toString()).toEqual([]);
      expect(restored.view.zoom.k, params.toString()).toBeGreaterThan(0);
    }
    const small = viewToParams(
      { ...fresh, zoom: zooms[0] ?? IDENTITY_ZOOM },
      new URLSearchParams(),
    );
    expect(paramsToView(small, collection).view.zoom).toEqual({ k: 0.000012345, x: 0.5 });
  });

  it("opens a lesson at its first stop when the stop asked for is not one", () => {
    for (const stop of ["0", "3", "two"]) {
      const { view, unrestored } = paramsToView(
        new URLSearchParams({ lesson: "sample-lesson", stop }),
        collection,
      );
      expect(view.presenting).toEqual({ lessonId: "sample-lesson", stop: 0 });
      expect(unrestored).toEqual([
        `the lesson has no stop "${stop}" (expected 1 to 2), so it starts at the first`,
      ]);
    }
  });
});

describe("sameLinkedView(a, b)", () => {
  it("is true exactly when the two views make the same address", () => {
    const views: LinkedView[] = [
      fresh,
      { ...fresh, mode: "calendar" },
      { ...fresh, zoom: { k: 2, x: -0.5 } },
      { ...fresh, zoom: { k: 2, x: -0.50001 } },
      { ...fresh, hiddenKinds: ["protest"] },
      { ...fresh, episodeOrder: ["b", "a"] },
      { ...fresh, episodeOrder: ["a", "b"] },
      { ...fresh, selectedRef: "a/x" },
      { ...fresh, selectedRef: "a/x", selectedPassage: "p/1" },
      { ...fresh, selectedRef: "a/y", selectedPassage: "p/1" },
      { ...fresh, page: "matrix" },
      { ...fresh, presenting: { lessonId: "l", stop: 0 } },
      { ...fresh, presenting: { lessonId: "l", stop: 1 } },
      { ...fresh, presenting: { lessonId: "m", stop: 1 } },
    ];
    const none = new URLSearchParams();
    for (const a of views) {
      for (const b of views) {
        const sameAddress = viewToParams(a, none).toString() === viewToParams(b, none).toString();
        expect(sameLinkedView(a, b)).toBe(sameAddress);
      }
    }
  });
});
