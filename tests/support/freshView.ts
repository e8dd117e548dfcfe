import type { LinkedView } from "../../src/store/viewParams";
import { IDENTITY_ZOOM } from "../../src/timeline/laneScales";

/** The linked view of a page opened without a view in its address. */
export const FRESH_VIEW: LinkedView = {
  mode: "aligned",
  alignRoleId: undefined,
  zoom: IDENTITY_ZOOM,
  hiddenKinds: [],
  hiddenEpisodes: [],
  episodeOrder: [],
  selectedRef: undefined,
  selectedPassage: undefined,
  page: "timeline",
  presenting: undefined,
};
