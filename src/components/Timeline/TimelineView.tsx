import {
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Collection } from "../../data/loadCollection";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import { stopEvidence } from "../../lessons/stopView";
import { useEchoes } from "../../store/EchoesProvider";
import {
  findPassage,
  litEventRefs,
  selectAlignRoleId,
  selectHighlightedRoleId,
  selectHoveredPassage,
  selectPresenting,
  selectSelectedPassage,
} from "../../store/selectors";
import { loadCalendarTicks } from "../../timeline/ticks";
import { CopyLinkButton } from "../Share/CopyLinkButton";
import { EmbedButton } from "../Share/EmbedButton";
import { ExportButtons } from "../Share/ExportButtons";
import { EventDetails, loadSelectedEventDetails } from "./EventDetails";
import { SelectionAnnouncer } from "./SelectionAnnouncer";
import { TimelineChart } from "./TimelineChart";
import { TimelineControls } from "./TimelineControls";
import { useEpisodesInView } from "./useEpisodesInView";
import type { ZoomControls } from "./useZoomBehavior";

// Under the chart: the legend of roles and the filters, loaded once the chart is drawn.
const RoleLegend = lazy(async () => ({ default: (await import("./RoleLegend")).RoleLegend }));
const TimelineFilters = lazy(async () => ({
  default: (await import("./TimelineFilters")).TimelineFilters,
}));

// Only paper shows it: loaded once the page is idle, not before the timeline is drawn.
const PrintTable = lazy(async () => ({
  default: (await import("../Share/PrintTable")).PrintTable,
}));

export interface TimelineViewProps {
  readonly collection: Collection;
  /** The article reader, under the event details; an embed may leave it out. */
  readonly article?: ReactNode;
  /** Inside another page: the chart leaves the wheel and one-finger drags to the page until clicked or focused. */
  readonly embedded?: boolean;
  /** On the projector in a lesson: the chart and its details, without sharing or filters. */
  readonly presenting?: boolean;
  /** Receives the height the chart's frame would take with the usual rows (see TimelineChart). */
  readonly onChartNaturalHeight?: (height: number) => void;
}

/** The comparative timeline with its controls, filters and the details of the selected event. */
export function TimelineView({
  collection,
  article,
  embedded = false,
  presenting = false,
  onChartNaturalHeight,
}: TimelineViewProps) {
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
  const findChart = useCallback(
    () => sectionRef.current?.querySelector<SVGSVGElement>("svg.echoes-chart") ?? null,
    [],
  );
  const [printable, setPrintable] = useState(false);
  // What is not needed for the first view loads once the chart is drawn and the page is idle.
  const [drawn, setDrawn] = useState(false);
  const onFirstDraw = useCallback(() => setDrawn(true), []);
  useEffect(() => {
    if (!drawn) return;
    const whenIdle = "requestIdleCallback" in window ? requestIdleCallback : setTimeout;
    whenIdle(() => {
      setPrintable(true);
      void loadSelectedEventDetails();
      void loadCalendarTicks();
    });
  }, [drawn]);

  const { ordered, shown, kinds } = useEpisodesInView(collection.episodes);

  return (
    <section ref={sectionRef} className="echoes-timeline" aria-labelledby="echoes-timeline-heading">
      <h2 id="echoes-timeline-heading" className="echoes-visually-hidden" tabIndex={-1}>
        {TIMELINE_TEXT.heading}
      </h2>
      <TimelineControls roles={collection.roles} alignRoleId={alignRoleId} zoom={zoomControls}>
        {presenting ? null : (
          <>
            <CopyLinkButton />
            {embedded ? null : <EmbedButton title={collection.title} />}
            <ExportButtons collection={collection} findChart={findChart} />
          </>
        )}
      </TimelineControls>
      <div className="echoes-timeline__body">
        <div className="echoes-timeline__chart">
          <TimelineChart
            episodes={shown}
            roles={collection.roles}
            alignRoleId={alignRoleId}
            lit={lit}
            pinnedRefs={pinnedRefs}
            evidenceRefs={evidenceRefs}
            onZoomControls={setZoomControls}
            pageFirst={embedded}
            fitHeight={embedded}
            onNaturalHeight={onChartNaturalHeight}
            onFirstDraw={onFirstDraw}
          />
          {presenting || embedded || !drawn ? null : (
            <Suspense fallback={null}>
              <RoleLegend roles={collection.roles} alignRoleId={alignRoleId} />
              <TimelineFilters episodes={ordered} kinds={kinds} />
            </Suspense>
          )}
        </div>
        <div className="echoes-timeline__side">
          <EventDetails collection={collection} />
          {/* The article loads once the chart is drawn: the comparison comes first. */}
          {drawn ? <Suspense fallback={null}>{article}</Suspense> : null}
        </div>
      </div>
      {printable ? (
        <Suspense fallback={null}>
          <PrintTable collection={collection} findChart={findChart} />
        </Suspense>
      ) : null}
      <SelectionAnnouncer collection={collection} />
    </section>
  );
}
