import { useMemo } from "react";
import type { Collection } from "../../data/format/collection";
import { findEvent, findPassage } from "../../data/format/collection";
import { formatHistoricalSpan } from "../../data/format/formatHistoricalDate";
import type { Lesson } from "../../data/format/schema";
import { currentLocale } from "../../i18n/locale";
import { PRINT_TEXT } from "../../i18n/print";
import { stopView } from "../../lessons/stopView";
import { dayZeroAnchorRefs } from "../../timeline/emphasis";
import { buildTimelineModel } from "../../timeline/laneModels";
import { layoutForPrint, PRINT_WIDTH, printFrameZoom } from "../../timeline/printLayout";
import type { TextMeasure } from "../../timeline/textWidth";
import type { CalendarTickFunction } from "../../timeline/ticks";
import { CollectionOrigin } from "../CollectionOrigin/CollectionOrigin";
import { chartLabelFont, labelMeasure } from "../Timeline/measureLabel";
import { FoldedList } from "./FoldedList";
import { PrintChart } from "./PrintChart";
import { titleAndSite } from "./printedSource";

/** What a stop's chart may take of its page, with its text above and its evidence and question below. */
const STOP_CHART_HEIGHT = 330;
/** A stop with many events gives up some of its chart to their list, so that the stop keeps to one page. */
const HEIGHT_PER_EXTRA_EVENT = 24;
const LISTED_WITHOUT_SHRINKING = 6;
const SMALLEST_STOP_CHART = 160;

function stopChartHeight(evidence: number): number {
  const extra = Math.max(0, evidence - LISTED_WITHOUT_SHRINKING);
  return Math.max(SMALLEST_STOP_CHART, STOP_CHART_HEIGHT - HEIGHT_PER_EXTRA_EVENT * extra);
}
const NO_KINDS_HIDDEN: ReadonlySet<never> = new Set();

export interface ClassHandoutProps {
  readonly collection: Collection;
  readonly lesson: Lesson;
  /** The calendar axis's ticks, loaded beforehand for a stop on the calendar: the sheet prints at once. */
  readonly calendarTicks?: CalendarTickFunction;
}

/** A lesson for each student: a page per stop, with its timeline, its evidence and its question. */
export function ClassHandout({ collection, lesson, calendarTicks }: ClassHandoutProps) {
  const measure = labelMeasure(chartLabelFont());
  return (
    <article className="echoes-print echoes-print--lesson">
      <header className="echoes-print__header">
        <p className="echoes-print__name">{PRINT_TEXT.handout.name}</p>
        <h1>{PRINT_TEXT.handout.title(lesson.title)}</h1>
        <CollectionOrigin />
        <p>{lesson.summary}</p>
      </header>
      {lesson.stops.map((stop, index) => (
        <StopPage
          key={stop.id}
          collection={collection}
          lesson={lesson}
          index={index}
          measure={measure}
          calendarTicks={calendarTicks}
        />
      ))}
    </article>
  );
}

interface StopPageProps extends ClassHandoutProps {
  readonly index: number;
  readonly measure: TextMeasure;
}

/** One stop as the presenter shows it, set to the stop's view, with room to answer its question. */
function StopPage({ collection, lesson, index, measure, calendarTicks }: StopPageProps) {
  const stop = lesson.stops[index];
  const view = stopView(collection, lesson, index);
  const evidenceRefs = stop?.evidence;
  const chart = useMemo(() => {
    const refs = evidenceRefs ?? [];
    const model = buildTimelineModel(
      collection.episodes,
      collection.roles,
      view.mode,
      view.alignRoleId,
    );
    const zoom = printFrameZoom(
      model,
      { window: view.mode === "aligned" ? view.window : undefined, refs },
      PRINT_WIDTH,
    );
    const print = layoutForPrint(
      model,
      collection.roles,
      NO_KINDS_HIDDEN,
      zoom,
      {
        mustShow: new Set([...dayZeroAnchorRefs(model), ...refs]),
        promote: new Set(view.selectedRef ? [view.selectedRef] : []),
      },
      {
        width: PRINT_WIDTH,
        height: stopChartHeight(refs.length),
        measure,
        locale: currentLocale(),
        calendarTicks,
      },
    );
    return { model, print, lit: new Set(refs) };
  }, [
    collection,
    view.mode,
    view.alignRoleId,
    view.window,
    view.selectedRef,
    evidenceRefs,
    measure,
    calendarTicks,
  ]);
  if (!stop) return null;
  const role = collection.roles.find((candidate) => candidate.id === view.alignRoleId);
  const axis =
    view.mode === "aligned" && role
      ? PRINT_TEXT.alignedOn(role.label)
      : PRINT_TEXT.modes[view.mode];
  const passage = findPassage(collection.articles, stop.view.passage);
  return (
    <section className="echoes-print__stop">
      <h2>{PRINT_TEXT.handout.stop(index + 1, lesson.stops.length, stop.title)}</h2>
      <p>{stop.text}</p>
      {passage ? (
        <blockquote className="echoes-print__quote">
          <p>
            {PRINT_TEXT.handout.articleSays} {passage.excerpt.quote}
          </p>
        </blockquote>
      ) : null}
      <figure className="echoes-print__figure">
        <PrintChart
          print={chart.print}
          mode={view.mode}
          measure={measure}
          label={PRINT_TEXT.chartLabel(axis)}
          selectedRef={view.selectedRef}
          lit={chart.lit}
        />
      </figure>
      <FoldedList print={chart.print} model={chart.model} counted />
      <div className="echoes-print__columns">
        <div className="echoes-print__answer">
          <h3>{PRINT_TEXT.handout.question}</h3>
          <p>{stop.question}</p>
          <div className="echoes-print__lines" />
        </div>
        <div>
          <h3>{PRINT_TEXT.handout.evidence}</h3>
          <ul className="echoes-print__evidence">
            {stop.evidence.map((ref) => {
              const found = findEvent(collection.episodes, ref);
              if (!found) return null;
              const { episode, event } = found;
              const [source, ...others] = event.sources;
              return (
                <li key={ref}>
                  {episode.label}:{" "}
                  {formatHistoricalSpan(event.date, event.endDate, currentLocale())},{" "}
                  <strong>{event.title}</strong>. {source ? titleAndSite(source) : null}
                  {others.length > 0 ? ` ${PRINT_TEXT.handout.otherSources(others.length)}` : null}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </section>
  );
}
