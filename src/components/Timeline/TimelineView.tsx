import { findPassage } from "../../data/format/collection";
import "./timeline.css";
import {
  type MouseEvent,
  type ReactNode,
  Suspense,
  startTransition,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { usePhoneScreen, usePortraitPhone } from "../../app/useMediaQuery";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import { stopEvidence } from "../../lessons/stopView";
import type { DrawnCollection } from "../../store/drawnCollection";
import { useEchoes } from "../../store/EchoesProvider";
import {
  litEventRefs,
  selectAlignRoleId,
  selectHighlightedRoleId,
  selectHoveredPassage,
  selectMode,
  selectPresenting,
  selectSelectedPassage,
} from "../../store/selectors";
import { retryableLazy } from "../ErrorBoundary/retryableLazy";
import { DetailsPane } from "./DetailsPane";
import { EventDetails, loadSelectedEventDetails } from "./EventDetails";
import { SelectionAnnouncer } from "./SelectionAnnouncer";
import { TimelineChart } from "./TimelineChart";
import { TimelineControls } from "./TimelineControls";
import { useCalendarTicks } from "./useCalendarTicks";
import { useChartIntoViewOnPassage } from "./useChartIntoViewOnPassage";
import { useChartWidthInStore } from "./useChartWidthInStore";
import { useEpisodesInView } from "./useEpisodesInView";
import type { ZoomControls } from "./useZoomBehavior";

// Under the chart: the legend of roles and the filters, loaded once the chart is drawn.
const RoleLegend = retryableLazy(async () => ({
  default: (await import("./RoleLegend")).RoleLegend,
}));
const TimelineFilters = retryableLazy(async () => ({
  default: (await import("./TimelineFilters")).TimelineFilters,
}));

// Only a phone held upright draws the timeline down the screen: loaded there alone.
const PortraitChart = retryableLazy(async () => ({
  default: (await import("./portrait/PortraitChart")).PortraitChart,
}));

// Only a full-size embed shows them, once the chart is drawn; the app has its Share menu.
const EmbedShareRow = retryableLazy(() => import("../Share/EmbedShareRow"));

// Only paper shows it: loaded once the page is idle, not before the timeline is drawn.
const PrintHandout = retryableLazy(async () => ({
  default: (await import("../Print/PrintHandout")).PrintHandout,
}));

export interface TimelineViewProps {
  readonly collection: DrawnCollection;
  /** The article reader, under the event details; an embed may leave it out. */
  readonly article?: ReactNode;
  /** Inside another page: the chart leaves the wheel and one-finger drags to the page until clicked or focused. */
  readonly embedded?: boolean;
  /** On the projector in a lesson: the chart and its details, without sharing or filters. */
  readonly presenting?: boolean;
  /** At the end of the controls' row in the full app: sharing and saving. */
  readonly shareMenu?: ReactNode;
  /** Called once the chart is first drawn. */
  readonly onFirstDraw?: () => void;
  /** Receives the height the chart's frame would take with the usual rows (see TimelineChart). */
  readonly onChartNaturalHeight?: (height: number) => void;
}

/** Takes keyboard focus to a pane beside the chart, as a skip link's target. */
function skipTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.focus({ preventScroll: true });
  target?.scrollIntoView({ block: "nearest" });
}

/** The comparative timeline with its controls, filters and the details of the selected event. */
export function TimelineView({
  collection,
  article,
  embedded = false,
  presenting = false,
  shareMenu,
  onChartNaturalHeight,
  onFirstDraw: onDrawn,
}: TimelineViewProps) {
  const mode = useEchoes(selectMode);
  const alignRoleId = useEchoes(selectAlignRoleId);
  const presentingStop = useEchoes(selectPresenting);
  const evidenceRefs = useMemo(
    () => (presenting ? stopEvidence(collection, presentingStop) : undefined),
    [presenting, collection, presentingStop],
  );
  const highlightedRoleId = useEchoes(selectHighlightedRoleId);
  const hoveredPassage = useEchoes(selectHoveredPassage);
  const selectedPassage = useEchoes(selectSelectedPassage);
  const pinnedRefs = useMemo(
    () => findPassage(collection.articles, selectedPassage)?.excerpt.events ?? [],
    [collection.articles, selectedPassage],
  );
  const lit = useMemo(
    () => litEventRefs(collection, highlightedRoleId, [hoveredPassage, selectedPassage]),
    [collection, highlightedRoleId, hoveredPassage, selectedPassage],
  );
  const [zoomControls, setZoomControls] = useState<ZoomControls>();
  const sectionRef = useRef<HTMLElement>(null);
  const chartColumnRef = useRef<HTMLDivElement>(null);
  useChartWidthInStore(chartColumnRef, !presenting);
  const [idle, setIdle] = useState(false);
  // What is not needed for the first view loads once the chart is drawn and the page is idle.
  const [drawn, setDrawn] = useState(false);
  // What loads after the first drawing is drawn in a transition, in short tasks, so that the page
  // answers the reader meanwhile.
  const onFirstDraw = useCallback(() => {
    startTransition(() => {
      setDrawn(true);
      onDrawn?.();
    });
  }, [onDrawn]);
  useEffect(() => {
    if (!drawn) return;
    const whenIdle = "requestIdleCallback" in window ? requestIdleCallback : setTimeout;
    whenIdle(() => {
      setIdle(true);
      void loadSelectedEventDetails();
    });
  }, [drawn]);
  // Held here rather than in a chart, so that a switch to the calendar, a phone turned or a
  // printout, which is built at once, has the ticks loaded while the page was idle.
  const calendarTicks = useCalendarTicks(mode === "calendar" || idle);

  const { ordered, shown, kinds } = useEpisodesInView(collection.episodes);
  // Inside another page the chart is in sight already, and scrolling would move the host page.
  useChartIntoViewOnPassage(sectionRef, embedded ? undefined : selectedPassage);
  const phone = usePhoneScreen();
  const detailsId = useId();
  const articleId = useId();
  const sheet = phone && !embedded && !presenting;
  const portrait = usePortraitPhone() && !embedded;
  // What either chart is drawn from: the wide one across, or an upright phone's down the screen.
  const chartProps = {
    episodes: shown,
    roles: collection.roles,
    alignRoleId,
    lit,
    pinnedRefs,
    evidenceRefs,
    onZoomControls: setZoomControls,
    onFirstDraw,
    calendarTicks,
  };

  return (
    <section ref={sectionRef} className="echoes-timeline" aria-labelledby="echoes-timeline-heading">
      <h2 id="echoes-timeline-heading" className="echoes-visually-hidden" tabIndex={-1}>
        {TIMELINE_TEXT.heading}
      </h2>
      {presenting || embedded ? null : (
        <nav className="echoes-skip-links" aria-label={TIMELINE_TEXT.skipLinks.label}>
          {/* On a phone the details are a sheet that opens with a choice, and takes the focus itself. */}
          {sheet ? null : (
            <a href={`#${detailsId}`} onClick={(event) => skipTo(event, detailsId)}>
              {TIMELINE_TEXT.skipLinks.details}
            </a>
          )}
          {article ? (
            <a href={`#${articleId}`} onClick={(event) => skipTo(event, articleId)}>
              {TIMELINE_TEXT.skipLinks.article}
            </a>
          ) : null}
        </nav>
      )}
      <TimelineControls roles={collection.roles} zoom={zoomControls} compact={sheet}>
        {presenting || sheet ? null : embedded ? (
          drawn ? (
            <Suspense fallback={null}>
              <EmbedShareRow collection={collection} />
            </Suspense>
          ) : null
        ) : (
          shareMenu
        )}
      </TimelineControls>
      <div className="echoes-timeline__body">
        <div ref={chartColumnRef} className="echoes-timeline__chart">
          {portrait ? (
            // Until it loads, room for a frame as tall as the screen, so that nothing under it moves into view.
            <Suspense
              fallback={<div className="echoes-chart-frame" style={{ height: "100svh" }} />}
            >
              <PortraitChart {...chartProps} fitHeight={presenting} />
            </Suspense>
          ) : (
            <TimelineChart
              {...chartProps}
              pageFirst={embedded}
              fitHeight={embedded || presenting}
              projected={presenting}
              onNaturalHeight={onChartNaturalHeight}
            />
          )}
          {presenting || embedded || !drawn ? null : (
            <Suspense fallback={null}>
              <RoleLegend roles={collection.roles} alignRoleId={alignRoleId} />
              <TimelineFilters episodes={ordered} kinds={kinds} />
            </Suspense>
          )}
        </div>
        <div className="echoes-timeline__side">
          <DetailsPane id={detailsId} sheet={sheet}>
            <EventDetails collection={collection} correctionsLinked={!embedded && !presenting} />
          </DetailsPane>
          {/* The article loads once the chart is drawn: the comparison comes first. */}
          {article ? (
            <div id={articleId} tabIndex={-1} className="echoes-article-pane">
              {drawn ? <Suspense fallback={null}>{article}</Suspense> : null}
            </div>
          ) : null}
        </div>
      </div>
      {idle ? (
        <Suspense fallback={null}>
          <PrintHandout collection={collection} calendarTicks={calendarTicks} />
        </Suspense>
      ) : null}
      <SelectionAnnouncer collection={collection} />
    </section>
  );
}
