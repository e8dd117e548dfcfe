import type { Collection } from "../data/format/collection";
import { eventRefsOf, findLesson, findPassage } from "../data/format/collection";
import { showValue } from "../data/format/showValue";
import { EVENT_KINDS, type EventKind } from "../data/format/vocabulary";
import { LINK_TEXT } from "../i18n/link";
import { TIME_MODES, type TimeMode } from "../timeline/laneModels";
import type { ZoomTransform } from "../timeline/laneScales";
import { createLinkCodec, type LinkField, type LinkFields, type RestoredView } from "./linkCodec";
import { zoomField } from "./linkedZoom";
import { PAGES, type Page, type Presenting } from "./slices/viewSlice";

/** The part of the app's state that a link carries: what the reader sees, not how they got there. */
export interface LinkedView {
  readonly mode: TimeMode;
  readonly alignRoleId: string | undefined;
  /** Translation as a share of the chart's width, as the store keeps it. */
  readonly zoom: ZoomTransform;
  readonly hiddenKinds: readonly EventKind[];
  readonly hiddenEpisodes: readonly string[];
  readonly episodeOrder: readonly string[];
  readonly selectedRef: string | undefined;
  readonly selectedPassage: string | undefined;
  readonly page: Page;
  /** The lesson stop on the projector, which a class can open by its link. */
  readonly presenting: Presenting | undefined;
}

/** One of a fixed set of words, or fallback (saying so) when the address has another. */
function readChoice<T extends string>(
  value: string | null,
  choices: readonly T[],
  fallback: T,
  refuse: (problem: string) => void,
  problem: (shown: string) => string,
): T {
  if (value === null) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  refuse(problem(showValue(value)));
  return fallback;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/** Ids in one parameter, comma-separated; each the collection does not have is refused on its own. */
function idListField<T extends string>(
  param: string,
  allowedIn: (collection: Collection) => ReadonlySet<string>,
  problem: (shown: string) => string,
): LinkField<readonly T[], unknown> {
  return {
    params: [param],
    read: (params, { collection, refuse }) => {
      const allowed = allowedIn(collection);
      const ids = params.get(param)?.split(",").filter(Boolean) ?? [];
      return ids.filter((id): id is T => {
        if (allowed.has(id)) return true;
        refuse(problem(showValue(id)));
        return false;
      });
    },
    write: (ids) => ({ [param]: ids.length > 0 ? ids.join(",") : undefined }),
    same: sameList,
    history: "push",
  };
}

const episodeIdsIn = (collection: Collection) =>
  new Set(collection.episodes.map((episode) => episode.id));
const notAnEpisode = (shown: string) => LINK_TEXT.episode(shown);

const eventRefsIn = (collection: Collection) => new Set(collection.episodes.flatMap(eventRefsOf));

/**
 * The link, field by field: the address parameters of each part of the view,
 * how it is read (refusing what the collection does not have), written
 * (leaving out what a fresh page shows), compared, and whether a change of it
 * is a step in the browser's history. The other parameters (collection,
 * embed) are left as they are.
 */
export const LINK_FIELDS: LinkFields<LinkedView> = {
  mode: {
    params: ["mode"],
    read: (params, { collection, refuse }) =>
      readChoice(
        params.get("mode"),
        TIME_MODES,
        // With no analogy roles there is nothing to align on, so a fresh view shows the calendar.
        collection.roles.length > 0 ? "aligned" : "calendar",
        refuse,
        LINK_TEXT.mode,
      ),
    write: (mode) => ({ mode: mode === "aligned" ? undefined : mode }),
    same: (a, b) => a === b,
    history: "push",
  },
  alignRoleId: {
    params: ["role"],
    read: (params, { collection, refuse }) => {
      const role = params.get("role");
      if (role === null) return undefined;
      if (collection.roles.some((candidate) => candidate.id === role)) return role;
      refuse(LINK_TEXT.role(showValue(role)));
      return undefined;
    },
    write: (role) => ({ role: role || undefined }),
    same: (a, b) => (a || undefined) === (b || undefined),
    history: "push",
  },
  zoom: zoomField,
  hiddenKinds: idListField<EventKind>("hide-kinds", () => new Set(EVENT_KINDS), LINK_TEXT.kind),
  hiddenEpisodes: idListField("hide", episodeIdsIn, notAnEpisode),
  episodeOrder: idListField("order", episodeIdsIn, notAnEpisode),
  selectedPassage: {
    params: ["passage"],
    read: (params, { collection, refuse }) => {
      const passage = params.get("passage");
      if (passage === null) return undefined;
      if (findPassage(collection.articles, passage)) return passage;
      refuse(LINK_TEXT.passage(showValue(passage)));
      return undefined;
    },
    write: (passage) => ({ passage: passage || undefined }),
    same: (a, b) => a === b,
    history: "push",
  },
  // A pinned passage selects the first event it speaks of, and then the address names no event.
  selectedRef: {
    params: ["event"],
    read: (params, { collection, refuse }) => {
      const pinned = findPassage(collection.articles, params.get("passage") ?? undefined);
      if (pinned) return pinned.excerpt.events[0];
      const ref = params.get("event");
      if (ref === null) return undefined;
      if (eventRefsIn(collection).has(ref)) return ref;
      refuse(LINK_TEXT.event(showValue(ref)));
      return undefined;
    },
    write: (ref, view) => ({ event: view.selectedPassage ? undefined : ref || undefined }),
    same: (a, b, viewA) => viewA.selectedPassage !== undefined || a === b,
    history: "push",
  },
  page: {
    params: ["view"],
    read: (params, { refuse }) =>
      readChoice(params.get("view"), PAGES, "timeline", refuse, LINK_TEXT.view),
    write: (page) => ({ view: page === "timeline" ? undefined : page }),
    same: (a, b) => a === b,
    history: "push",
  },
  presenting: {
    params: ["lesson", "stop"],
    read: (params, { collection, refuse }) => {
      const lessonId = params.get("lesson");
      if (lessonId === null) return undefined;
      const lesson = findLesson(collection, lessonId);
      if (!lesson) {
        refuse(LINK_TEXT.lesson(showValue(lessonId)));
        return undefined;
      }
      const stopParam = params.get("stop");
      const stop = stopParam === null ? 1 : Number(stopParam);
      const inRange = Number.isInteger(stop) && stop >= 1 && stop <= lesson.stops.length;
      if (!inRange) {
        refuse(LINK_TEXT.stop(showValue(stopParam), lesson.stops.length));
      }
      return { lessonId: lesson.id, stop: inRange ? stop - 1 : 0 };
    },
    // Stops are counted from 1 in the address, as the presenter shows them.
    write: (presenting) => ({
      lesson: presenting?.lessonId,
      stop: presenting && String(presenting.stop + 1),
    }),
    same: (a, b) => a?.lessonId === b?.lessonId && a?.stop === b?.stop,
    history: "push",
  },
};

const link = createLinkCodec(LINK_FIELDS);

/** The address parameters of a view; the others (collection, embed) are left as they are. */
export const VIEW_PARAMS: readonly string[] = link.params;

/** The view as address parameters, leaving out what is as a fresh page shows it. */
export function viewToParams(view: LinkedView, base: URLSearchParams): URLSearchParams {
  return link.write(view, base);
}

/**
 * The view an address asks for, checked against the collection: whatever
 * does not fit (an unknown mode, an event that is no longer there) is left at
 * its default and named in unrestored.
 */
export function paramsToView(
  params: URLSearchParams,
  collection: Collection,
): RestoredView<LinkedView> {
  return link.read(params, collection);
}

/** The linked part of the store's state. */
export function linkedViewOf(state: LinkedView): LinkedView {
  return link.pick(state);
}

/** Whether two views would make the same address: it runs on every change of the store, zoom frames included. */
export function sameLinkedView(a: LinkedView, b: LinkedView): boolean {
  return link.same(a, b);
}

/** How the address follows a change of view: a history entry, a rewrite without one (a zoom), or nothing. */
export function addressChange(from: LinkedView, to: LinkedView): "push" | "replace" | undefined {
  return link.change(from, to);
}
