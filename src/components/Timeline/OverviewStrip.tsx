import "./OverviewStrip.css";
import { type KeyboardEvent, type PointerEvent, useMemo, useRef } from "react";
import type { EventKind } from "../../data/format/schema";
import { currentLocale } from "../../i18n/locale";
import { OVERVIEW_TEXT } from "../../i18n/overview";
import type { TimelineModel } from "../../timeline/laneModels";
import type { ZoomTransform } from "../../timeline/laneScales";
import { createLaneScales } from "../../timeline/laneScales";
import { BIN_PX, densityPaths, overviewDensity } from "../../timeline/overviewDensity";
import { nearestEventX } from "../../timeline/overviewNearest";
import { alignedTicks, sequenceTicks } from "../../timeline/ticks";
import { COMPACT_ROW_HEIGHT, overviewStripHeight, ROW_HEIGHT, TOP } from "./overviewStripSize";

export interface OverviewStripProps {
  readonly model: TimelineModel;
  readonly hidden: ReadonlySet<EventKind>;
  readonly width: number;
  readonly padding: number;
  readonly zoom: ZoomTransform;
  /** The zoom that shows everything; the strip is drawn at it. */
  readonly fitAll: ZoomTransform;
  readonly onPan: (zoom: ZoomTransform) => void;
  /**
   * Thin rows and no dates, as the strip was: for a box fitted to its page
   * with no room for more (pass the same to overviewStripHeight).
   */
  readonly compact?: boolean;
}

/** Pointer travel, in pixels, beyond which a press is a drag and not a click. */
const DRAG_THRESHOLD = 3;
/** Labels are 10px: about this wide a character (digits a little wider), for keeping them inside the strip and apart. */
const CHAR_PX = 6;

interface StripLabel {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: "start" | "middle" | "end";
  /** A tick of the shared axis: where it is, which its label may be moved from to stay inside. */
  readonly tick?: number;
}

interface Rows {
  readonly rowHeight: number;
  /** The top of the row of dates, under the lanes' rows. */
  readonly axisTop: number;
  readonly bandHeight: number;
  /** The foot of a lane's band of density. */
  readonly bandBottom: (index: number) => number;
}

/** The lanes' rows: calendar lanes each have their own dates, written on their rows, so the axis's room goes to them. */
function rowsOf(laneCount: number, calendar: boolean, compact: boolean): Rows {
  if (compact) {
    const rowHeight = COMPACT_ROW_HEIGHT;
    return {
      rowHeight,
      axisTop: TOP + laneCount * rowHeight,
      bandHeight: rowHeight - 2,
      bandBottom: (index) => TOP + index * rowHeight + rowHeight - 1.5,
    };
  }
  const rowHeight =
    calendar && laneCount > 0 ? (overviewStripHeight(laneCount) - TOP) / laneCount : ROW_HEIGHT;
  return {
    rowHeight,
    axisTop: TOP + laneCount * rowHeight,
    bandHeight: rowHeight - 3,
    bandBottom: (index) => TOP + index * rowHeight + rowHeight - 2,
  };
}

/** Where a label's anchor goes so that a label of this text, centred at x if it can be, stays within [0, width]. */
function keptInside(text: string, x: number, width: number): Pick<StripLabel, "x" | "anchor"> {
  const half = (text.length * CHAR_PX) / 2;
  if (x - half < 2) return { x: Math.max(2, x - 3), anchor: "start" };
  if (x + half > width - 2) return { x: Math.min(width - 2, x + 3), anchor: "end" };
  return { x, anchor: "middle" };
}

/** The span a label covers, for its anchor. */
function extentOf(label: StripLabel): [number, number] {
  const width = label.text.length * CHAR_PX;
  const start =
    label.anchor === "start"
      ? label.x
      : label.anchor === "end"
        ? label.x - width
        : label.x - width / 2;
  return [start, start + width];
}

/** Labels kept only where they clear those kept before them: the first `first` of them (day 0), then the rest from left to right. */
function apart(labels: readonly StripLabel[], first: (label: StripLabel) => boolean, gap = 6) {
  const kept: Array<[number, number]> = [];
  const fits = (label: StripLabel) => {
    const [start, end] = extentOf(label);
    if (kept.some(([from, to]) => start < to + gap && end > from - gap)) return false;
    kept.push([start, end]);
    return true;
  };
  const chosen = new Set(labels.filter((label) => first(label) && fits(label)));
  for (const label of labels) if (!chosen.has(label) && fits(label)) chosen.add(label);
  return labels.filter((label) => chosen.has(label));
}

/** A calendar lane's first and last dates: years, or months within one year, or one label for one month. */
function rangeLabels(from: number, to: number): [string, string] {
  const year = new Intl.DateTimeFormat(currentLocale(), { year: "numeric", timeZone: "UTC" });
  const [start, end] = [year.format(from), year.format(to)];
  if (start !== end) return [start, end];
  const month = new Intl.DateTimeFormat(currentLocale(), {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  return [month.format(from), month.format(to)];
}

/**
 * Every event at a glance, taller and darker where events are many, with
 * the part the chart shows framed: drag or click the strip, or use the arrow
 * keys on the frame, to move the window. A click on an empty stretch goes to
 * the nearest events instead.
 */
export function OverviewStrip({
  model,
  hidden,
  width,
  padding,
  zoom,
  fitAll,
  onPan,
  compact = false,
}: OverviewStripProps) {
  const press = useRef<{ startX: number; offset: number; dragging: boolean } | undefined>(
    undefined,
  );
  const laneCount = model.lanes.length;
  const height = overviewStripHeight(laneCount, compact);
  const calendar = model.mode === "calendar";
  const rows = useMemo(() => rowsOf(laneCount, calendar, compact), [laneCount, calendar, compact]);
  const { rowHeight, axisTop, bandBottom } = rows;

  // Binned once per model, hidden kinds and size, never per zoom frame.
  const density = useMemo(
    () => overviewDensity(model, hidden, width, padding, fitAll),
    [model, hidden, width, padding, fitAll],
  );
  const paths = useMemo(
    () =>
      density.lanes.map((lane, index) => ({
        id: lane.id,
        d: densityPaths(lane.runs, rows.bandBottom(index), rows.bandHeight),
      })),
    [density, rows],
  );

  // The dates: the shared axis at the "fit all" zoom, or each calendar lane's first and last.
  const { labels, zeroX } = useMemo(() => {
    const { toPx, toUnits } = createLaneScales(model, width, padding, fitAll);
    const labels: StripLabel[] = [];
    if (compact) return { labels, zeroX: undefined };
    if (calendar) {
      density.lanes.forEach(({ id, spans }, index) => {
        if (!spans.units) return;
        const [from, to] = rangeLabels(...spans.units);
        const y = rows.bandBottom(index) - rows.bandHeight / 2 + 3.5;
        const x0 = spans.x0[0] ?? 0;
        const x1 = spans.x1.reduce((max, x) => Math.max(max, x), x0);
        // Outside the lane's first and last events where there is room, else just inside them:
        // never over the bins that draw them.
        const fromWidth = from.length * CHAR_PX + BIN_PX + 2;
        labels.push(
          x0 - fromWidth >= 2
            ? { key: `${id}-from`, x: x0 - BIN_PX - 2, y, text: from, anchor: "end" }
            : { key: `${id}-from`, x: x0 + BIN_PX + 4, y, text: from, anchor: "start" },
        );
        if (to === from) return;
        const toWidth = to.length * CHAR_PX + BIN_PX + 4;
        labels.push(
          x1 + toWidth <= width - 2
            ? { key: `${id}-to`, x: x1 + BIN_PX + 4, y, text: to, anchor: "start" }
            : { key: `${id}-to`, x: x1 - BIN_PX - 4, y, text: to, anchor: "end" },
        );
      });
      return { labels, zeroX: undefined };
    }
    const first = model.lanes.find((lane) => lane.events.length > 0) ?? model.lanes[0];
    if (!first) return { labels, zeroX: undefined };
    const window: [number, number] = [toUnits(first, 0), toUnits(first, width)];
    // About one label per 90 pixels, and about six on a phone's narrow strip.
    const spacing = Math.max(56, Math.min(90, width / 6));
    const ticks =
      model.mode === "aligned"
        ? alignedTicks(window, width, spacing)
        : sequenceTicks(window, width, spacing);
    for (const tick of ticks) {
      const px = toPx(first, tick.value);
      if (px < 0 || px > width) continue;
      labels.push({
        key: `tick-${tick.value}`,
        y: rows.axisTop + 13,
        text: tick.label,
        tick: px,
        ...keptInside(tick.label, px, width),
      });
    }
    const zero = toPx(first, 0);
    return {
      labels: apart(
        labels,
        (label) => label.tick !== undefined && Math.abs(label.tick - zero) < 0.5,
      ),
      zeroX: model.mode === "aligned" && zero >= 0 && zero <= width ? zero : undefined,
    };
  }, [model, width, padding, fitAll, calendar, compact, density, rows]);

  // From the chart's screen pixels to the strip's, which is drawn at the zoom that fits all.
  const toOverview = (px: number) => ((px - zoom.x * width) / zoom.k) * fitAll.k + fitAll.x * width;
  const left = Math.max(0, toOverview(0));
  const right = Math.min(width, toOverview(width));
  const centreTo = (overviewX: number) =>
    onPan({
      k: zoom.k,
      x: (width / 2 - ((overviewX - fitAll.x * width) * zoom.k) / fitAll.k) / width,
    });
  const localX = (event: PointerEvent<SVGSVGElement>) =>
    event.clientX - event.currentTarget.getBoundingClientRect().left;

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.pointerType === "mouse" && event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const x = localX(event);
    // Grabbed by the frame, the window keeps its place under the pointer; elsewhere it comes to it.
    const offset = x >= left && x <= right ? x - (left + right) / 2 : 0;
    press.current = { startX: x, offset, dragging: false };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const current = press.current;
    if (!current) return;
    const x = localX(event);
    if (!current.dragging && Math.abs(x - current.startX) <= DRAG_THRESHOLD) return;
    current.dragging = true;
    centreTo(x - current.offset);
  };
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    const current = press.current;
    press.current = undefined;
    if (!current || current.dragging) return;
    // A click centres the window there, unless that shows no event: then on the nearest one.
    const x = localX(event);
    const halfWidth = ((width / zoom.k) * fitAll.k) / 2;
    const nearest = nearestEventX(
      density.lanes.map((lane) => lane.spans),
      x,
      halfWidth,
    );
    centreTo(nearest ?? x);
  };
  const onPointerCancel = () => {
    press.current = undefined;
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
      onPointerCancel={onPointerCancel}
    >
      <title>{OVERVIEW_TEXT.title}</title>
      <g aria-hidden="true">
        {paths.map((lane, index) => {
          const spans = density.lanes[index]?.spans;
          const episode = model.lanes[index]?.episode.label ?? lane.id;
          const [from, to] = spans?.units && calendar ? rangeLabels(...spans.units) : [];
          return (
            <g key={lane.id} className="echoes-overview-strip__lane" data-episode={lane.id}>
              <title>{from && to ? OVERVIEW_TEXT.laneRange(episode, from, to) : episode}</title>
              <rect
                className="echoes-overview-strip__row"
                x={0}
                y={TOP + index * rowHeight}
                width={width}
                height={rowHeight}
              />
              <line
                className="echoes-overview-strip__baseline"
                x1={0}
                x2={width}
                y1={bandBottom(index) + 0.5}
                y2={bandBottom(index) + 0.5}
              />
              {lane.d.map((d, level) =>
                d ? (
                  <path
                    // biome-ignore lint/suspicious/noArrayIndexKey: one path per step of density, in order.
                    key={level}
                    className={`echoes-overview-strip__density is-level-${level + 1}`}
                    d={d}
                  />
                ) : null,
              )}
            </g>
          );
        })}
        {zeroX === undefined ? null : (
          <line
            className="echoes-overview-strip__zero"
            x1={zeroX}
            x2={zeroX}
            y1={TOP}
            y2={axisTop + 3}
          />
        )}
        <g className="echoes-overview-strip__ticks">
          {labels.map((label) =>
            label.tick === undefined ? null : (
              <line key={label.key} x1={label.tick} x2={label.tick} y1={axisTop} y2={axisTop + 3} />
            ),
          )}
        </g>
      </g>
      <rect
        className="echoes-overview-strip__window"
        x={left}
        y={0.5}
        width={Math.max(4, right - left)}
        height={height - 1}
        role="slider"
        tabIndex={0}
        aria-label={OVERVIEW_TEXT.window}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, Math.max(0, percent))}
        aria-valuetext={OVERVIEW_TEXT.position(Math.round(((right - left) / width) * 100), percent)}
        onKeyDown={onKeyDown}
      />
      <g className="echoes-overview-strip__labels" aria-hidden="true">
        {labels.map((label) => (
          <text key={label.key} x={label.x} y={label.y} textAnchor={label.anchor}>
            {label.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
