import {
  type CSSProperties,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { AnalogyRole, Episode } from "../../data/format/schema";
import { AXIS_TEXT } from "../../i18n/axis";
import { currentLocale } from "../../i18n/locale";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import { useEchoes, useEchoesActions } from "../../store/EchoesProvider";
import {
  selectHiddenKinds,
  selectHighlightedRoleId,
  selectMode,
  selectPendingFrame,
  selectSelectedRef,
  selectZoom,
} from "../../store/selectors";
import {
  COMPACT_GEOMETRY,
  chartHeight,
  DEFAULT_GEOMETRY,
  fitChart,
  rowsFor,
  scaleGeometry,
} from "../../timeline/chartGeometry";
import { scaleLayout } from "../../timeline/chartScale";
import { dayZeroAnchorRefs } from "../../timeline/emphasis";
import { CLUSTER_BADGE_WIDTH } from "../../timeline/laneMarks";
import { buildTimelineModel, type TimelineModel } from "../../timeline/laneModels";
import { layoutChart } from "../../timeline/layoutChart";
import { sharedAxisTicks } from "../../timeline/sharedAxis";
import type { CalendarTickFunction } from "../../timeline/ticks";
import { eventPlaces, frameTransform, viewHasEvents } from "../../timeline/viewFrame";
import { fitAllTransform, zoomLimits } from "../../timeline/zoomFrames";
import { constrainZoom, sameZoom } from "../../timeline/zoomMath";
import { useContentLanguage } from "../ContentLanguage/contentLanguage";
import { retryableLazy } from "../ErrorBoundary/retryableLazy";
import { Axis } from "./marks/Axis";
import { ClusterMark } from "./marks/ClusterMark";
import { Connector } from "./marks/Connector";
import { DayZeroBands } from "./marks/DayZeroBand";
import { EventMark } from "./marks/EventMark";
import { LaneFrame } from "./marks/LaneFrame";
import { chartLabelFont, labelMeasure } from "./measureLabel";
import { overviewStripHeight } from "./overviewStripSize";
import { useChartFocus } from "./useChartFocus";
import { useElementSize } from "./useElementSize";
import { useLayoutAnchor } from "./useLayoutAnchor";
import { usePageFirstGestures } from "./usePageFirstGestures";
import { useProjectorScale } from "./useProjectorScale";
import { useRevealEvents } from "./useRevealEvents";
import { useZoomBehavior, type ZoomControls } from "./useZoomBehavior";

// What the first drawing does without: they load once it is drawn (or, for a list or a notice, when first wanted).
const OverviewStrip = retryableLazy(async () => ({
  default: (await import("./OverviewStrip")).OverviewStrip,
}));
const ChartTooltip = retryableLazy(async () => ({
  default: (await import("./ChartTooltip")).ChartTooltip,
}));
const ClusterList = retryableLazy(async () => ({
  default: (await import("./ClusterList")).ClusterList,
}));
const EmptyViewNotice = retryableLazy(async () => ({
  default: (await import("./EmptyViewNotice")).EmptyViewNotice,
}));

export interface TimelineChartProps {
  /** The episodes to draw, in lane order. */
  readonly episodes: readonly Episode[];
  readonly roles: readonly AnalogyRole[];
  readonly alignRoleId: string | undefined;
  /** Events lit up by a role or an article passage pointed at. */
  readonly lit: ReadonlySet<string>;
  /** The events of the pinned article passage, brought into view together. */
  readonly pinnedRefs: readonly string[];
  /** The evidence of the lesson stop being presented, drawn whatever the crowding. */
  readonly evidenceRefs?: readonly string[];
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
  /** On a projector: type, marks and spacing grow with the viewport, to be read from the back of a room. */
  readonly projected?: boolean;
  /** The calendar axis's ticks, once loaded (see useCalendarTicks): until then its lanes have none. */
  readonly calendarTicks?: CalendarTickFunction;
}

const TRANSITION_MS = 500;
/** Read by scripts/bench.ts. */
const TIMELINE_RENDERED_MARK = "echoes:timeline-rendered";
/** The frame's top and bottom borders, which a fitted chart leaves room for. */
const FRAME_BORDERS = 2;
/** Room for the empty view's notice, in pixels, where no lane gives the chart its height. */
const NO_LANES_HEIGHT = 128;
const NO_REFS: readonly string[] = [];

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

interface OpenCluster {
  readonly refs: readonly string[];
  /** Where its badge is in the chart's frame. */
  readonly at: { readonly x: number; readonly y: number };
}

function ChartBody({
  model,
  naturalHeight,
  roles,
  alignRoleId,
  lit,
  pinnedRefs,
  evidenceRefs = NO_REFS,
  onZoomControls,
  pageFirst = false,
  onNaturalHeight,
  onFirstDraw,
  projected = false,
  calendarTicks,
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
  const captionId = useId();
  const { mode } = model;
  const viewZoom = useEchoes(selectZoom);
  const pendingFrame = useEchoes(selectPendingFrame);
  const hiddenKinds = useEchoes(selectHiddenKinds);
  const selectedRef = useEchoes(selectSelectedRef);
  const highlightedRoleId = useEchoes(selectHighlightedRoleId);
  const { setZoom, selectEvent } = useEchoesActions();
  const [animating, setAnimating] = useState(false);
  const [openCluster, setOpenCluster] = useState<OpenCluster>();
  const [pointedRef, setPointedRef] = useState<string>();

  const hidden = useMemo(() => new Set(hiddenKinds), [hiddenKinds]);
  const scale = useProjectorScale(projected);
  const contentLanguage = useContentLanguage();
  // A box too small for the chart's tightest rows and the full strip gets the strip without its dates.
  const compactStrip =
    fitTo !== undefined &&
    chartHeight(
      model,
      { ...rowsFor(model.lanes.length), maxRows: 1 },
      scaleGeometry(COMPACT_GEOMETRY, scale),
    ) +
      overviewStripHeight(model.lanes.length) +
      FRAME_BORDERS >
      fitTo;
  // A projector shows the stretch of time a lesson's stop chose: the chart takes the strip's room.
  const stripHeight = projected ? 0 : overviewStripHeight(model.lanes.length, compactStrip);
  const { geometry: spacing, rows } = useMemo(() => {
    const fitted =
      fitTo === undefined
        ? { geometry: scaleGeometry(DEFAULT_GEOMETRY, scale), rows: rowsFor(model.lanes.length) }
        : fitChart(model, fitTo - stripHeight - FRAME_BORDERS, scale);
    return {
      ...fitted,
      rows: { ...scaleLayout(fitted.rows, scale), measure: labelMeasure(chartLabelFont(scale)) },
    };
  }, [model, fitTo, stripHeight, scale]);
  // A fitted embed asks its page for what the chart would take with the usual rows.
  useEffect(() => {
    onNaturalHeight?.(naturalHeight + FRAME_BORDERS);
  }, [onNaturalHeight, naturalHeight]);
  const geometry = useMemo(() => ({ ...spacing, width }), [spacing, width]);
  const limits = useMemo(
    () => zoomLimits(model, width, geometry.padding),
    [model, width, geometry.padding],
  );
  const fitAll = useMemo(
    () => fitAllTransform(model, width, geometry.padding),
    [model, width, geometry.padding],
  );

  // A lesson's frame is drawn at once, then kept in the store as the zoom it makes at this width.
  const frameZoom = useMemo(
    () =>
      pendingFrame
        ? frameTransform(model, pendingFrame, width, geometry.padding, limits)
        : undefined,
    [pendingFrame, model, width, geometry.padding, limits],
  );
  // A zoom from a link (or one kept from another mode or width) obeys the limits gestures obey,
  // and the store, and so the address, is given the zoom drawn.
  const keptZoom = useMemo(() => constrainZoom(viewZoom, limits, width), [viewZoom, limits, width]);
  const zoom = frameZoom ?? keptZoom;
  // A lesson's frame is the author's choice: the selection that comes with it is not moved into view over it.
  const frameShown = useRef(false);
  useLayoutEffect(() => {
    if (!frameZoom) return;
    frameShown.current = true;
    setZoom(frameZoom);
  }, [frameZoom, setZoom]);
  useLayoutEffect(() => {
    if (!frameZoom && !sameZoom(keptZoom, viewZoom)) setZoom(keptZoom);
  }, [frameZoom, keptZoom, viewZoom, setZoom]);

  const focus = useChartFocus(svgRef);
  // Day 0's anchors and a presented stop's evidence are drawn whatever the crowding; the selection,
  // the pinned passage, what is lit and the focused event are brought out only when they would be folded.
  const emphasis = useMemo(
    () => ({
      mustShow: new Set([...dayZeroAnchorRefs(model), ...evidenceRefs]),
      promote: new Set(
        [selectedRef, focus.focusedRef, ...pinnedRefs, ...lit].filter(
          (ref): ref is string => ref !== undefined,
        ),
      ),
    }),
    [model, evidenceRefs, selectedRef, focus.focusedRef, pinnedRefs, lit],
  );

  // A new layout is made in the background, in short slices between gesture frames, which go on
  // moving and scaling the current one until it is ready.
  const anchor = useDeferredValue(useLayoutAnchor(zoom, width));
  // Passed on in the calendar mode alone, which uses it: its arrival lays out no other mode again.
  const laneTicks = mode === "calendar" ? calendarTicks : undefined;
  const layout = useMemo(
    () =>
      layoutChart({
        model,
        roles,
        hiddenKinds: hidden,
        zoom: anchor.zoom,
        geometry: { ...geometry, slack: anchor.slack },
        locale: currentLocale(),
        emphasis,
        rows,
        calendarTicks: laneTicks,
      }),
    [model, roles, hidden, anchor, geometry, emphasis, rows, laneTicks],
  );
  // Where laid-out pixels are now: a pan shifts them, a zoom gesture scales them about the layout's origin.
  const ratio = zoom.k / anchor.zoom.k;
  const toScreen = (px: number) => ratio * (px - anchor.zoom.x * width) + zoom.x * width;
  const axisTicks = useMemo(
    () => sharedAxisTicks(model, zoom, width, geometry.padding, 0, width, scale),
    [model, zoom, width, geometry.padding, scale],
  );

  // Asked of the view as it is, not of the layout, which lags a gesture.
  const empty = !viewHasEvents(model, hidden, zoom, width, geometry.padding);
  // A chart without lanes (every episode hidden) keeps room for the notice that says why.
  const height =
    model.lanes.length === 0 ? Math.max(layout.height, NO_LANES_HEIGHT) : layout.height;

  // Marks the first complete render of the timeline, for the benchmark (npm run bench): its marks,
  // or the notice that its view has none, after which what waits for the first drawing may load.
  const rendered = useRef(false);
  useEffect(() => {
    if (rendered.current || !(empty || layout.lanes.some((lane) => lane.marks.length > 0))) return;
    rendered.current = true;
    requestAnimationFrame(() => {
      performance.mark(TIMELINE_RENDERED_MARK);
      onFirstDraw?.();
    });
  }, [layout, empty, onFirstDraw]);
  // The overview strip loads once the chart's first drawing is on the screen, marks or none.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (drawn) return;
    const frame = requestAnimationFrame(() => setDrawn(true));
    return () => cancelAnimationFrame(frame);
  }, [drawn]);

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

  const marks = layout.lanes.flatMap((lane) => lane.marks);
  const inView = (px: number) => {
    const x = toScreen(px);
    return x >= 0 && x <= width;
  };
  const placed = new Set(marks.filter((mark) => inView(mark.x0)).map((mark) => mark.ref));
  const tabbableRef =
    [focus.focusedRef, selectedRef].find((ref) => ref !== undefined && placed.has(ref)) ??
    marks.find((mark) => placed.has(mark.ref))?.ref;

  const reveal = useRevealEvents({
    model,
    roles,
    hidden,
    geometry,
    rows,
    emphasis,
    zoom,
    limits,
    controls,
  });

  // A selection made elsewhere (the details panel, the article) is brought into view:
  // for a pinned passage, every event it speaks of.
  const latest = useRef({ placed, reveal });
  latest.current = { placed, reveal };
  useEffect(() => {
    if (frameShown.current) return;
    const refs =
      selectedRef && pinnedRefs.includes(selectedRef)
        ? pinnedRefs
        : selectedRef
          ? [selectedRef]
          : [];
    if (refs.some((ref) => !latest.current.placed.has(ref))) latest.current.reveal.show(refs);
  }, [selectedRef, pinnedRefs]);
  // After the effects of the commit that showed the frame, selections move the view again.
  useEffect(() => {
    frameShown.current = false;
  });

  // Focus follows the focused event to its new mark when a layout redraws it.
  useLayoutEffect(() => {
    focus.restore();
  });

  const openClusterOf = (element: Element) => {
    const first = element.getAttribute("data-refs")?.split(" ")[0];
    const cluster = layout.lanes
      .flatMap((lane) => lane.clusters)
      .find((candidate) => candidate.refs[0] === first);
    if (cluster)
      setOpenCluster({
        refs: cluster.refs,
        at: { x: toScreen(cluster.x) + (CLUSTER_BADGE_WIDTH * scale) / 2, y: cluster.y },
      });
  };
  const closeCluster = useCallback(() => {
    setOpenCluster(undefined);
  }, []);

  const onKeyDown = (keyEvent: React.KeyboardEvent<SVGSVGElement>) => {
    const target = keyEvent.target as Element;
    const current = target.closest("[data-ref]")?.getAttribute("data-ref") ?? undefined;
    const next = focus.navigate(model, hidden, current, keyEvent.key);
    if (next !== undefined) {
      keyEvent.preventDefault();
      if (next !== false && !latest.current.placed.has(next)) reveal.show([next]);
      return;
    }
    const cluster = target.closest("[data-refs]");
    if ((keyEvent.key === "Enter" || keyEvent.key === " ") && cluster) {
      keyEvent.preventDefault();
      openClusterOf(cluster);
    } else if ((keyEvent.key === "Enter" || keyEvent.key === " ") && current) {
      keyEvent.preventDefault();
      selectEvent(current);
    } else if (keyEvent.key === "Escape" && selectedRef) {
      // Clearing the selection is all this Escape does: a lesson being presented stays open.
      keyEvent.preventDefault();
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
      focus.setFocusedRef(ref);
      selectEvent(ref);
      return;
    }
    const cluster = target.closest("[data-refs]");
    if (cluster) openClusterOf(cluster);
  };

  // The full title and date of the mark pointed at or focused; not while a gesture moves the marks
  // under the pointer (a drag, or a zoom until its marks are laid out again), which would redraw
  // the chart for every mark that passes.
  const pointAt = (event: React.PointerEvent<SVGSVGElement> | React.FocusEvent<SVGSVGElement>) => {
    if ("buttons" in event && (event.buttons !== 0 || ratio !== 1)) return;
    setPointedRef(
      (event.target as Element).closest("[data-ref]")?.getAttribute("data-ref") ?? undefined,
    );
  };
  const pointedMark = marks.find((mark) => mark.ref === pointedRef);

  const places = eventPlaces(model);
  const openEvents =
    openCluster?.refs.flatMap((ref) => {
      const event = places.get(ref)?.event;
      return event ? [event] : [];
    }) ?? [];

  return (
    <>
      <svg
        ref={svgRef}
        className={`echoes-chart${gestures.active ? "" : " is-page-first"}${animating ? " is-animating" : ""}${ratio < 1 ? " is-scaling-out" : ""}${ratio !== 1 ? " is-scaling" : ""}`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        // Read by timeline.css, which grows the type and symbols with the rows.
        style={scale === 1 ? undefined : ({ "--echoes-chart-scale": scale } as CSSProperties)}
        role="group"
        aria-label={TIMELINE_TEXT.chart.label(mode)}
        aria-describedby={mode === "aligned" ? captionId : undefined}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onPointerOver={pointAt}
        onPointerLeave={() => setPointedRef(undefined)}
        onFocus={pointAt}
        onBlur={(event) => {
          focus.onBlur(event);
          setPointedRef(undefined);
        }}
      >
        {layout.lanes.map((lane, index) => (
          <LaneFrame
            key={lane.lane.episode.id}
            lane={lane}
            index={index}
            width={width}
            mode={mode}
          />
        ))}
        <Axis
          placement="shared"
          ticks={axisTicks}
          y={0}
          line={[20 * scale, layout.height]}
          markZero={mode === "aligned"}
          zeroGaps={layout.dayZeroGaps}
          width={width}
          measure={rows.measure}
        />
        <g
          ref={contentRef}
          className="echoes-chart__content"
          style={{
            transform: `translateX(${zoom.x * width}px) scaleX(${ratio}) translateX(${-anchor.zoom.x * width}px)`,
          }}
        >
          <DayZeroBands lanes={layout.lanes} />
          <g className="echoes-connectors" aria-hidden="true">
            {layout.connectors.map((connector) => (
              <Connector
                key={`${connector.roleId}-${connector.from.y}`}
                connector={connector}
                highlighted={connector.roleId === highlightedRoleId}
              />
            ))}
          </g>
          {layout.lanes.map(({ lane, top, height, marks: laneMarks, clusters, ticks }) => (
            <g
              key={lane.episode.id}
              className="echoes-lane"
              data-episode={lane.episode.id}
              lang={contentLanguage}
            >
              {ticks.length > 0 ? (
                <Axis
                  placement="lane"
                  ticks={ticks}
                  y={top + height - 22 * scale}
                  line={[-4, 2]}
                  width={width}
                  measure={rows.measure}
                />
              ) : null}
              {laneMarks.map((mark) => (
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
                <ClusterMark
                  key={cluster.refs[0]}
                  cluster={cluster}
                  highlighted={cluster.refs.some((ref) => lit.has(ref) || ref === selectedRef)}
                  expanded={openCluster?.refs[0] === cluster.refs[0]}
                />
              ))}
            </g>
          ))}
        </g>
      </svg>
      <Suspense fallback={null}>
        {pointedMark && !openCluster ? (
          <ChartTooltip
            event={pointedMark.event}
            at={{ x: toScreen(pointedMark.x0), y: pointedMark.y }}
            frameWidth={width}
          />
        ) : null}
        {openCluster && openEvents.length > 0 ? (
          <ClusterList
            events={openEvents}
            at={openCluster.at}
            frameWidth={width}
            onClose={() => {
              const first = openCluster.refs[0];
              closeCluster();
              [...(svgRef.current?.querySelectorAll<SVGGElement>("[data-refs]") ?? [])]
                .find((badge) => badge.dataset.refs?.split(" ")[0] === first)
                ?.focus({ preventScroll: true });
            }}
            onSelect={(ref) => {
              closeCluster();
              focus.setFocusedRef(ref, true);
              selectEvent(ref);
            }}
            onSeparate={() => {
              closeCluster();
              void reveal.separate(openCluster.refs);
            }}
          />
        ) : null}
        {empty ? (
          <EmptyViewNotice
            onShowNearest={async () => {
              const { nearestEventsZoom } = await import("../../timeline/overviewNearest");
              const next = nearestEventsZoom(model, hidden, zoom, width, geometry.padding);
              if (next) controls.zoomTo(next);
            }}
            onFitAll={controls.fit}
          />
        ) : null}
      </Suspense>
      {pageFirst ? (
        <p className={`echoes-chart__hint${gestures.hint ? " is-shown" : ""}`} aria-hidden="true">
          {TIMELINE_TEXT.chart.wheelHint}
        </p>
      ) : null}
      {mode === "aligned" ? (
        // A box fitted to its page has no height to spare: there the caption is for screen readers.
        <p
          className={fitTo === undefined ? "echoes-chart__caption" : "echoes-visually-hidden"}
          id={captionId}
        >
          {AXIS_TEXT.dayZeroCaption}
        </p>
      ) : null}
      <Suspense fallback={<div style={{ height: stripHeight }} />}>
        {projected ? null : drawn ? (
          <OverviewStrip
            model={model}
            hidden={hidden}
            width={width}
            padding={geometry.padding}
            zoom={zoom}
            fitAll={fitAll}
            onPan={controls.zoomTo}
            compact={compactStrip}
          />
        ) : (
          <div style={{ height: stripHeight }} />
        )}
      </Suspense>
    </>
  );
}
