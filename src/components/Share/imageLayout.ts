import { type Collection, orderEpisodes } from "../../data/format/collection";
import type { AnalogyRole, Episode } from "../../data/format/schema";
import type { EventKind, TimeMode } from "../../data/format/vocabulary";
import type { EchoesState } from "../../store/createEchoesStore";
import { selectAlignRoleId } from "../../store/selectors";
import { DEFAULT_GEOMETRY, rowsFor } from "../../timeline/chartGeometry";
import { dayZeroAnchorRefs } from "../../timeline/emphasis";
import { buildTimelineModel } from "../../timeline/laneModels";
import type { ZoomTransform } from "../../timeline/laneScales";
import { type ChartLayout, layoutChart } from "../../timeline/layoutChart";
import { PRINT_WIDTH } from "../../timeline/printLayout";
import type { TextMeasure } from "../../timeline/textWidth";
import type { CalendarTickFunction } from "../../timeline/ticks";

/** The view on the screen, as the store holds it: what a saved picture shows. */
export interface ShownView {
  /** The episodes shown, in the reader's order. */
  readonly episodes: readonly Episode[];
  readonly roles: readonly AnalogyRole[];
  readonly mode: TimeMode;
  readonly alignRoleId: string | undefined;
  readonly hiddenKinds: readonly EventKind[];
  readonly zoom: ZoomTransform;
  readonly selectedRef: string | undefined;
  /** The chart's width on the screen. */
  readonly width: number;
}

/** The view as the store holds it now: what the timeline draws. */
export function shownView(state: EchoesState, collection: Collection): ShownView {
  return {
    episodes: orderEpisodes(collection.episodes, state.episodeOrder).filter(
      (episode) => !state.hiddenEpisodes.includes(episode.id),
    ),
    roles: collection.roles,
    mode: state.mode,
    alignRoleId: selectAlignRoleId(state),
    hiddenKinds: state.hiddenKinds,
    zoom: state.zoom,
    selectedRef: state.selectedRef,
    // Before the page has measured the chart (never once it is drawn), the width paper is laid out at.
    width: state.chartWidth ?? PRINT_WIDTH,
  };
}

/**
 * The view laid out again for a picture, from what the store holds rather than
 * from what the page drew: the same episodes, zoom, hidden kinds and width as
 * the chart on the screen, at rest rather than mid-gesture, and with the usual
 * rows (a fitted embed may draw fewer). Day 0's anchors are drawn whatever the
 * crowding, and the selection is brought out of a "+N", as on the screen.
 */
export function layoutForImage(
  view: ShownView,
  measure: TextMeasure,
  locale: string,
  calendarTicks?: CalendarTickFunction,
): ChartLayout {
  const model = buildTimelineModel(view.episodes, view.roles, view.mode, view.alignRoleId);
  return layoutChart({
    model,
    roles: view.roles,
    hiddenKinds: new Set(view.hiddenKinds),
    zoom: view.zoom,
    geometry: { ...DEFAULT_GEOMETRY, width: view.width },
    locale,
    emphasis: {
      mustShow: new Set(dayZeroAnchorRefs(model)),
      promote: new Set(view.selectedRef ? [view.selectedRef] : []),
    },
    rows: { ...rowsFor(model.lanes.length), measure },
    calendarTicks,
  });
}

/**
 * The events whose marks the picture shows, for its sources line: not those
 * folded into a "+N", which the picture names nowhere.
 */
export function refsInView(layout: ChartLayout, width: number): string[] {
  return layout.lanes.flatMap((lane) =>
    lane.marks.filter((mark) => mark.x1 >= 0 && mark.x0 <= width).map((mark) => mark.ref),
  );
}
