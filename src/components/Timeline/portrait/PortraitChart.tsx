import {
  type RefObject,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { AXIS_TEXT } from "../../../i18n/axis";
import { currentLocale } from "../../../i18n/locale";
import { TIMELINE_TEXT } from "../../../i18n/timeline";
import { useEchoes, useEchoesActions } from "../../../store/EchoesProvider";
import {
  selectHiddenKinds,
  selectMode,
  selectPendingFrame,
  selectSelectedRef,
  selectZoom,
} from "../../../store/selectors";
import { buildTimelineModel, type TimelineModel } from "../../../timeline/laneModels";
import { IDENTITY_ZOOM, type ZoomTransform } from "../../../timeline/laneScales";
import {
  layoutPortrait,
  PORTRAIT,
  type PortraitCluster,
  type PortraitMark as PortraitMarkLayout,
  portraitColumns,
  portraitGutter,
} from "../../../timeline/portraitLayout";
import { anyFolded, separatingZoom } from "../../../timeline/portraitReveal";
import { firstPortraitZoom, portraitScroll } from "../../../timeline/portraitView";
import { unionSpan, zoomToShow } from "../../../timeline/revealZoom";
import {
  eventPlaces,
  eventStarts,
  frameTransform,
  viewHasEvents,
} from "../../../timeline/viewFrame";
import { fitAllTransform, zoomLimits } from "../../../timeline/zoomFrames";
import { constrainZoom, sameZoom } from "../../../timeline/zoomMath";
import { retryableLazy } from "../../ErrorBoundary/retryableLazy";
import { ClusterMark } from "../marks/ClusterMark";
import { DayZeroBand } from "../marks/DayZeroBand";
import { chartLabelFont, labelMeasure } from "../measureLabel";
import type { TimelineChartProps } from "../TimelineChart";
import { useChartFocus } from "../useChartFocus";
import { useElementSize } from "../useElementSize";
import { PortraitAxis } from "./PortraitAxis";
import { PortraitMark } from "./PortraitMark";
import { usePortraitZoom } from "./usePortraitZoom";
import "./portrait.css";
import { dayZeroAnchorRefs } from "../../../timeline/emphasis";

const ChartTooltip = retryableLazy(async () => ({
  default: (await import("../ChartTooltip")).ChartTooltip,
}));
const ClusterList = retryableLazy(async () => ({
  default: (await import("../ClusterList")).ClusterList,
}));
const EmptyViewNotice = retryableLazy(async () => ({
  default: (await import("../EmptyViewNotice")).EmptyViewNotice,
}));

export type PortraitChartProps = Pick<
  TimelineChartProps,
  | "episodes"
  | "roles"
  | "alignRoleId"
  | "lit"
  | "pinnedRefs"
  | "evidenceRefs"
  | "onZoomControls"
  | "onFirstDraw"
  | "fitHeight"
  | "calendarTicks"
>;

/** The row of lane names over the columns. */
const HEAD_HEIGHT = 34;
/** The least height of the frame, however little of the screen is left under it. */
const MIN_FRAME_HEIGHT = 320;
/** Room left under the frame on the first screen. */
const FRAME_FOOT = 8;
/** A symbol this near the frame's top or bottom edge counts as out of view. */
const EDGE = 12;
const NO_REFS: readonly string[] = [];
/** The mark the wide chart sets when first drawn, read by scripts/bench.ts and the loading tests. */
const TIMELINE_RENDERED_MARK = "echoes:timeline-rendered";

/** Up and Down walk a column in time, Left and Right go to the next column: the wide chart's keys turned. */
const TURNED_KEYS: Readonly<Record<string, string>> = {
  ArrowUp: "ArrowLeft",
  ArrowDown: "ArrowRight",
  ArrowLeft: "ArrowUp",
  ArrowRight: "ArrowDown",
};

/**
 * The frame's height on a page: what is left of the first screen under its
 * top, so that the first view shows the whole frame, and the page scrolls on
 * to what is under it.
 */
function useFrameHeight(frameRef: RefObject<HTMLDivElement | null>, fitted: boolean) {
  const [height, setHeight] = useState<number>();
  useLayoutEffect(() => {
    if (fitted) return;
    const measure = () => {
      const frame = frameRef.current;
      if (!frame) return;
      const top = frame.getBoundingClientRect().top + window.scrollY;
      setHeight(
        Math.max(
          MIN_FRAME_HEIGHT,
          Math.min(window.innerHeight, window.innerHeight - top - FRAME_FOOT),
        ),
      );
    };
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [frameRef, fitted]);
  return height;
}

/**
 * The comparative chart on a phone held upright: time runs down the screen
 * and each lane is a column, day 0 one row across them. The frame scrolls
 * through the zoomed timeline; the store's zoom, links and lessons' frames
 * mean the same stretch of time as on the wide chart.
 */
export function PortraitChart(props: PortraitChartProps) {
  const { episodes, roles, alignRoleId, fitHeight = false } = props;
  const mode = useEchoes(selectMode);
  const model = useMemo(
    () => buildTimelineModel(episodes, roles, mode, alignRoleId),
    [episodes, roles, mode, alignRoleId],
  );
  const [frameRef, size] = useElementSize<HTMLDivElement>();
  const pageHeight = useFrameHeight(frameRef, fitHeight);
  const height = fitHeight ? size?.height : pageHeight;
  const captionId = useId();
  return (
    <>
      <div
        ref={frameRef}
        className={`echoes-chart-frame echoes-portrait${fitHeight ? " is-fitted" : ""}`}
        style={fitHeight ? undefined : { height: pageHeight ?? MIN_FRAME_HEIGHT }}
      >
        {size && height !== undefined && height > HEAD_HEIGHT ? (
          <PortraitBody
            {...props}
            model={model}
            width={size.width}
            length={height - HEAD_HEIGHT}
            captionId={mode === "aligned" ? captionId : undefined}
          />
        ) : null}
      </div>
      {mode === "aligned" ? (
        <p
          className={fitHeight ? "echoes-visually-hidden" : "echoes-chart__caption"}
          id={captionId}
        >
          {AXIS_TEXT.dayZeroCaption}
        </p>
      ) : null}
    </>
  );
}

interface OpenCluster {
  readonly refs: readonly string[];
  readonly at: { readonly x: number; readonly y: number };
}

function PortraitBody({
  model,
  width,
  length,
  captionId,
  roles,
  lit,
  pinnedRefs,
  evidenceRefs = NO_REFS,
  onZoomControls,
  onFirstDraw,
  calendarTicks,
}: PortraitChartProps & {
  readonly model: TimelineModel;
  readonly width: number;
  /** The height of the scrolled frame, under the lane names: the zoom's width. */
  readonly length: number;
  readonly captionId: string | undefined;
}) {
  const { mode } = model;
  const svgRef = useRef<SVGSVGElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<SVGGElement>(null);
  const storeZoom = useEchoes(selectZoom);
  const pendingFrame = useEchoes(selectPendingFrame);
  const hiddenKinds = useEchoes(selectHiddenKinds);
  const selectedRef = useEchoes(selectSelectedRef);
  const { setZoom, selectEvent } = useEchoesActions();
  const [openCluster, setOpenCluster] = useState<OpenCluster>();
  const [pointedRef, setPointedRef] = useState<string>();
  const hidden = useMemo(() => new Set(hiddenKinds), [hiddenKinds]);
  const { padding } = PORTRAIT;

  const limits = useMemo(() => zoomLimits(model, length, padding), [model, length]);
  const fitAll = useMemo(() => fitAllTransform(model, length, padding), [model, length]);
  const frameZoom = useMemo(
    () => (pendingFrame ? frameTransform(model, pendingFrame, length, padding, limits) : undefined),
    [pendingFrame, model, length, limits],
  );
  // Until the reader or a link chooses a zoom, days read as rows of their own (portraitView.ts).
  const firstZoom = useMemo(
    () => (storeZoom === IDENTITY_ZOOM ? firstPortraitZoom(model, length, padding) : undefined),
    [storeZoom, model, length],
  );
  const zoom = useMemo(
    () => constrainZoom(frameZoom ?? firstZoom ?? storeZoom, limits, length),
    [frameZoom, firstZoom, storeZoom, limits, length],
  );
  const frameShown = useRef(false);
  useLayoutEffect(() => {
    if (!frameZoom) return;
    frameShown.current = true;
    setZoom(frameZoom);
  }, [frameZoom, setZoom]);
  // A zoom from a link obeys the limits gestures obey, and the address is given the zoom drawn;
  // the first zoom, chosen by no one, is left out of it.
  useLayoutEffect(() => {
    if (frameZoom || firstZoom || sameZoom(zoom, storeZoom)) return;
    setZoom(zoom);
  }, [frameZoom, firstZoom, zoom, storeZoom, setZoom]);

  const scroll = portraitScroll(zoom, limits, length);
  const { scrollTop } = scroll;
  const controls = usePortraitZoom(
    scrollerRef,
    contentRef,
    length,
    limits,
    fitAll,
    zoom,
    scroll,
    setZoom,
  );
  useEffect(() => {
    onZoomControls?.(controls);
  }, [controls, onZoomControls]);

  const focus = useChartFocus(svgRef);
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

  // Laid out a frame's height either side of the view, and again only when the view leaves that.
  const page = Math.floor(scrollTop / length);
  const measure = labelMeasure(chartLabelFont());
  // portraitScroll makes the content's zoom anew on every scroll: laid out again only when it moves.
  const { k: contentK, x: contentX } = scroll.contentZoom;
  // Passed on in the calendar mode alone, which uses it: its arrival lays out no other mode again.
  const columnTicks = mode === "calendar" ? calendarTicks : undefined;
  const layout = useMemo(
    () =>
      layoutPortrait({
        model,
        roles,
        hiddenKinds: hidden,
        contentZoom: { k: contentK, x: contentX },
        geometry: {
          width,
          length,
          from: Math.max(0, (page - 1) * length),
          to: (page + 3) * length,
        },
        measure,
        emphasis,
        locale: currentLocale(),
        calendarTicks: columnTicks,
      }),
    [model, roles, hidden, contentK, contentX, width, length, page, measure, emphasis, columnTicks],
  );

  const inView = (y: number) => y >= scrollTop + EDGE && y <= scrollTop + length - EDGE;
  // Only what reaches into the frame is drawn: the content can be many frames tall.
  const isShown = (mark: PortraitMarkLayout) =>
    mark.yEnd >= scrollTop - EDGE && mark.y <= scrollTop + length + EDGE;
  const shownMarks = layout.lanes.flatMap((lane) => lane.marks.filter(isShown));
  const placed = new Set(shownMarks.filter((mark) => inView(mark.y)).map((mark) => mark.ref));
  const tabbableRef =
    [focus.focusedRef, selectedRef].find((ref) => ref !== undefined && placed.has(ref)) ??
    shownMarks.find((mark) => placed.has(mark.ref))?.ref;
  const empty = !viewHasEvents(model, hidden, zoom, length, padding);

  const drew = useRef(false);
  useEffect(() => {
    if (drew.current || !layout.lanes.some((lane) => lane.marks.length > 0)) return;
    drew.current = true;
    requestAnimationFrame(() => {
      performance.mark(TIMELINE_RENDERED_MARK);
      onFirstDraw?.();
    });
  }, [layout, onFirstDraw]);

  /** Scrolls (and zooms out, if they are far apart) to show the events. */
  const show = useCallback(
    (refs: readonly string[]) => {
      const span = unionSpan(eventStarts(model, refs, length, padding));
      if (span) controls.zoomTo(zoomToShow(span, zoom, length, limits, 3 * EDGE));
    },
    [model, length, controls, zoom, limits],
  );
  // A selection made elsewhere (the details, the article, a link) is brought into view.
  const latest = useRef({ placed, show });
  latest.current = { placed, show };
  useEffect(() => {
    if (frameShown.current) return;
    const refs =
      selectedRef && pinnedRefs.includes(selectedRef)
        ? pinnedRefs
        : selectedRef
          ? [selectedRef]
          : [];
    if (refs.some((ref) => !latest.current.placed.has(ref))) latest.current.show(refs);
  }, [selectedRef, pinnedRefs]);
  useEffect(() => {
    frameShown.current = false;
  });
  useLayoutEffect(() => {
    focus.restore();
  });

  const toFrame = (y: number) => HEAD_HEIGHT + y - scrollTop;
  const openClusterOf = (element: Element) => {
    const first = element.getAttribute("data-refs")?.split(" ")[0];
    const cluster = layout.lanes
      .flatMap((lane) => lane.clusters)
      .find((candidate) => candidate.refs[0] === first);
    if (cluster)
      setOpenCluster({ refs: cluster.refs, at: { x: cluster.x + 15, y: toFrame(cluster.y) } });
  };
  const closeCluster = useCallback(() => setOpenCluster(undefined), []);

  const onKeyDown = (keyEvent: React.KeyboardEvent<SVGSVGElement>) => {
    const target = keyEvent.target as Element;
    const current = target.closest("[data-ref]")?.getAttribute("data-ref") ?? undefined;
    const next = focus.navigate(model, hidden, current, TURNED_KEYS[keyEvent.key] ?? keyEvent.key);
    if (next !== undefined) {
      keyEvent.preventDefault();
      if (next !== false && !latest.current.placed.has(next)) show([next]);
      return;
    }
    const cluster = target.closest("[data-refs]");
    if ((keyEvent.key === "Enter" || keyEvent.key === " ") && cluster) {
      keyEvent.preventDefault();
      openClusterOf(cluster);
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
      focus.setFocusedRef(ref);
      selectEvent(ref);
      return;
    }
    const cluster = target.closest("[data-refs]");
    if (cluster) openClusterOf(cluster);
  };

  const pointAt = (event: React.PointerEvent<SVGSVGElement> | React.FocusEvent<SVGSVGElement>) => {
    if ("buttons" in event && event.buttons !== 0) return;
    setPointedRef(
      (event.target as Element).closest("[data-ref]")?.getAttribute("data-ref") ?? undefined,
    );
  };
  const pointedMark = shownMarks.find((mark) => mark.ref === pointedRef);
  const places = eventPlaces(model);
  const openEvents =
    openCluster?.refs.flatMap((ref) => {
      const event = places.get(ref)?.event;
      return event ? [event] : [];
    }) ?? [];

  const gutter = portraitGutter(mode);
  const columns = portraitColumns(model.lanes.length, width, gutter);
  const shownClusters = (clusters: readonly PortraitCluster[]) =>
    clusters.filter(
      (cluster) => cluster.y >= scrollTop - EDGE && cluster.y <= scrollTop + length + EDGE,
    );

  return (
    <>
      <div
        className="echoes-portrait__heads"
        style={{
          height: HEAD_HEIGHT,
          gridTemplateColumns: `${gutter}px repeat(${model.lanes.length}, minmax(0, 1fr))`,
        }}
      >
        <span />
        {model.lanes.map((lane) => {
          const name = `${lane.episode.label}${
            mode === "aligned" && !lane.anchor.anchor
              ? TIMELINE_TEXT.chart.noEventInRole(lane.anchor.note)
              : ""
          }`;
          return (
            <span key={lane.episode.id} className="echoes-portrait__head" title={name}>
              {name}
            </span>
          );
        })}
      </div>
      <div ref={scrollerRef} className="echoes-portrait__scroller" style={{ height: length }}>
        <svg
          ref={svgRef}
          className="echoes-chart echoes-portrait__chart"
          width={width}
          height={length}
          viewBox={`0 0 ${width} ${length}`}
          role="group"
          aria-label={TIMELINE_TEXT.chart.label(mode)}
          aria-describedby={captionId}
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
          {model.lanes.map((lane, index) => (
            <rect
              key={lane.episode.id}
              className={`echoes-lane__background${index % 2 === 0 ? " is-shaded" : ""}`}
              x={columns.x(index)}
              y={0}
              width={columns.width}
              height={length}
            />
          ))}
          <g ref={contentRef} style={{ transform: `translateY(${-scrollTop}px)` }}>
            <PortraitAxis
              ticks={layout.ticks}
              zeroY={layout.zeroY}
              zeroGaps={layout.dayZeroGaps}
              lanes={layout.lanes}
              gutter={gutter}
              width={width}
            />
            {layout.lanes.map((lane, index) => (
              <g
                key={lane.lane.episode.id}
                className={`echoes-lane${index % 2 === 0 ? " is-shaded" : ""}`}
                data-episode={lane.lane.episode.id}
              >
                {lane.dayZeroBand ? (
                  <DayZeroBand
                    lane={lane.lane}
                    x={lane.x}
                    y={lane.dayZeroBand.y0}
                    width={lane.width}
                    height={lane.dayZeroBand.y1 - lane.dayZeroBand.y0}
                  />
                ) : null}
                {lane.marks.filter(isShown).map((mark) => (
                  <PortraitMark
                    key={mark.ref}
                    mark={mark}
                    selected={mark.ref === selectedRef}
                    highlighted={lit.has(mark.ref)}
                    tabbable={mark.ref === tabbableRef}
                  />
                ))}
                {shownClusters(lane.clusters).map((cluster) => (
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
        <div style={{ height: scroll.contentHeight - length }} />
      </div>
      <Suspense fallback={null}>
        {pointedMark && !openCluster ? (
          <ChartTooltip
            event={pointedMark.event}
            at={{ x: pointedMark.x, y: toFrame(pointedMark.y) }}
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
              const refs = openCluster.refs;
              const foldedAt = (candidate: ZoomTransform) => {
                const at = portraitScroll(candidate, limits, length);
                const stretch = { from: at.scrollTop, to: at.scrollTop + length };
                const laidOut = layoutPortrait({
                  model,
                  roles,
                  hiddenKinds: hidden,
                  contentZoom: at.contentZoom,
                  geometry: { width, length, ...stretch },
                  measure,
                  emphasis,
                  locale: currentLocale(),
                });
                return anyFolded(laidOut, refs);
              };
              controls.zoomTo(separatingZoom(model, refs, zoom, length, padding, limits, foldedAt));
            }}
          />
        ) : null}
        {empty ? (
          <EmptyViewNotice
            onShowNearest={async () => {
              const { nearestEventsZoom } = await import("../../../timeline/overviewNearest");
              const next = nearestEventsZoom(model, hidden, zoom, length, padding);
              if (next) controls.zoomTo(next);
            }}
            onFitAll={controls.fit}
          />
        ) : null}
      </Suspense>
    </>
  );
}
