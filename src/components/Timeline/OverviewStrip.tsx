import { type KeyboardEvent, type PointerEvent, useMemo, useRef } from "react";
import type { EventKind } from "../../data/schema";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import type { ZoomState } from "../../store/slices/viewSlice";
import type { TimelineModel } from "../../timeline/laneModels";
import { createLaneScales, mergeSpans } from "../../timeline/layoutChart";

export interface OverviewStripProps {
  readonly model: TimelineModel;
  readonly hidden: ReadonlySet<EventKind>;
  readonly width: number;
  readonly padding: number;
  readonly zoom: ZoomState;
  /** The zoom that shows everything; the strip is drawn at it. */
  readonly fitAll: ZoomState;
  readonly onPan: (zoom: ZoomState) => void;
}

const LANE_HEIGHT = 7;

/** The strip's height for a number of lanes, which a chart fitted to its box leaves room for. */
export function overviewStripHeight(laneCount: number): number {
  return laneCount * LANE_HEIGHT + 6;
}

/**
 * Every event at a glance, with the part the chart shows framed: drag or
 * click the strip, or use the arrow keys on the frame, to move the window.
 */
export function OverviewStrip({
  model,
  hidden,
  width,
  padding,
  zoom,
  fitAll,
  onPan,
}: OverviewStripProps) {
  const dragging = useRef(false);
  const height = overviewStripHeight(model.lanes.length);

  // Drawn once per model and size, not per zoom frame: one path per lane.
  const paths = useMemo(() => {
    const { toPx } = createLaneScales(model, width, padding, fitAll);
    return model.lanes.map((lane, index) => {
      const y = 3 + index * LANE_HEIGHT;
      const spans = lane.events
        .filter((event) => !hidden.has(event.event.kind))
        .map((event): [number, number] => {
          const x0 = toPx(lane, event.u0);
          return [x0, Math.max(x0 + 1.5, toPx(lane, event.u1))];
        });
      const d = mergeSpans(spans)
        .map(
          ([x0, x1]) =>
            `M${x0.toFixed(1)},${y}H${x1.toFixed(1)}v${LANE_HEIGHT - 2}H${x0.toFixed(1)}Z`,
        )
        .join("");
      return { id: lane.episode.id, d };
    });
  }, [model, hidden, width, padding, fitAll]);

  const toOverview = (px: number) => ((px - zoom.x) / zoom.k) * fitAll.k + fitAll.x;
  const left = Math.max(0, toOverview(0));
  const right = Math.min(width, toOverview(width));
  const centreTo = (overviewX: number) =>
    onPan({ k: zoom.k, x: width / 2 - ((overviewX - fitAll.x) * zoom.k) / fitAll.k });

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    dragging.current = true;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    centreTo(event.clientX - event.currentTarget.getBoundingClientRect().left);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (dragging.current)
      centreTo(event.clientX - event.currentTarget.getBoundingClientRect().left);
  };
  const onPointerUp = () => {
    dragging.current = false;
  };
  const onKeyDown = (event: KeyboardEvent<SVGRectElement>) => {
    const step = (right - left) / 4 || width / 20;
    const centre = (left + right) / 2;
    if (event.key === "ArrowLeft") centreTo(centre - step);
    else if (event.key === "ArrowRight") centreTo(centre + step);
    else return;
    event.preventDefault();
  };

  const percent = Math.round(((left + right) / 2 / width) * 100);
  return (
    <svg
      className="echoes-overview-strip"
      width={width}
      height={height}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <title>{TIMELINE_TEXT.overview.title}</title>
      {paths.map((path) => (
        <path key={path.id} d={path.d} className="echoes-overview-strip__events" />
      ))}
      <rect
        className="echoes-overview-strip__window"
        x={left}
        y={0.5}
        width={Math.max(4, right - left)}
        height={height - 1}
        role="slider"
        tabIndex={0}
        aria-label={TIMELINE_TEXT.overview.window}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, Math.max(0, percent))}
        aria-valuetext={TIMELINE_TEXT.overview.position(
          Math.round(((right - left) / width) * 100),
          percent,
        )}
        onKeyDown={onKeyDown}
      />
    </svg>
  );
}
