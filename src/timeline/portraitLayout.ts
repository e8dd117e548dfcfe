import type { AnalogyRole, EventKind } from "../data/format/schema";
import type { Stretch } from "./dayZeroRule";
import type { Emphasis } from "./emphasis";
import {
  type LaneModel,
  type PositionedEvent,
  type TimelineModel,
  unitSpan,
  visibleEvents,
} from "./laneModels";
import { createLaneScales, type ZoomTransform } from "./laneScales";
import { wrapLabel } from "./portraitLabel";
import type { PlacedTick } from "./sharedAxis";
import { eventRank, refsPlayingARole } from "./significance";
import type { TextMeasure } from "./textWidth";
import { alignedTicks, type CalendarTickFunction, sequenceTicks } from "./ticks";

/** Sizes of the portrait chart, in pixels. */
export const PORTRAIT = {
  /** The shared axis's labels, left of the columns. */
  gutter: 40,
  /** Time's room before the first event and after the last, as the wide chart's padding. */
  padding: 16,
  /** From a column's left edge to the centre of its symbols. */
  track: 10,
  /** From a column's left edge to its labels. */
  text: 21,
  /** Kept clear at a column's right edge. */
  right: 4,
  /** Between the centres of two symbols in a column. */
  symbolGap: 14,
  lineHeight: 14,
  maxLines: 3,
  /** How far a label may move from its symbol, with a leader line, to find room. */
  maxShift: 40,
  /** Between two labels, or a label and a "+N". */
  labelGap: 2,
  /** From a column's left edge to a lone folded event's symbol, drawn beside the others. */
  side: 29,
  /** Folded events this close together share one "+N". */
  clusterReach: 40,
  badgeHeight: 18,
  /** The wanted room between the shared axis's ticks. */
  tickSpacing: 56,
} as const;

export interface PortraitMark {
  readonly ref: string;
  readonly event: PositionedEvent;
  /** The symbol's centre. */
  readonly x: number;
  readonly y: number;
  /** Where a span's or a period's bar ends; y for a point. */
  readonly yEnd: number;
  /** The label's lines, none for a mark drawn alone. */
  readonly label: readonly string[];
  /** The centre of the label's first line. */
  readonly labelY: number;
  readonly labelX: number;
  /** The widest of its lines. */
  readonly labelWidth: number;
}

export interface PortraitCluster {
  readonly refs: readonly string[];
  /** The left of its badge, and its centre down the column. */
  readonly x: number;
  readonly y: number;
}

export interface PortraitLane {
  readonly lane: LaneModel;
  /** The column's left edge and width. */
  readonly x: number;
  readonly width: number;
  readonly marks: readonly PortraitMark[];
  readonly clusters: readonly PortraitCluster[];
  /** A calendar column's own dates. */
  readonly ticks: readonly PlacedTick[];
  /** Day 0 as a band down the column, where the lane's anchor is known only to its month or year. */
  readonly dayZeroBand: { readonly y0: number; readonly y1: number } | undefined;
}

export interface PortraitLayout {
  readonly lanes: readonly PortraitLane[];
  /** The axis down the gutter, shared by the columns in the aligned and sequence modes. */
  readonly ticks: readonly PlacedTick[];
  /** Day 0's row in the aligned mode. */
  readonly zeroY: number | undefined;
  /** Where day 0's rule is left out, across the chart: the columns whose day 0 is a band. */
  readonly dayZeroGaps: readonly Stretch[];
}

export interface PortraitGeometry {
  readonly width: number;
  /** The frame's height: the zoom's width (portraitView.ts). */
  readonly length: number;
  /** The stretch of content to lay out, from its top: the view and some way either side. */
  readonly from: number;
  readonly to: number;
}

export interface PortraitLayoutOptions {
  readonly model: TimelineModel;
  readonly roles: readonly AnalogyRole[];
  readonly hiddenKinds: ReadonlySet<EventKind>;
  /** The zoom of the scrolled content (see portraitScroll). */
  readonly contentZoom: ZoomTransform;
  readonly geometry: PortraitGeometry;
  readonly measure: TextMeasure;
  readonly emphasis: Emphasis;
  readonly locale: string;
  /** The calendar axis's ticks, once loaded (see loadCalendarTicks): without them, calendar columns have none. */
  readonly calendarTicks?: CalendarTickFunction;
}

/** The gutter holds the shared axis; calendar columns each carry their own dates. */
export function portraitGutter(mode: TimelineModel["mode"]): number {
  return mode === "calendar" ? 0 : PORTRAIT.gutter;
}

/** The columns' left edges and width: the gutter's axis, then one column per lane. */
export function portraitColumns(
  laneCount: number,
  width: number,
  gutter: number,
): { readonly x: (index: number) => number; readonly width: number } {
  const columnWidth = (width - gutter) / Math.max(1, laneCount);
  return { x: (index) => gutter + index * columnWidth, width: columnWidth };
}

interface Candidate {
  readonly event: PositionedEvent;
  readonly y: number;
  /** How far down its symbol may go: to the end of its day, for an event dated to the day. */
  readonly latest: number;
  readonly yEnd: number;
  /** 3 the lane's day-0 anchor, on day 0's row; 2 drawn whatever the crowding; 1 brought out; 0 as room allows. */
  readonly priority: number;
  readonly rank: number;
}

/** Intervals down a column taken by labels, "+N"s and dates. */
class Occupancy {
  private readonly taken: Array<readonly [number, number]> = [];
  constructor(
    private readonly top: number,
    private readonly bottom: number,
    private readonly gap: number,
  ) {}
  free(from: number, to: number): boolean {
    return (
      from >= this.top &&
      to <= this.bottom &&
      this.taken.every(([a, b]) => to + this.gap <= a || from >= b + this.gap)
    );
  }
  take(from: number, to: number) {
    this.taken.push([from, to]);
  }
  /** The first free place, from `from` down to `to`, for a block of `height` centred there. */
  firstFree(from: number, to: number, height: number): number | undefined {
    for (let at = from; at <= to; at += 1) {
      if (this.free(at - height / 2, at + height / 2)) return at;
    }
    return undefined;
  }
  /** The nearest free place for a block of `height` whose ideal top is `top`, within `reach`. */
  nearest(top: number, height: number, reach: number): number | undefined {
    for (let shift = 0; shift <= reach; shift += 1) {
      for (const at of shift === 0 ? [top] : [top + shift, top - shift]) {
        if (this.free(at, at + height)) return at;
      }
    }
    return undefined;
  }
}

/** The first free place for a symbol in [from, to], away from the placed ones. */
function symbolSpot(placed: readonly number[], from: number, to: number, gap: number) {
  const free = (y: number) => placed.every((other) => Math.abs(other - y) >= gap - 1e-6);
  if (free(from)) return from;
  let best: number | undefined;
  for (const other of placed) {
    const after = other + gap;
    if (after >= from && after <= to && free(after) && (best === undefined || after < best))
      best = after;
  }
  return best;
}

/** Events that could not be drawn, in time order, in runs that each fold into one "+N". */
function foldRuns(folded: readonly Candidate[], reach: number): Candidate[][] {
  const runs: Candidate[][] = [];
  for (const candidate of [...folded].sort((a, b) => a.y - b.y)) {
    const run = runs.at(-1);
    const first = run?.[0];
    if (run && first && candidate.y - first.y <= reach) run.push(candidate);
    else runs.push([candidate]);
  }
  return runs;
}

/**
 * Lays out the portrait chart: time runs down, one column per lane. Symbols
 * sit at their moment (an event dated to the day anywhere in its day, as its
 * hour is not known), the day-0 anchors and a stop's evidence first, then the
 * selection and what is lit, then by rank; what has no room folds into "+N".
 * Labels go beside their symbols in the same order, wrapped at words to three
 * lines, moved with a leader line where their own place is taken, else fewer
 * lines, else none. Pure: pixels down the scrolled content, from its top.
 */
export function layoutPortrait({
  model,
  roles,
  hiddenKinds: hidden,
  contentZoom,
  geometry,
  measure,
  emphasis,
  locale,
  calendarTicks,
}: PortraitLayoutOptions): PortraitLayout {
  const { width, length, from, to } = geometry;
  const columns = portraitColumns(model.lanes.length, width, portraitGutter(model.mode));
  const { toPx, toUnits } = createLaneScales(model, length, PORTRAIT.padding, contentZoom);
  const members = refsPlayingARole(roles);
  const labelWidth = columns.width - PORTRAIT.text - PORTRAIT.right;
  const day = unitSpan(model.mode);

  const lanes = model.lanes.map((lane, index): PortraitLane => {
    const x = columns.x(index);
    const ticks =
      model.mode === "calendar" && calendarTicks
        ? calendarTicks(
            [toUnits(lane, from), toUnits(lane, to)],
            to - from,
            locale,
            PORTRAIT.tickSpacing * 2,
          ).map((tick) => ({ ...tick, px: toPx(lane, tick.value) }))
        : [];
    const candidates = visibleEvents(lane, toUnits(lane, from), toUnits(lane, to))
      .filter((event) => !hidden.has(event.event.kind))
      .map((event): Candidate => {
        const y = toPx(lane, event.u0);
        const dayLong =
          model.mode === "sequence"
            ? event.extent !== "period"
            : event.extent !== "period" && event.event.date.precision === "day";
        const anchor = model.mode === "aligned" && event.ref === lane.anchor.anchor?.ref;
        const ofDay = dayLong && !anchor ? toPx(lane, event.u0 + day * 0.9) : y;
        return {
          event,
          y,
          latest: ofDay,
          yEnd: event.extent === "point" ? y : toPx(lane, event.u1),
          priority: anchor
            ? 3
            : emphasis.mustShow.has(event.ref)
              ? 2
              : emphasis.promote.has(event.ref)
                ? 1
                : 0,
          rank: eventRank(event.event, members.has(event.ref)),
        };
      })
      .sort((a, b) => b.priority - a.priority || b.rank - a.rank || a.y - b.y);

    // Symbols, most wanted first.
    const symbols: number[] = [];
    const drawn: Array<{
      readonly candidate: Candidate;
      readonly y: number;
      /** Drawn beside the column's symbols, without a label: it had no room among them. */
      readonly aside?: boolean;
    }> = [];
    const folded: Candidate[] = [];
    for (const candidate of candidates) {
      const spot = symbolSpot(symbols, candidate.y, candidate.latest, PORTRAIT.symbolGap);
      const y = spot ?? (candidate.priority >= 2 ? candidate.y : undefined);
      if (y === undefined) {
        folded.push(candidate);
        continue;
      }
      symbols.push(y);
      drawn.push({ candidate, y });
    }

    // Beside the symbols: a calendar column's dates, then labels and "+N"s.
    const beside = new Occupancy(from, to, PORTRAIT.labelGap);
    for (const tick of ticks) beside.take(tick.px - PORTRAIT.lineHeight, tick.px);
    const labels = new Map<string, { readonly lines: readonly string[]; readonly top: number }>();
    const placeLabel = ({ candidate, y }: (typeof drawn)[number]) => {
      const title = candidate.event.event.title;
      const whole = wrapLabel(title, labelWidth, PORTRAIT.maxLines, measure);
      for (let lines = whole.lines.length; lines >= 1; lines -= 1) {
        const wrapped =
          lines === whole.lines.length ? whole : wrapLabel(title, labelWidth, lines, measure);
        if (wrapped.lines.length === 0) return;
        const height = wrapped.lines.length * PORTRAIT.lineHeight;
        const top = beside.nearest(y - PORTRAIT.lineHeight / 2, height, PORTRAIT.maxShift);
        if (top !== undefined) {
          beside.take(top, top + height);
          labels.set(candidate.event.ref, { lines: wrapped.lines, top });
          return;
        }
      }
    };
    for (const mark of drawn) if (mark.candidate.priority > 0) placeLabel(mark);
    const clusters: PortraitCluster[] = [];
    for (const run of foldRuns(folded, PORTRAIT.clusterReach)) {
      // A lone event is drawn beside the others, where a "+1" would take the same room.
      const [lone] = run;
      const barLength = lone ? lone.yEnd - lone.y : 0;
      const asideAt =
        run.length === 1 && lone?.event.extent !== "period" && barLength <= PORTRAIT.maxShift
          ? beside.firstFree(lone?.y ?? 0, lone?.latest ?? 0, PORTRAIT.symbolGap + 2 * barLength)
          : undefined;
      if (lone && asideAt !== undefined) {
        beside.take(
          asideAt - PORTRAIT.symbolGap / 2 - barLength,
          asideAt + PORTRAIT.symbolGap / 2 + barLength,
        );
        drawn.push({ candidate: lone, y: asideAt, aside: true });
        continue;
      }
      const middle = run.reduce((sum, candidate) => sum + candidate.y, 0) / run.length;
      const half = PORTRAIT.badgeHeight / 2;
      const top =
        beside.nearest(middle - half, PORTRAIT.badgeHeight, PORTRAIT.maxShift * 3) ?? middle - half;
      beside.take(top, top + PORTRAIT.badgeHeight);
      clusters.push({
        refs: run
          .sort((a, b) => a.event.u0 - b.event.u0 || a.event.order - b.event.order)
          .map((candidate) => candidate.event.ref),
        x: x + PORTRAIT.text + 2,
        y: top + half,
      });
    }
    for (const mark of drawn) if (mark.candidate.priority === 0 && !mark.aside) placeLabel(mark);

    const marks = drawn
      .map(({ candidate, y, aside }): PortraitMark => {
        const label = labels.get(candidate.event.ref);
        return {
          ref: candidate.event.ref,
          event: candidate.event,
          x: x + (aside ? PORTRAIT.side : PORTRAIT.track),
          y,
          yEnd: Math.max(y, candidate.yEnd),
          label: label?.lines ?? [],
          labelY: (label?.top ?? y - PORTRAIT.lineHeight / 2) + PORTRAIT.lineHeight / 2,
          labelX: x + PORTRAIT.text,
          labelWidth: Math.max(0, ...(label?.lines ?? []).map(measure)),
        };
      })
      .sort((a, b) => a.event.u0 - b.event.u0 || a.event.order - b.event.order);
    // The largest fold first: what hides the most is what a screen reader meets first.
    clusters.sort((a, b) => b.refs.length - a.refs.length || a.y - b.y);
    const zeroPeriod = model.mode === "aligned" ? lane.anchor.zeroPeriod : undefined;
    const dayZeroBand = zeroPeriod && {
      y0: toPx(lane, zeroPeriod[0]),
      y1: toPx(lane, zeroPeriod[1]),
    };
    return { lane, x, width: columns.width, marks, clusters, ticks, dayZeroBand };
  });

  const first = model.lanes.find((lane) => lane.events.length > 0) ?? model.lanes[0];
  let ticks: PlacedTick[] = [];
  if (first && model.mode !== "calendar") {
    const window: [number, number] = [toUnits(first, from), toUnits(first, to)];
    const found =
      model.mode === "aligned"
        ? alignedTicks(window, to - from, PORTRAIT.tickSpacing)
        : sequenceTicks(window, to - from, PORTRAIT.tickSpacing);
    ticks = found.map((tick) => ({ ...tick, px: toPx(first, tick.value) }));
  }
  const zeroY = model.mode === "aligned" && first ? toPx(first, 0) : undefined;
  const dayZeroGaps = lanes.flatMap((lane) =>
    lane.dayZeroBand ? [[lane.x, lane.x + lane.width] as const] : [],
  );
  return { lanes, ticks, zeroY, dayZeroGaps };
}
