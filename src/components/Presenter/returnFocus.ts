// The presenter replaces the page, launcher and all: the launcher it was opened from is drawn again
// only once the presenter has gone, and then takes focus back from this note.
let closedLessonId: string | undefined;

/** Notes, as the presenter closes, the lesson it showed. */
export function noteLessonClosed(lessonId: string) {
  closedLessonId = lessonId;
}

/** The lesson whose presenter has just closed, if any, once. */
export function takeClosedLesson(): string | undefined {
  const lessonId = closedLessonId;
  closedLessonId = undefined;
  return lessonId;
}
