import { findEvent, findLesson, findPassage } from "../../data/format/collection";
import { LanguageSwitch } from "../LanguageSwitch/LanguageSwitch";
import "./presenter.css";
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import { formatHistoricalSpan } from "../../data/format/formatHistoricalDate";
import { writtenIn } from "../../i18n/languages";
import { LESSON_TEXT } from "../../i18n/lesson";
import { currentLocale } from "../../i18n/locale";
import type { DrawnCollection } from "../../store/drawnCollection";
import { useEchoes, useEchoesActions } from "../../store/EchoesProvider";
import { selectPresenting, selectSelectedRef } from "../../store/selectors";
import { CollectionOrigin } from "../CollectionOrigin/CollectionOrigin";
import { SourceList } from "../SourceLink/SourceLink";
import { TimelineView } from "../Timeline/TimelineView";
import { noteLessonClosed, takeClosedLesson } from "./returnFocus";
import { useFullScreen } from "./useFullScreen";
import { usePresenterKeys } from "./usePresenterKeys";

/** Projectors wash out dark pages: while a lesson is shown, the page is light whatever the theme. */
function useLightPage() {
  useEffect(() => {
    const root = document.documentElement;
    const theme = root.dataset.theme;
    root.dataset.theme = "light";
    return () => {
      if (theme === undefined) delete root.dataset.theme;
      else root.dataset.theme = theme;
    };
  }, []);
}

export interface PresenterProps {
  readonly collection: DrawnCollection;
  /** What went wrong in loading or in restoring the link, said above the lesson rather than after it. */
  readonly notices?: ReactNode;
}

/**
 * A lesson on the projector: one stop at a time, its text and question in
 * large type beside the timeline showing what the stop is about, with the
 * events (and their sources) that back what it says.
 */
export function Presenter({ collection, notices }: PresenterProps) {
  const presenting = useEchoes(selectPresenting);
  const { presentStop, stopPresenting } = useEchoesActions();
  const fullScreen = useFullScreen();
  const headingId = useId();
  const viewId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  const detailsToggleRef = useRef<HTMLButtonElement>(null);
  const lesson = findLesson(collection, presenting?.lessonId);
  const index = presenting?.stop ?? 0;
  const count = lesson?.stops.length ?? 0;
  const selected = findEvent(collection.episodes, useEchoes(selectSelectedRef));
  // The chart keeps the room: its controls and the selected event's details open on demand,
  // the details for the stop they were opened at.
  const [adjusting, setAdjusting] = useState(false);
  const [detailsStop, setDetailsStop] = useState<number>();
  const detailsOpen = selected !== undefined && detailsStop === index;

  const actions = useMemo(
    () => ({
      step: (delta: number) => {
        if (lesson) presentStop(lesson.id, Math.max(0, Math.min(count - 1, index + delta)));
      },
      first: () => lesson && presentStop(lesson.id, 0),
      last: () => lesson && presentStop(lesson.id, count - 1),
      exit: () => {
        if (detailsOpen) {
          setDetailsStop(undefined);
          detailsToggleRef.current?.focus();
          return;
        }
        if (document.fullscreenElement) void document.exitFullscreen();
        stopPresenting();
      },
    }),
    [lesson, count, index, presentStop, stopPresenting, detailsOpen],
  );
  usePresenterKeys(actions);
  useLightPage();

  const lessonId = lesson?.id;
  useEffect(() => {
    if (lessonId === undefined) return;
    // A note left by a presenter drawn twice (React's strict mode) is not a lesson closed.
    takeClosedLesson();
    return () => noteLessonClosed(lessonId);
  }, [lessonId]);

  const stop = lesson?.stops[index];
  const shown = stop !== undefined;
  // Focus starts in the presenter, on the stop, and comes back to it when what had it goes
  // (the details closed with their own button).
  useEffect(() => {
    if (shown) headingRef.current?.focus();
  }, [shown]);
  useEffect(() => {
    if (selected === undefined && document.activeElement === document.body) {
      headingRef.current?.focus();
    }
  }, [selected]);
  useEffect(() => {
    if (detailsOpen) {
      viewRef.current
        ?.querySelector<HTMLElement>(".echoes-timeline__side :is(button, a[href])")
        ?.focus();
    }
  }, [detailsOpen]);

  if (!lesson || !stop) return null;
  const passage = findPassage(collection.articles, stop.view.passage);
  const evidence = stop.evidence.flatMap((ref) => {
    const found = findEvent(collection.episodes, ref);
    return found ? [{ ref, ...found }] : [];
  });

  return (
    <main className="echoes-presenter">
      <header className="echoes-presenter__bar">
        <h1 className="echoes-presenter__lesson">
          <span className="echoes-presenter__kicker">{LESSON_TEXT.presenter}</span>{" "}
          <span {...writtenIn(collection.language)}>{lesson.title}</span>
        </h1>
        <CollectionOrigin />
        <div className="echoes-presenter__progress">
          <span>{LESSON_TEXT.progress(index + 1, count)}</span>
          <progress
            max={count}
            value={index + 1}
            aria-label={LESSON_TEXT.progress(index + 1, count)}
          />
        </div>
        <div className="echoes-presenter__actions">
          <LanguageSwitch />
          {fullScreen.toggle ? (
            <button type="button" className="echoes-button" onClick={fullScreen.toggle}>
              {fullScreen.on ? LESSON_TEXT.leaveFullScreen : LESSON_TEXT.fullScreen}
            </button>
          ) : null}
          <button type="button" className="echoes-button" onClick={actions.exit}>
            {LESSON_TEXT.exit}
          </button>
        </div>
        {notices ? <div className="echoes-presenter__notices">{notices}</div> : null}
      </header>
      <div className="echoes-presenter__body">
        <article className="echoes-presenter__stop" aria-labelledby={headingId}>
          <h2 ref={headingRef} id={headingId} aria-live="polite" tabIndex={-1}>
            <span className="echoes-visually-hidden">
              {LESSON_TEXT.progress(index + 1, count)}:{" "}
            </span>
            <span {...writtenIn(collection.language)}>{stop.title}</span>
          </h2>
          <p className="echoes-presenter__text" {...writtenIn(collection.language)}>
            {stop.text}
          </p>
          {passage ? (
            <figure className="echoes-presenter__quote">
              <figcaption>{LESSON_TEXT.articleSays}</figcaption>
              <blockquote>{passage.excerpt.quote}</blockquote>
            </figure>
          ) : null}
          <div className="echoes-presenter__question">
            <h3>{LESSON_TEXT.discuss}</h3>
            <p {...writtenIn(collection.language)}>{stop.question}</p>
          </div>
          <details className="echoes-presenter__evidence">
            <summary>{LESSON_TEXT.evidence(evidence.length)}</summary>
            <ul>
              {evidence.map(({ ref, episode, event }) => (
                <li key={ref}>
                  <p className="echoes-presenter__evidence-title">
                    {episode.label}:{" "}
                    <time dateTime={event.date.text}>
                      {formatHistoricalSpan(event.date, event.endDate, currentLocale())}
                    </time>
                    , {event.title}
                  </p>
                  <SourceList sources={event.sources} className="echoes-presenter__sources" />
                </li>
              ))}
            </ul>
          </details>
        </article>
        <div className="echoes-presenter__timeline">
          <div className="echoes-presenter__tools">
            <button
              type="button"
              className="echoes-button"
              aria-expanded={adjusting}
              aria-controls={viewId}
              onClick={() => setAdjusting(!adjusting)}
            >
              {LESSON_TEXT.adjustView}
            </button>
            {selected ? (
              <button
                ref={detailsToggleRef}
                type="button"
                className="echoes-button echoes-presenter__details-toggle"
                aria-expanded={detailsOpen}
                aria-controls={viewId}
                onClick={() => setDetailsStop(detailsOpen ? undefined : index)}
              >
                {detailsOpen
                  ? LESSON_TEXT.hideDetails
                  : LESSON_TEXT.showDetails(selected.event.title)}
              </button>
            ) : null}
          </div>
          <div
            ref={viewRef}
            id={viewId}
            className={`echoes-presenter__view${adjusting ? " is-adjusting" : ""}${detailsOpen ? " is-showing-details" : ""}`}
          >
            <TimelineView collection={collection} presenting />
          </div>
        </div>
      </div>
      <nav className="echoes-presenter__nav" aria-label={LESSON_TEXT.presenter}>
        <button
          type="button"
          className="echoes-button echoes-presenter__step"
          disabled={index === 0}
          onClick={() => actions.step(-1)}
        >
          <span className="echoes-presenter__arrow" aria-hidden="true">
            ←
          </span>{" "}
          {LESSON_TEXT.previous}
        </button>
        <p className="echoes-presenter__keys">
          {index === count - 1 ? `${LESSON_TEXT.finished} ` : ""}
          {LESSON_TEXT.keys}
        </p>
        <button
          type="button"
          className="echoes-button echoes-presenter__step"
          disabled={index === count - 1}
          onClick={() => actions.step(1)}
        >
          {LESSON_TEXT.next}{" "}
          <span className="echoes-presenter__arrow" aria-hidden="true">
            →
          </span>
        </button>
      </nav>
    </main>
  );
}
