import type { StateCreator } from "zustand";
import type { TimeMode } from "../../timeline/laneModels";
import { IDENTITY_ZOOM, type ZoomTransform } from "../../timeline/laneScales";

/** The ways of looking at the collection: the timeline, the analogy matrix, the table of events, the corrections log. */
export const PAGES = ["timeline", "matrix", "table", "corrections", "studio"] as const;
export type Page = (typeof PAGES)[number];

/** The lesson being presented and its stop, counted from 0. */
export interface Presenting {
  readonly lessonId: string;
  readonly stop: number;
}

/** A stretch of the timeline to show: days from day 0 (aligned mode), and events that must be in view. */
export interface ViewFrame {
  readonly window: readonly [number, number] | undefined;
  readonly refs: readonly string[];
}

export interface ViewSlice {
  readonly mode: TimeMode;
  /** The analogy role the aligned mode counts days from; undefined for the default role. */
  readonly alignRoleId: string | undefined;
  readonly zoom: ZoomTransform;
  /**
   * What a lesson's stop asks to see; the chart turns it into a zoom once it
   * knows its width, and any zoom replaces it.
   */
  readonly pendingFrame: ViewFrame | undefined;
  readonly page: Page;
  readonly presenting: Presenting | undefined;
  /**
   * The width of the timeline's chart on the screen, in pixels, once measured: what the zoom's
   * shift is a share of, and what a saved picture of the view is laid out at.
   */
  readonly chartWidth: number | undefined;
  readonly setMode: (mode: TimeMode) => void;
  readonly setAlignRole: (roleId: string) => void;
  readonly setZoom: (zoom: ZoomTransform) => void;
  readonly setPage: (page: Page) => void;
  readonly stopPresenting: () => void;
  readonly setChartWidth: (width: number) => void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  mode: "aligned",
  alignRoleId: undefined,
  zoom: IDENTITY_ZOOM,
  pendingFrame: undefined,
  page: "timeline",
  presenting: undefined,
  chartWidth: undefined,
  // A new axis starts fitted: the old window means nothing on it.
  setMode: (mode) => set({ mode, zoom: IDENTITY_ZOOM, pendingFrame: undefined }),
  setAlignRole: (alignRoleId) => set({ alignRoleId, zoom: IDENTITY_ZOOM, pendingFrame: undefined }),
  setZoom: (zoom) => set({ zoom, pendingFrame: undefined }),
  setPage: (page) => set({ page }),
  stopPresenting: () => set({ presenting: undefined }),
  setChartWidth: (chartWidth) => set({ chartWidth }),
});
