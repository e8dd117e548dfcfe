import {
  type KeyboardEvent,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { AnalogyRole, Episode } from "../../data/schema";
import { LOCALE } from "../../i18n/locale";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import type { EchoesState } from "../../store/createEchoesStore";
import { useEchoes } from "../../store/EchoesProvider";
import {
  selectHiddenKinds,
  selectHighlightedRoleId,
  selectMode,
  selectPendingWindow,
  selectSelectedRef,
  selectZoom,
} from "../../store/selectors";
import type { ZoomState } from "../../store/slices/viewSlice";
import { buildTimelineModel, type TimelineModel } from "../../timeline/laneModels";
import {
  type ChartLayout,
  chartHeight,
  DEFAULT_GEOMETRY,
  fitAllTransform,
  fitChart,
  layoutChart,
  rowsFor,
  sharedAxisTicks,
  windowTransform,
  zoomLimits,
} from "../../timeline/layoutChart";
import { type NavigationKey, navigateFrom } from "../../timeline/navigate";
import { calendarTicksLoaded, loadCalendarTicks } from "../../timeline/ticks";
import { EventMark } from "./EventMark";
import { OverviewStrip, overviewStripHeight } from "./OverviewStrip";
import { useElementSize } from "./useElementSize";
import { usePageFirstGestures } from "./usePageFirstGestures";
import { useZoomBehavior, type ZoomControls } from "./useZoomBehavior";

export interface TimelineChartProps {
  /** The episodes to draw, in lane order. */
  readonly episodes: readonly Episode[];
  readonly roles: readonly AnalogyRole[];
  readonly alignRoleId: string | undefined;
  /** Events lit up by a role or an article passage pointed at. */
  readonly lit: ReadonlySet<string>;
  /** The events of the pinned article passage, brought into view together. */
  readonly pinnedRefs: readonly string[];
  /** Receives the zoom controls, for the buttons beside the chart. */
  readonly onZoomControls?: (controls: ZoomControls) => void;
  /** Inside another page: the wheel and one finger scroll the page until the chart is clicked or focused. */
  readonly pageFirst?: boolean;
  /**
   * Fit the height of the chart's frame, as an embed's box must be fitted,
   * with fewer rows per lane (and more "+N") where the usual ones do not fit.
   */
  readonly fitHeight?: boolean;
  /** Receives the height the chart would take with the usual rows, which a fitted chart may not have. */
  readonly onNaturalHeight?: (height: number) => void;
  /** Called once, when the chart has first drawn its marks: what can wait, waits for it. */
  readonly onFirstDraw?: () => void;
}

const selectSetZoom = (state: EchoesState) => state.setZoom;
const selectSelectEvent = (state: EchoesState) => state.selectEvent;
const TRANSITION_MS = 500;
/** Read by scripts/bench.ts. */
const TIMELINE_RENDERED_MARK = "echoes:timeline-rendered";
/** The frame's top and bottom borders, which a fitted chart leaves room for. */
const FRAME_BORDERS = 2;
const NAVIGATION_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"]);

/** Marks drawn within the view (the layout also holds marks in the slack beyond it). */
function placedRefs(
  layout: ChartLayout,
  toScreen: (px: number) => number,
  width: number,
): Set<string> {
  return new Set(
    layout.lanes.flatMap((lane) =>
      lane.marks
        .filter((mark) => toScreen(mark.x0) >= 0 && toScreen(mark.x0) <= width)
        .map((mark) => mark.ref),
    ),
  );
}

interface LayoutAnchor {
  readonly zoom: ZoomState;
  /** Pixels laid out beyond each side of the view. */
  readonly slack: number;
}

/** A zoom gesture is over when the scale has not changed for this long. */
const GESTURE_IDLE_MS = 150;
/** How far a gesture may scale the laid-out marks before they are laid out again. */
const MAX_GESTURE_RATIO = 8;

/**
 * The zoom the marks were laid out at. A pan only moves them; during a zoom
 * gesture they are scaled as one (their symbols and labels kept at their own
 * size) and laid out again when the gesture pauses or has gone far. So a zoom
 * frame costs one transform, not a layout.
 */
function useLayoutAnchor(zoom: ZoomState, width: number): LayoutAnchor {
  const anchor = useRef<LayoutAnchor>({ zoom, slack: width / 4 });
  const lastScale = useRef({ k: zoom.k, at: Number.NEGATIVE_INFINITY });
  const [, settle] = useState(0);
  const current = anchor.current;
  if (zoom.k !== current.zoom.k) {
    const now = performance.now();
    const ratio = zoom.k / current.zoom.k;
    const changing = zoom.k !== lastScale.current.k;
    if (changing) lastScale.current = { k: zoom.k, at: now };
    const paused = !changing && now - lastScale.current.at >= GESTURE_IDLE_MS;
    if (paused || ratio > MAX_GESTURE_RATIO || ratio < 1 / MAX_GESTURE_RATIO) {
      anchor.current = { zoom, slack: width / 4 };
    }
  } else if (Math.abs(zoom.x - current.zoom.x) > current.slack * 0.75) {
    anchor.current = { zoom, slack: width };
  }
  const scaled = zoom.k !== anchor.current.zoom.k;
  useEffect(() => {
    if (!scaled) return;
    const timer = setTimeout(() => settle((count) => count + 1), GESTURE_IDLE_MS + 10);
    return () => clearTimeout(timer);
  });
  return anchor.current;
}

export function TimelineChart(props: TimelineChartProps) {
  const { episodes, roles, alignRoleId, fitHeight } = props;
  const [containerRef, size] = useElementSize<HTMLDivElement>();
  const mode = useEchoes(selectMode);
  const model = useMemo(
    () => buildTimelineModel(episodes, roles, mode, alignRoleId),
    [episodes, roles, mode, alignRoleId],
  );
  // The chart and its overview strip with the usual rows (a fitted chart may have fewer).
  const naturalHeight = useMemo(
    () =>
      chartHeight(model, rowsFor(model.lanes.length), DEFAULT_GEOMETRY) +
      overviewStripHeight(model.lanes.length),
    [model],
  );
  // Laid out once its width is known, rather than first at a guess and again at the real width;
  // until then the frame keeps the chart's height, so that nothing below it moves when it comes.
  return (
    <div ref={containerRef} className={`echoes-chart-frame${fitHeight ? " is-fitted" : ""}`}>
      {size === undefined ? (
        <div style={fitHeight ? undefined : { height: naturalHeight }} />
      ) : (
        <ChartBody
          {...props}
          model={model}
          naturalHeight={naturalHeight}
          width={size.width}
          fitTo={fitHeight ? size.height : undefined}
        />
      )}
    </div>
  );
}

function ChartBody({
  model,
  naturalHeight,
  roles,
  alignRoleId,
  lit,
  pinnedRefs,
  onZoomControls,
  pageFirst = false,
  onNaturalHeight,
  onFirstDraw,
  width,
  fitTo,
}: TimelineChartProps & {
  readonly model: TimelineModel;
  /** The chart's height with its overview strip and the usual rows. */
  readonly naturalHeight: number;
  readonly width: number;
  readonly fitTo: number | undefined;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { mode } = model;
  const viewZoom = useEchoes(selectZoom);
  const pendingWindow = useEchoes(selectPendingWindow);
  const hiddenKinds = useEchoes(selectHiddenKinds);
  const selectedRef = useEchoes(selectSelectedRef);
  const highlightedRoleId = useEchoes(selectHighlightedRoleId);
  const setViewZoom = useEchoes(selectSetZoom);
  const setZoom = useCallback(
    (next: ZoomState) => setViewZoom({ k: next.k, x: next.x / width }),
    [setViewZoom, width],
  );
  const selectEvent = useEchoes(selectSelectEvent);
  const [focusedRef, setFocusedRef] = useState<string | undefined>(undefined);
  const [animating, setAnimating] = useState(false);

  // A lesson's window is drawn at once, then kept in the store as the zoom it makes at this width.
  const windowZoom = useMemo(
    () =>
      pendingWindow && mode === "aligned"
        ? windowTransform(model, pendingWindow, width, DEFAULT_GEOMETRY.padding)
        : undefined,
    [pendingWindow, mode, model, width],
  );
  // The store keeps the translation as a share of the width, so a window survives a resize or a link.
  const zoom = useMemo(
    () => windowZoom ?? { k: viewZoom.k, x: viewZoom.x * width },
    [windowZoom, viewZoom, width],
  );
  // A lesson's window is the author's choice: the selection that comes with it is not moved into view over it.
  const windowShown = useRef(false);
  useLayoutEffect(() => {
    if (!windowZoom) return;
    windowShown.current = true;
    setZoom(windowZoom);
  }, [windowZoom, setZoom]);
  const hidden = useMemo(() => new Set(hiddenKinds), [hiddenKinds]);
  const stripHeight = overviewStripHeight(model.lanes.length);
  const { geometry: spacing, rows } = useMemo(
    () =>
      fitTo === undefined
        ? { geometry: DEFAULT_GEOMETRY, rows: rowsFor(model.lanes.length) }
        : fitChart(model, fitTo - stripHeight - FRAME_BORDERS),
    [model, fitTo, stripHeight],
  );
  // A fitted embed asks its page for what the chart would take with the usual rows.
  useEffect(() => {
    onNaturalHeight?.(naturalHeight + FRAME_BORDERS);
  }, [onNaturalHeight, naturalHeight]);
  const geometry = useMemo(() => ({ ...spacing, width }), [spacing, width]);
  // A new layout is made in the background, in short slices between gesture frames, which go on
  // moving and scaling the current one until it is ready.
  const anchor = useDeferredValue(useLayoutAnchor(zoom, width));
  const priority = useMemo(
    () => new Set([...(selectedRef ? [selectedRef] : []), ...pinnedRefs]),
    [selectedRef, pinnedRefs],
  );
  // The calendar axis's ticks come with a module of their own, loaded when first needed.
  const [calendarReady, setCalendarReady] = useState(calendarTicksLoaded);
  useEffect(() => {
    if (mode !== "calendar" || calendarReady) return;
    let current = true;
    void loadCalendarTicks().then(() => {
      if (current) setCalendarReady(true);
    });
    return () => {
      current = false;
    };
  }, [mode, calendarReady]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: calendarReady says the calendar's ticks, which layoutChart reads from their module, have arrived.
  const layout = useMemo(
    () =>
      layoutChart(
        model,
        roles,
        hidden,
        anchor.zoom,
        { ...geometry, slack: anchor.slack },
        LOCALE,
        priority,
        rows,
      ),
    [model, roles, hidden, anchor, geometry, priority, rows, calendarReady],
  );
  // Where laid-out pixels are now: a pan shifts them, a zoom gesture scales them about the layout's origin.
  const ratio = zoom.k / anchor.zoom.k;
  const toScreen = (px: number) => ratio * (px - anchor.zoom.x) + zoom.x;
  const axisTicks = useMemo(
    () => sharedAxisTicks(model, zoom, width, geometry.padding),
    [model, zoom, width, geometry.padding],
  );
  const limits = useMemo(
    () => zoomLimits(model, width, geometry.padding),
    [model, width, geometry.padding],
  );
  const fitAll = useMemo(
    () => fitAllTransform(model, width, geometry.padding),
    [model, width, geometry.padding],
  );
  // Marks the first complete render of the timeline, for the benchmark (npm run bench).
  const rendered = useRef(false);
  useEffect(() => {
    if (rendered.current || !layout.lanes.some((lane) => lane.marks.length > 0)) return;
    rendered.current = true;
    requestAnimationFrame(() => {
      performance.mark(TIMELINE_RENDERED_MARK);
      onFirstDraw?.();
    });
  }, [layout, onFirstDraw]);

  const gestures = usePageFirstGestures(svgRef, pageFirst);
  const controls = useZoomBehavior(
    svgRef,
    width,
    limits,
    fitAll,
    zoom,
    setZoom,
    gestures.wheelZooms,
  );

  useEffect(() => {
    onZoomControls?.(controls);
  }, [controls, onZoomControls]);

  // Marks glide to their new places when the axis changes, not on every zoom frame.
  const axisKey = `${mode}|${alignRoleId}`;
  const previousAxis = useRef(axisKey);
  useEffect(() => {
    if (previousAxis.current === axisKey) return;
    previousAxis.current = axisKey;
    setAnimating(true);
    const timer = setTimeout(() => setAnimating(false), TRANSITION_MS);
    return () => clearTimeout(timer);
  }, [axisKey]);

  // While a zoom gesture scales the laid-out marks, each glyph keeps its own size. Set on the glyphs
  // themselves, not as a variable on the content that every element under it would be restyled for.
  const contentRef = useRef<SVGGElement>(null);
  // Found once per layout, not on every frame of the gesture.
  const glyphs = useRef<SVGGElement[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new layout brings new glyphs.
  useLayoutEffect(() => {
    glyphs.current = [
      ...(contentRef.current?.querySelectorAll<SVGGElement>(".echoes-glyph") ?? []),
    ];
  }, [layout]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new layout brings new glyphs to set.
  useLayoutEffect(() => {
    const unscale = ratio === 1 ? "" : `scaleX(${1 / ratio})`;
    for (const glyph of glyphs.current) glyph.style.transform = unscale;
  }, [ratio, layout]);

  const placed = placedRefs(layout, toScreen, width);
  const tabbableRef =
    [focusedRef, selectedRef].find((ref) => ref !== undefined && placed.has(ref)) ??
    layout.lanes.flatMap((lane) => lane.marks).find((mark) => placed.has(mark.ref))?.ref;

  /**
   * Pans, and zooms in or out if needed, so that the events are drawn
   * together. If they cannot all be drawn at once, the first (the selected
   * one) wins: the view centres on it and zooms in until it is drawn.
   */
  const bringIntoView = useCallback(
    (refs: readonly string[]) => {
      const unit = layoutChart(
        model,
        roles,
        hidden,
        { k: 1, x: 0 },
        geometry,
        LOCALE,
        undefined,
        rows,
      );
      const spanOf = (ref: string) => {
        const lane = model.lanes.find((candidate) =>
          candidate.events.some((event) => event.ref === ref),
        );
        const event = lane?.events.find((candidate) => candidate.ref === ref);
        return lane && event
          ? ([unit.toPx(lane, event.u0), unit.toPx(lane, event.u1)] as const)
          : undefined;
      };
      const wanted = new Set(refs);
      const placedAt = (zoomTo: ZoomState) =>
        placedRefs(
          layoutChart(model, roles, hidden, zoomTo, geometry, LOCALE, wanted, rows),
          (px) => px,
          width,
        );
      const fitTargets = (targets: readonly string[]): ZoomState | undefined => {
        const spans = targets
          .map(spanOf)
          .filter((span): span is readonly [number, number] => span !== undefined);
        if (spans.length === 0) return undefined;
        const from = Math.min(...spans.map(([start]) => start));
        const to = Math.max(...spans.map(([, end]) => end));
        const room = width * 0.8;
        const widest = Math.min(limits.maxScale, to > from ? room / (to - from) : limits.maxScale);
        let k = Math.max(limits.minScale, Math.min(zoom.k, widest));
        let next = { k, x: width / 2 - (k * (from + to)) / 2 };
        for (let attempt = 0; attempt < 10; attempt += 1) {
          const placedThere = placedAt(next);
          if (targets.every((ref) => placedThere.has(ref)) || k >= widest) break;
          k = Math.min(k * 2, widest);
          next = { k, x: width / 2 - (k * (from + to)) / 2 };
        }
        return next;
      };
      const [first] = refs;
      let next = fitTargets(refs);
      if (first && refs.length > 1 && next && !placedAt(next).has(first))
        next = fitTargets([first]);
      if (next) controls.zoomTo(next);
    },
    [model, roles, hidden, zoom, geometry, width, controls, limits, rows],
  );

  // A selection made elsewhere (the details panel, the article) is brought into view:
  // for a pinned passage, every event it speaks of.
  const latest = useRef({ placed, bringIntoView });
  latest.current = { placed, bringIntoView };
  useEffect(() => {
    if (windowShown.current) return;
    const refs =
      selectedRef && pinnedRefs.includes(selectedRef)
        ? pinnedRefs
        : selectedRef
          ? [selectedRef]
          : [];
    if (refs.some((ref) => !latest.current.placed.has(ref))) latest.current.bringIntoView(refs);
  }, [selectedRef, pinnedRefs]);
  // After the effects of the commit that showed the window, selections move the view again.
  useEffect(() => {
    windowShown.current = false;
  });

  useEffect(() => {
    if (!focusedRef) return;
    const element = Array.from(
      svgRef.current?.querySelectorAll<SVGGElement>("[data-ref]") ?? [],
    ).find((candidate) => candidate.dataset.ref === focusedRef);
    if (
      element &&
      document.activeElement !== element &&
      svgRef.current?.contains(document.activeElement)
    ) {
      element.focus();
    }
  }, [focusedRef]);

  const onKeyDown = (keyEvent: KeyboardEvent<SVGSVGElement>) => {
    const current =
      (keyEvent.target as Element).closest("[data-ref]")?.getAttribute("data-ref") ?? undefined;
    if (NAVIGATION_KEYS.has(keyEvent.key)) {
      keyEvent.preventDefault();
      const next = navigateFrom(model, hidden, current, keyEvent.key as NavigationKey);
      if (!next) return;
      setFocusedRef(next);
      if (!placed.has(next)) bringIntoView([next]);
    } else if ((keyEvent.key === "Enter" || keyEvent.key === " ") && current) {
      keyEvent.preventDefault();
      selectEvent(current);
    } else if (keyEvent.key === "Escape") {
      selectEvent(undefined);
    } else if (keyEvent.key === "+" || keyEvent.key === "=") {
      controls.zoomBy(1.5);
    } else if (keyEvent.key === "-" || keyEvent.key === "_") {
      controls.zoomBy(1 / 1.5);
    }
  };

  const onClick = (clickEvent: React.MouseEvent<SVGSVGElement>) => {
    const target = clickEvent.target as Element;
    const ref = target.closest("[data-ref]")?.getAttribute("data-ref");
    if (ref) {
      setFocusedRef(ref);
      selectEvent(ref);
      return;
    }
    const cluster = target.closest("[data-cluster-x]")?.getAttribute("data-cluster-x");
    // Zoom in twice as far, with the cluster brought to the middle.
    if (cluster) {
      const x = toScreen(Number(cluster));
      controls.zoomTo({ k: zoom.k * 2, x: width / 2 - 2 * (x - zoom.x) });
    }
  };

  return (
    <>
      <svg
        ref={svgRef}
        className={`echoes-chart${gestures.active ? "" : " is-page-first"}${animating ? " is-animating" : ""}${ratio < 1 ? " is-scaling-out" : ""}${ratio !== 1 ? " is-scaling" : ""}`}
        width={width}
        height={layout.height}
        viewBox={`0 0 ${width} ${layout.height}`}
        role="group"
        aria-label={TIMELINE_TEXT.chart.label(mode)}
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        {layout.lanes.map(({ lane, top, height }, index) => (
          <g key={lane.episode.id} className="echoes-lane-frame" data-episode={lane.episode.id}>
            <rect
              className={`echoes-lane__background${index % 2 === 0 ? " is-shaded" : ""}`}
              x={0}
              y={top}
              width={width}
              height={height}
            />
            <text className="echoes-lane__label" x={8} y={top + 17}>
              {lane.episode.label}
              {mode === "aligned" && !lane.anchor.anchor
                ? TIMELINE_TEXT.chart.noEventInRole(lane.anchor.note)
                : ""}
            </text>
          </g>
        ))}
        <g className="echoes-axis echoes-axis--shared" aria-hidden="true">
          {axisTicks.map((tick) => (
            <g key={`${tick.value}`} style={{ transform: `translateX(${tick.px}px)` }}>
              <line
                y1={20}
                y2={layout.height}
                className={tick.value === 0 && mode === "aligned" ? "is-zero" : ""}
              />
              <text y={14}>{tick.label}</text>
            </g>
          ))}
        </g>
        <g
          ref={contentRef}
          className="echoes-chart__content"
          style={{
            transform: `translateX(${zoom.x}px) scaleX(${ratio}) translateX(${-anchor.zoom.x}px)`,
          }}
        >
          <g className="echoes-connectors" aria-hidden="true">
            {layout.connectors.map((connector) => {
              const middle = (connector.from.y + connector.to.y) / 2;
              return (
                <path
                  key={`${connector.roleId}-${connector.from.y}`}
                  className={connector.roleId === highlightedRoleId ? "is-highlighted" : ""}
                  d={`M${connector.from.x},${connector.from.y + 8} C${connector.from.x},${middle} ${connector.to.x},${middle} ${connector.to.x},${connector.to.y - 8}`}
                />
              );
            })}
          </g>
          {layout.lanes.map(({ lane, top, height, marks, clusters, ticks }) => (
            <g key={lane.episode.id} className="echoes-lane" data-episode={lane.episode.id}>
              {ticks.length > 0 ? (
                <g className="echoes-axis echoes-axis--lane" aria-hidden="true">
                  {ticks.map((tick) => (
                    <g
                      key={tick.value}
                      style={{ transform: `translate(${tick.px}px, ${top + height - 22}px)` }}
                    >
                      <line y1={-4} y2={2} />
                      <text y={14}>{tick.label}</text>
                    </g>
                  ))}
                </g>
              ) : null}
              {marks.map((mark) => (
                <EventMark
                  key={mark.ref}
                  mark={mark}
                  selected={mark.ref === selectedRef}
                  highlighted={lit.has(mark.ref)}
                  tabbable={mark.ref === tabbableRef}
                  clipped={toScreen(mark.x0) < -6}
                />
              ))}
              {clusters.map((cluster) => (
                <g
                  key={cluster.refs[0]}
                  className={`echoes-cluster${cluster.refs.some((ref) => lit.has(ref) || ref === selectedRef) ? " is-highlighted" : ""}`}
                  data-cluster-x={cluster.x}
                  style={{ transform: `translate(${cluster.x}px, ${cluster.y}px)` }}
                  aria-label={TIMELINE_TEXT.chart.clusterLabel(cluster.refs.length)}
                  role="img"
                >
                  <g className="echoes-glyph">
                    <rect x={-2} y={-9} width={34} height={18} rx={9} />
                    <text x={15} y={4}>
                      {TIMELINE_TEXT.chart.cluster(cluster.refs.length)}
                    </text>
                  </g>
                </g>
              ))}
            </g>
          ))}
        </g>
      </svg>
      {pageFirst ? (
        <p className={`echoes-chart__hint${gestures.hint ? " is-shown" : ""}`} aria-hidden="true">
          {TIMELINE_TEXT.chart.wheelHint}
        </p>
      ) : null}
      <OverviewStrip
        model={model}
        hidden={hidden}
        width={width}
        padding={geometry.padding}
        zoom={zoom}
        fitAll={fitAll}
        onPan={controls.zoomTo}
      />
    </>
  );
}
