import type { Lesson } from "../../data/schema";
import { LESSON_LAUNCHER_TEXT } from "../../i18n/lessonLauncher";
import { useEchoes } from "../../store/EchoesProvider";
import { selectPresentStop } from "../../store/selectors";

export interface LessonLauncherProps {
  readonly lessons: readonly Lesson[];
}

/** The collection's lessons, each ready to present from its first stop. */
export function LessonLauncher({ lessons }: LessonLauncherProps) {
  const presentStop = useEchoes(selectPresentStop);
  if (lessons.length === 0) return null;
  return (
    <ul className="echoes-lessons" aria-label={LESSON_LAUNCHER_TEXT.heading}>
      {lessons.map((lesson) => (
        <li key={lesson.id}>
          <button
            type="button"
            className="echoes-button echoes-lessons__present"
            title={`${LESSON_LAUNCHER_TEXT.stops(lesson.stops.length)}. ${lesson.summary}`}
            onClick={() => presentStop(lesson.id, 0)}
          >
            <span className="echoes-lessons__icon" aria-hidden="true">
              ▶{" "}
            </span>
            {LESSON_LAUNCHER_TEXT.present(lesson.title)}
          </button>
        </li>
      ))}
    </ul>
  );
}
