import { Suspense, useEffect, useRef, useState } from "react";
import type { Lesson } from "../../data/format/schema";
import { LESSON_LAUNCHER_TEXT } from "../../i18n/lessonLauncher";
import { useEchoesActions } from "../../store/EchoesProvider";
import { retryableLazy } from "../ErrorBoundary/retryableLazy";
import { takeClosedLesson } from "./returnFocus";

// Only asked for when a teacher prints: its sheets and charts load then.
const LessonPrint = retryableLazy(async () => ({
  default: (await import("../Print/LessonPrint")).LessonPrint,
}));

export interface LessonLauncherProps {
  readonly lessons: readonly Lesson[];
}

/** The collection's lessons, each ready to present from its first stop, or to print for a class. */
export function LessonLauncher({ lessons }: LessonLauncherProps) {
  const { presentStop } = useEchoesActions();
  const [printing, setPrinting] = useState<string>();
  const listRef = useRef<HTMLUListElement>(null);
  // Back from presenting a lesson: focus returns to the button that presented it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only as the launcher is drawn again.
  useEffect(() => {
    const closed = takeClosedLesson();
    const index = lessons.findIndex((lesson) => lesson.id === closed);
    listRef.current?.querySelectorAll<HTMLElement>(".echoes-lessons__present")[index]?.focus();
  }, []);
  if (lessons.length === 0) return null;
  return (
    <ul ref={listRef} className="echoes-lessons" aria-label={LESSON_LAUNCHER_TEXT.heading}>
      {lessons.map((lesson) => (
        <li key={lesson.id}>
          <button
            type="button"
            className="echoes-button echoes-lessons__present"
            title={`${LESSON_LAUNCHER_TEXT.stops(lesson.stops.length)}. ${lesson.summary}`}
            aria-label={LESSON_LAUNCHER_TEXT.present(lesson.title)}
            onClick={() => presentStop(lesson.id, 0)}
          >
            <span className="echoes-lessons__icon" aria-hidden="true">
              ▶{" "}
            </span>
            {LESSON_LAUNCHER_TEXT.presentShort}
            <span className="echoes-lessons__title">
              {LESSON_LAUNCHER_TEXT.presentTitle(lesson.title)}
            </span>
          </button>
          <button
            type="button"
            className="echoes-button echoes-lessons__print"
            aria-haspopup="dialog"
            aria-label={LESSON_LAUNCHER_TEXT.printLabel(lesson.title)}
            onClick={() => setPrinting(lesson.id)}
          >
            {LESSON_LAUNCHER_TEXT.print}
          </button>
          {printing === lesson.id ? (
            <Suspense fallback={null}>
              <LessonPrint lessonId={lesson.id} onClose={() => setPrinting(undefined)} />
            </Suspense>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
