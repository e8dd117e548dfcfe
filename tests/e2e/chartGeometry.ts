// What the chart draws, measured in Chromium from bounding boxes, and the collection it draws,
// read from its JSON files, for the comparison tests (tests/e2e/comparison.test.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { readCollectionFiles } from "../support/collectionFiles";

/** A box in CSS pixels of the viewport, as getBoundingClientRect gives it. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface DrawnMark {
  readonly ref: string;
  readonly ariaLabel: string;
  readonly tabIndex: string | null;
  readonly unlabelled: boolean;
  /** The label's text, "" when it has none. */
  readonly label: string;
  /** The label's box, when it has text and is shown (not hidden by CSS). */
  readonly labelBox: Box | undefined;
  readonly symbolBox: Box | undefined;
}

export interface DrawnCluster {
  readonly refs: readonly string[];
  readonly box: Box;
}

export interface ChartSnapshot {
  readonly viewportWidth: number;
  readonly svg: Box;
  /** The svg's box cut to the viewport's width: what a reader can see of the chart, across. */
  readonly visible: Box;
  /** Episode ids, in the order of the lanes. */
  readonly lanes: readonly string[];
  readonly marks: readonly DrawnMark[];
  readonly clusters: readonly DrawnCluster[];
}

export const CHART = "svg.echoes-chart";
export const MARK = `${CHART} g.echoes-mark[data-ref]`;
export const TOOLTIP = ".echoes-chart__tooltip[role=tooltip]";
/** An event the default view always draws in sight: Kazakhstan's day 0, the CSTO force's arrival. */
export const DAY_ZERO_MARK = "kazakhstan-2022/csto-force-arrives";

/** One script, so that every box is read from the same frame. */
export async function readChart(page: Page): Promise<ChartSnapshot> {
  return page.evaluate((chartSelector) => {
    const svg = document.querySelector(chartSelector);
    if (!svg) throw new Error(`no ${chartSelector} on the page`);
    const boxOf = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const shown = (element: Element) =>
      element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const svgBox = boxOf(svg);
    const viewportWidth = document.documentElement.clientWidth;
    return {
      viewportWidth,
      svg: svgBox,
      visible: {
        left: Math.max(svgBox.left, 0),
        right: Math.min(svgBox.right, viewportWidth),
        top: svgBox.top,
        bottom: svgBox.bottom,
      },
      lanes: Array.from(svg.querySelectorAll("g.echoes-lane[data-episode]")).map(
        (lane) => lane.getAttribute("data-episode") ?? "",
      ),
      marks: Array.from(svg.querySelectorAll("g.echoes-mark[data-ref]")).map((mark) => {
        const label = mark.querySelector("text.echoes-mark__label");
        const text = label?.textContent?.trim() ?? "";
        const symbol = mark.querySelector(".echoes-mark__symbol");
        return {
          ref: mark.getAttribute("data-ref") ?? "",
          ariaLabel: mark.getAttribute("aria-label") ?? "",
          tabIndex: mark.getAttribute("tabindex"),
          unlabelled: mark.classList.contains("is-unlabelled"),
          label: text,
          labelBox: label && text !== "" && shown(label) ? boxOf(label) : undefined,
          symbolBox: symbol ? boxOf(symbol) : undefined,
        };
      }),
      clusters: Array.from(svg.querySelectorAll("g.echoes-cluster")).map((cluster) => ({
        refs: (cluster.getAttribute("data-refs") ?? "").split(/\s+/).filter(Boolean),
        box: boxOf(cluster),
      })),
    };
  }, CHART);
}

/**
 * Waits until the chart's marks and folds stop moving: the same refs at the same places (to the
 * pixel) for quietMs. A layout is made in the background and a zoom glides, so one read is not
 * enough. A chart with no marks at all settles too: wait for a mark first where one is expected.
 */
export async function waitForSettledChart(
  page: Page,
  { quietMs = 300, timeoutMs = 8000 }: { quietMs?: number; timeoutMs?: number } = {},
): Promise<void> {
  await page.locator(CHART).first().waitFor({ state: "attached", timeout: timeoutMs });
  const signature = () =>
    page.evaluate((chartSelector) => {
      const svg = document.querySelector(chartSelector);
      if (!svg) return "no chart";
      return Array.from(svg.querySelectorAll("g.echoes-mark[data-ref], g.echoes-cluster"))
        .map((element) => {
          const box = element.getBoundingClientRect();
          const key = element.getAttribute("data-ref") ?? element.getAttribute("data-refs");
          return `${key}@${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.width)}`;
        })
        .join("|");
    }, CHART);
  const deadline = Date.now() + timeoutMs;
  let last = await signature();
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) {
      throw new Error(`the chart did not stop moving for ${quietMs} ms within ${timeoutMs} ms`);
    }
    await page.waitForTimeout(50);
    const next = await signature();
    if (next !== last) {
      last = next;
      since = Date.now();
    }
  }
}

/** Whether the box lies across within the area, to a tolerance in pixels. */
export function withinAcross(box: Box, area: Box, tolerance = 1): boolean {
  return box.left >= area.left - tolerance && box.right <= area.right + tolerance;
}

/** Whether the box lies within the area, across and down, to a tolerance in pixels. */
export function within(box: Box, area: Box, tolerance = 1): boolean {
  return (
    withinAcross(box, area, tolerance) &&
    box.top >= area.top - tolerance &&
    box.bottom <= area.bottom + tolerance
  );
}

/** Whether two boxes overlap by more than the tolerance, in both directions. */
export function intersects(a: Box, b: Box, tolerance = 1): boolean {
  return (
    a.left < b.right - tolerance &&
    b.left < a.right - tolerance &&
    a.top < b.bottom - tolerance &&
    b.top < a.bottom - tolerance
  );
}

export function showBox(box: Box | undefined): string {
  if (!box) return "(no box)";
  const r = (value: number) => Math.round(value * 10) / 10;
  return `[x ${r(box.left)}..${r(box.right)}, y ${r(box.top)}..${r(box.bottom)}]`;
}

/** Where an event is on the chart: drawn as a mark, folded into a cluster, or not there. */
export type EventOnChart =
  | { readonly as: "mark"; readonly mark: DrawnMark }
  | { readonly as: "cluster"; readonly cluster: DrawnCluster }
  | { readonly as: "absent" };

/** A cluster that names the event wins over a mark: an event folded away is not drawn. */
export function findOnChart(chart: ChartSnapshot, ref: string): EventOnChart {
  const cluster = chart.clusters.find((candidate) => candidate.refs.includes(ref));
  if (cluster) return { as: "cluster", cluster };
  const mark = chart.marks.find((candidate) => candidate.ref === ref);
  if (mark) return { as: "mark", mark };
  return { as: "absent" };
}

/** What the chart shows of the lane of an event that is neither a mark nor in a cluster. */
function whyAbsent(chart: ChartSnapshot, ref: string): string {
  const episodeId = ref.slice(0, ref.indexOf("/"));
  const inLane = (candidate: string) => candidate.startsWith(`${episodeId}/`);
  if (!chart.lanes.includes(episodeId)) return `no lane for ${episodeId}`;
  const drawn =
    chart.marks.filter((mark) => inLane(mark.ref)).length +
    chart.clusters.filter((cluster) => cluster.refs.some(inLane)).length;
  return drawn === 0
    ? `the lane ${episodeId} draws no mark and no cluster at all`
    : "no mark, and in no cluster's data-refs";
}

/**
 * Why the event is not drawn as a mark in view, or undefined when it is: its symbol
 * inside the chart's visible box (across, within the viewport; down, within the svg).
 */
export function notDrawnInView(
  chart: ChartSnapshot,
  ref: string,
  { labelled = false }: { labelled?: boolean } = {},
): string | undefined {
  const found = findOnChart(chart, ref);
  if (found.as === "cluster") {
    return `${ref} is folded into the cluster of ${found.cluster.refs.length} at ${showBox(found.cluster.box)}`;
  }
  if (found.as === "absent") return `${ref} is not drawn (${whyAbsent(chart, ref)})`;
  const { mark } = found;
  if (!mark.symbolBox) return `${ref} is drawn without a .echoes-mark__symbol`;
  if (!within(mark.symbolBox, chart.visible)) {
    return `${ref} is drawn off-screen: its symbol at ${showBox(mark.symbolBox)}, the chart's visible box ${showBox(chart.visible)}`;
  }
  if (labelled && (mark.unlabelled || !mark.labelBox)) {
    return `${ref} is drawn without a label${mark.unlabelled ? " (is-unlabelled)" : mark.label ? ` (its label "${mark.label}" is hidden)` : ""}`;
  }
  return undefined;
}

/**
 * Why the event is neither drawn nor folded within the svg's box across, or undefined when
 * it is: a mark whose symbol, or a cluster naming it whose box, lies within the svg's sides.
 */
export function notShownAcross(chart: ChartSnapshot, ref: string): string | undefined {
  const found = findOnChart(chart, ref);
  if (found.as === "absent") return `${ref} is not drawn (${whyAbsent(chart, ref)})`;
  const box = found.as === "mark" ? found.mark.symbolBox : found.cluster.box;
  if (!box) return `${ref} is drawn without a .echoes-mark__symbol`;
  if (!withinAcross(box, chart.visible)) {
    const what = found.as === "mark" ? "its symbol" : "its cluster";
    return `${ref} is out of view: ${what} at ${showBox(box)}, the chart's visible box ${showBox(chart.visible)}`;
  }
  return undefined;
}

// The collection's files.

export interface EventData {
  readonly id: string;
  readonly date: string;
  readonly endDate?: string;
  readonly title: string;
}

export interface EpisodeData {
  readonly id: string;
  readonly events: readonly EventData[];
}

export interface RoleData {
  readonly id: string;
  readonly members: ReadonlyArray<{ readonly episode: string; readonly events: readonly string[] }>;
}

export interface StopData {
  readonly id: string;
  readonly title: string;
  readonly evidence: readonly string[];
}

export interface CollectionData {
  readonly episodes: readonly EpisodeData[];
  readonly roles: readonly RoleData[];
  /** Every event by its ref, "episode/event". */
  readonly events: ReadonlyMap<string, EventData>;
}

const root = join(import.meta.dirname, "..", "..");

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** A collection as its manifest lists it: data/collection.json, or a fixture's. */
export function readCollection(manifestPath: string): CollectionData {
  const { episodes, roles, events } = readCollectionFiles(manifestPath);
  return { episodes, roles, events };
}

export function readLessonStops(lessonPath: string): readonly StopData[] {
  return readJson<{ stops: StopData[] }>(join(root, lessonPath)).stops;
}

/** A date's period, in UTC milliseconds: "1956" is all of 1956, "1968-08-20T23:00" one minute. */
function period(date: string): { readonly start: number; readonly end: number } {
  const match = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d))?)?)?$/.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  const [, year, month, day, hour, minute] = match.map((part) =>
    part === undefined ? undefined : Number(part),
  );
  const y = year ?? 0;
  const m = (month ?? 1) - 1;
  const d = day ?? 1;
  const start = Date.UTC(y, m, d, hour ?? 0, minute ?? 0);
  if (minute !== undefined) return { start, end: start + 60_000 };
  if (day !== undefined) return { start, end: Date.UTC(y, m, d + 1) };
  if (month !== undefined) return { start, end: Date.UTC(y, m + 1, 1) };
  return { start, end: Date.UTC(y + 1, 0, 1) };
}

/**
 * An episode's events in time order as a lane shows them: by start, a longer period (a year)
 * before a shorter one starting with it, then in the file's order.
 */
export function inTimeOrder(events: readonly EventData[]): EventData[] {
  return events
    .map((event) => ({ event, ...period(event.date) }))
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map(({ event }) => event);
}

/** The event that plays the role first in the episode: its lane's day 0 in the aligned mode. */
export function anchorOf(
  collection: CollectionData,
  role: RoleData,
  episodeId: string,
): string | undefined {
  const member = role.members.find((candidate) => candidate.episode === episodeId);
  const episode = collection.episodes.find((candidate) => candidate.id === episodeId);
  if (!member || !episode) return undefined;
  const first = inTimeOrder(episode.events).find((event) => member.events.includes(event.id));
  return first ? `${episodeId}/${first.id}` : undefined;
}

/** Each lane's day 0 in the first view: its anchor for the role "foreign troops arrive". */
export function dayZeroRefs(collection: CollectionData): string[] {
  const role = collection.roles.find((candidate) => candidate.id === "troops-arrive");
  if (!role) return [];
  return collection.episodes.flatMap((episode) => anchorOf(collection, role, episode.id) ?? []);
}
