import type { StateCreator } from "zustand";
import type { TimeMode } from "../../timeline/laneModels";

/**
 * The zoom transform along x: scale k, and translation x in chart pixels. The
 * store keeps x as a share of the chart's width, so that the same stretch of
 * time stays in view at any width.
 */
export interface ZoomState {
  readonly k: number;
  readonly x: number;
}

export const IDENTITY_ZOOM: ZoomState = { k: 1, x: 0 };

export interface ViewSlice {
  readonly mode: TimeMode;
  /** The analogy role the aligned mode counts days from; undefined for the default role. */
  readonly alignRoleId: string | undefined;
  readonly zoom: ZoomState;
  readonly setMode: (mode: TimeMode) => void;
  readonly setAlignRole: (roleId: string) => void;
  readonly setZoom: (zoom: ZoomState) => void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  mode: "aligned",
  alignRoleId: undefined,
  zoom: IDENTITY_ZOOM,
  // A new axis starts fitted: the old window means nothing on it.
  setMode: (mode) => set({ mode, zoom: IDENTITY_ZOOM }),
  setAlignRole: (alignRoleId) => set({ alignRoleId, zoom: IDENTITY_ZOOM }),
  setZoom: (zoom) => set({ zoom }),
});
