import { useCallback, useMemo } from "react";
import type { AnalogyRole, EventKind } from "../../data/format/schema";
import { currentLocale } from "../../i18n/locale";
import type { ChartGeometry } from "../../timeline/chartGeometry";
import type { Emphasis } from "../../timeline/emphasis";
import type { TimelineModel } from "../../timeline/laneModels";
import type { ZoomTransform } from "../../timeline/laneScales";
import { layoutChart } from "../../timeline/layoutChart";
import type { LayoutOptions } from "../../timeline/layoutLane";
import { unionSpan, zoomToShow } from "../../timeline/revealZoom";
import { eventStarts } from "../../timeline/viewFrame";
import type { ZoomLimits } from "../../timeline/zoomFrames";
import type { ZoomControls } from "./useZoomBehavior";

export interface RevealEvents {
  /** Pans, and zooms out if they do not fit, so that the events are in view together. */
  readonly show: (refs: readonly string[]) => void;
  /**
   * Zooms in just far enough that each of the events has a mark of its own: centred on them, or,
   * where they are then wider than the view, from the first of them on.
   */
  readonly separate: (refs: readonly string[]) => Promise<void>;
}

interface RevealInputs {
  readonly model: TimelineModel;
  readonly roles: readonly AnalogyRole[];
  readonly hidden: ReadonlySet<EventKind>;
  readonly geometry: ChartGeometry;
  readonly rows: LayoutOptions;
  readonly emphasis: Emphasis;
  readonly zoom: ZoomTransform;
  readonly limits: ZoomLimits;
  readonly controls: ZoomControls;
}

/** Brings events into view: a selection made elsewhere, a focused event, the events of a "+N". */
export function useRevealEvents({
  model,
  roles,
  hidden,
  geometry,
  rows,
  emphasis,
  zoom,
  limits,
  controls,
}: RevealInputs): RevealEvents {
  const { width, padding } = geometry;
  const show = useCallback(
    (refs: readonly string[]) => {
      const span = unionSpan(eventStarts(model, refs, width, padding));
      if (!span) return;
      const next = zoomToShow(span, zoom, width, limits);
      if (next !== zoom) controls.zoomTo(next);
    },
    [model, width, padding, zoom, limits, controls],
  );
  const separate = useCallback(
    async (refs: readonly string[]) => {
      const span = unionSpan(eventStarts(model, refs, width, padding));
      if (!span) return;
      // Asked for only from a "+N"'s list: its search loads with it.
      const { findRevealZoom } = await import("../../timeline/findRevealZoom");
      const wanted = new Set(refs);
      const lanes = new Set(refs.map((ref) => ref.slice(0, ref.indexOf("/"))));
      // Laid out without what would be brought out anyway, for the lanes of these events only.
      const plain = { mustShow: emphasis.mustShow, promote: new Set<string>() };
      const revealed = (at: ZoomTransform) => {
        // Laid out far enough either side that events the view cannot hold at once are asked of too.
        const slack = (span.to - span.from) * at.k + width;
        const layout = layoutChart({
          model,
          roles,
          hiddenKinds: hidden,
          zoom: at,
          geometry: { ...geometry, slack },
          locale: currentLocale(),
          emphasis: plain,
          rows,
          onlyLanes: lanes,
        });
        let found = 0;
        for (const lane of layout.lanes)
          for (const mark of lane.marks) if (wanted.has(mark.ref)) found += 1;
        return found === wanted.size;
      };
      controls.zoomTo(findRevealZoom(span, zoom, width, limits, revealed));
    },
    [model, roles, hidden, geometry, rows, emphasis, zoom, width, padding, limits, controls],
  );
  return useMemo(() => ({ show, separate }), [show, separate]);
}
