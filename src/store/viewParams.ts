import { findLesson, findPassage } from "../data/collection";
import type { Collection } from "../data/loadCollection";
import { showValue } from "../data/showValue";
import { EVENT_KINDS, type EventKind } from "../data/vocabulary";
import { TIME_MODES, type TimeMode } from "../timeline/laneModels";
import { IDENTITY_ZOOM, type ZoomTransform } from "../timeline/laneScales";
import { toEventRef } from "../timeline/timelineEvents";
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

/** The address parameters of a view; the others (collection, embed) are left as they are. */
export const VIEW_PARAMS = {
  mode: "mode",
  role: "role",
  zoom: "zoom",
  hiddenKinds: "hide-kinds",
  hiddenEpisodes: "hide",
  order: "order",
  event: "event",
  passage: "passage",
  page: "view",
  lesson: "lesson",
  stop: "stop",
} as const;

const round = (value: number) => Number(value.toFixed(4));
const list = (value: string | null) => (value ? value.split(",").filter(Boolean) : []);

/**
 * Beyond any zoom the chart allows whatever the collection (see zoomLimits):
 * a link past these was edited or broken, and is refused. Within them the
 * chart keeps the zoom to its own limits, as it keeps a gesture's.
 */
const LINKED_ZOOM = { minScale: 1e-6, maxScale: 1e9, maxShift: 1e12 } as const;
const LINKED_ZOOM_WORDS = "a scale from 1e-6 to 1e9 and a shift from -1e12 to 1e12";

/**
 * The zoom as a link writes it, within what a link may ask for: the scale to
 * five significant digits (a scale far out is small, and must not round to 0),
 * the shift to four decimals of the chart's width.
 */
function linkedZoom({ k, x }: ZoomTransform): ZoomTransform {
  const within = (value: number, limit: number) => Math.min(limit, Math.max(-limit, value));
  const scale = Math.min(LINKED_ZOOM.maxScale, Math.max(LINKED_ZOOM.minScale, k));
  return { k: Number(scale.toPrecision(5)), x: round(within(x, LINKED_ZOOM.maxShift)) };
}

/** The view as address parameters, leaving out what is as a fresh page shows it. */
export function viewToParams(view: LinkedView, base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of Object.values(VIEW_PARAMS)) params.delete(name);
  if (view.mode !== "aligned") params.set(VIEW_PARAMS.mode, view.mode);
  if (view.alignRoleId) params.set(VIEW_PARAMS.role, view.alignRoleId);
  const zoom = linkedZoom(view.zoom);
  if (zoom.k !== IDENTITY_ZOOM.k || zoom.x !== IDENTITY_ZOOM.x) {
    params.set(VIEW_PARAMS.zoom, `${zoom.k},${zoom.x}`);
  }
  if (view.hiddenKinds.length > 0) params.set(VIEW_PARAMS.hiddenKinds, view.hiddenKinds.join(","));
  if (view.hiddenEpisodes.length > 0) {
    params.set(VIEW_PARAMS.hiddenEpisodes, view.hiddenEpisodes.join(","));
  }
  if (view.episodeOrder.length > 0) params.set(VIEW_PARAMS.order, view.episodeOrder.join(","));
  if (view.selectedPassage) params.set(VIEW_PARAMS.passage, view.selectedPassage);
  else if (view.selectedRef) params.set(VIEW_PARAMS.event, view.selectedRef);
  if (view.page !== "timeline") params.set(VIEW_PARAMS.page, view.page);
  if (view.presenting) {
    params.set(VIEW_PARAMS.lesson, view.presenting.lessonId);
    params.set(VIEW_PARAMS.stop, String(view.presenting.stop + 1));
  }
  return params;
}

export interface RestoredView {
  readonly view: LinkedView;
  /** What the address asked for that this collection does not have, in words. */
  readonly unrestored: readonly string[];
}

/**
 * The view an address asks for, checked against the collection: whatever
 * does not fit (an unknown mode, an event that is no longer there) is left at
 * its default and named in unrestored.
 */
export function paramsToView(params: URLSearchParams, collection: Collection): RestoredView {
  const unrestored: string[] = [];
  const episodeIds = new Set(collection.episodes.map((episode) => episode.id));
  const known = <T extends string>(
    names: readonly string[],
    allowed: ReadonlySet<string>,
    problem: (name: string) => string,
  ): T[] =>
    names.filter((name): name is T => {
      if (allowed.has(name)) return true;
      unrestored.push(problem(showValue(name)));
      return false;
    });
  const notAnEpisode = (name: string) => `the episode ${name} is not in this collection`;

  const modeParam = params.get(VIEW_PARAMS.mode);
  // With no analogy roles there is nothing to align on, so a fresh view shows the calendar.
  let mode: TimeMode = collection.roles.length > 0 ? "aligned" : "calendar";
  if (modeParam !== null) {
    if ((TIME_MODES as readonly string[]).includes(modeParam)) mode = modeParam as TimeMode;
    else {
      unrestored.push(
        `the time axis ${showValue(modeParam)} is not one (expected aligned, calendar or sequence)`,
      );
    }
  }

  const roleParam = params.get(VIEW_PARAMS.role);
  let alignRoleId: string | undefined;
  if (roleParam !== null) {
    if (collection.roles.some((role) => role.id === roleParam)) alignRoleId = roleParam;
    else unrestored.push(`the analogy role ${showValue(roleParam)} is not in this collection`);
  }

  const zoomParam = params.get(VIEW_PARAMS.zoom);
  let zoom = IDENTITY_ZOOM;
  if (zoomParam !== null) {
    const [k, x] = zoomParam.split(",").map(Number);
    if (
      k === undefined ||
      x === undefined ||
      !(k > 0) ||
      !Number.isFinite(k) ||
      !Number.isFinite(x)
    ) {
      unrestored.push(
        `the zoom ${showValue(zoomParam)} is not one (expected a scale and a shift, e.g. "2,-0.5")`,
      );
    } else if (
      k < LINKED_ZOOM.minScale ||
      k > LINKED_ZOOM.maxScale ||
      Math.abs(x) > LINKED_ZOOM.maxShift
    ) {
      unrestored.push(
        `the zoom ${showValue(zoomParam)} is beyond any the chart allows (expected ${LINKED_ZOOM_WORDS})`,
      );
    } else {
      zoom = { k, x };
    }
  }

  const hiddenKinds = known<EventKind>(
    list(params.get(VIEW_PARAMS.hiddenKinds)),
    new Set(EVENT_KINDS),
    (name) => `${name} is not a kind of event`,
  );
  const hiddenEpisodes = known<string>(
    list(params.get(VIEW_PARAMS.hiddenEpisodes)),
    episodeIds,
    notAnEpisode,
  );
  const episodeOrder = known<string>(list(params.get(VIEW_PARAMS.order)), episodeIds, notAnEpisode);

  const eventRefs = new Set(
    collection.episodes.flatMap((episode) =>
      episode.events.map((event) => toEventRef(episode.id, event.id)),
    ),
  );
  let selectedRef: string | undefined;
  let selectedPassage: string | undefined;
  const passageParam = params.get(VIEW_PARAMS.passage);
  if (passageParam !== null) {
    const found = findPassage(collection.articles, passageParam);
    if (found) {
      selectedPassage = passageParam;
      selectedRef = found.excerpt.events[0];
    } else
      unrestored.push(`the article passage ${showValue(passageParam)} is not in this collection`);
  }
  const eventParam = params.get(VIEW_PARAMS.event);
  if (eventParam !== null && !selectedPassage) {
    if (eventRefs.has(eventParam)) selectedRef = eventParam;
    else unrestored.push(`the event ${showValue(eventParam)} is not in this collection`);
  }

  const pageParam = params.get(VIEW_PARAMS.page);
  let page: Page = "timeline";
  if (pageParam !== null) {
    if ((PAGES as readonly string[]).includes(pageParam)) page = pageParam as Page;
    else {
      unrestored.push(
        `the view ${showValue(pageParam)} is not one (expected timeline, matrix, table or corrections)`,
      );
    }
  }

  const lessonParam = params.get(VIEW_PARAMS.lesson);
  let presenting: Presenting | undefined;
  if (lessonParam !== null) {
    const lesson = findLesson(collection, lessonParam);
    if (lesson) {
      const stopParam = params.get(VIEW_PARAMS.stop);
      const stop = stopParam === null ? 1 : Number(stopParam);
      const inRange = Number.isInteger(stop) && stop >= 1 && stop <= lesson.stops.length;
      if (!inRange) {
        unrestored.push(
          `the lesson has no stop ${showValue(stopParam)} (expected 1 to ${lesson.stops.length}), so it starts at the first`,
        );
      }
      presenting = { lessonId: lesson.id, stop: inRange ? stop - 1 : 0 };
    } else {
      unrestored.push(`the lesson ${showValue(lessonParam)} is not in this collection`);
    }
  }

  return {
    view: {
      page,
      presenting,
      mode,
      alignRoleId,
      zoom,
      hiddenKinds,
      hiddenEpisodes,
      episodeOrder,
      selectedRef,
      selectedPassage,
    },
    unrestored,
  };
}

/** The linked part of the store's state. */
export function linkedViewOf(state: LinkedView): LinkedView {
  return {
    mode: state.mode,
    alignRoleId: state.alignRoleId,
    zoom: state.zoom,
    hiddenKinds: state.hiddenKinds,
    hiddenEpisodes: state.hiddenEpisodes,
    episodeOrder: state.episodeOrder,
    selectedRef: state.selectedRef,
    selectedPassage: state.selectedPassage,
    page: state.page,
    presenting: state.presenting,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * Whether two views would make the same address, compared field by field:
 * it runs on every change of the store, zoom frames included.
 */
export function sameLinkedView(a: LinkedView, b: LinkedView): boolean {
  const zoomA = linkedZoom(a.zoom);
  const zoomB = linkedZoom(b.zoom);
  return (
    a.mode === b.mode &&
    (a.alignRoleId || undefined) === (b.alignRoleId || undefined) &&
    zoomA.k === zoomB.k &&
    zoomA.x === zoomB.x &&
    sameList(a.hiddenKinds, b.hiddenKinds) &&
    sameList(a.hiddenEpisodes, b.hiddenEpisodes) &&
    sameList(a.episodeOrder, b.episodeOrder) &&
    a.selectedPassage === b.selectedPassage &&
    a.page === b.page &&
    a.presenting?.lessonId === b.presenting?.lessonId &&
    a.presenting?.stop === b.presenting?.stop &&
    // The address names the event only when no passage is pinned.
    (a.selectedPassage !== undefined || a.selectedRef === b.selectedRef)
  );
}
