import { eventRefsOf, passageRefsOf } from "./collection";
import { type Problem, takenIdProblem, WHOLE_FILE } from "./problem";
import type { AnalogyRole, Article, Episode, Lesson, LessonStop, LessonView } from "./schema";
import { showValue } from "./showValue";
import type { LocatedLesson } from "./validateFiles";

export interface LessonReferenceInput {
  readonly episodes: readonly Episode[];
  /** The roles and articles as kept after their own checks. */
  readonly roles: readonly AnalogyRole[];
  readonly articles: readonly Article[];
  readonly lessons: ReadonlyArray<{ readonly file: string } & LocatedLesson>;
}

/**
 * Checks what a lesson points at: the role, event or passage a stop shows,
 * and the events that back what it says. A stop whose view points nowhere
 * keeps the rest of its view; a stop left with no evidence is dropped, since
 * every statement of a lesson must be backed by the collection.
 */
export function checkLessons(input: LessonReferenceInput): {
  readonly lessons: readonly Lesson[];
  readonly problems: readonly Problem[];
} {
  // Without lessons, no set of every event's ref (some 10 ms at 10,000 events) before the first frame.
  if (input.lessons.length === 0) return { lessons: [], problems: [] };
  const problems: Problem[] = [];
  const eventRefs = new Set(input.episodes.flatMap(eventRefsOf));
  const roleIds = new Set(input.roles.map((role) => role.id));
  const passageRefs = new Set(input.articles.flatMap((article) => passageRefsOf(article)));

  const lessons: Lesson[] = [];
  for (const { file, lesson, stops: locatedStops } of input.lessons) {
    if (lessons.some((other) => other.id === lesson.id)) {
      problems.push(takenIdProblem(file, "lesson", lesson.id));
      continue;
    }
    const stops: LessonStop[] = [];
    for (const { value: stop, index } of locatedStops) {
      const stopPath = `stops[${index}]`;
      const view: { -readonly [K in keyof LessonView]: LessonView[K] } = { ...stop.view };
      const unknown = (field: "role" | "event" | "passage", message: string, dropped: string) => {
        problems.push({ file, path: `${stopPath}.view.${field}`, message, dropped });
        delete view[field];
      };
      if (view.role !== undefined && !roleIds.has(view.role)) {
        unknown(
          "role",
          `${showValue(view.role)} is not an analogy role of this collection`,
          `the day 0 of stop "${stop.id}"`,
        );
      }
      if (view.event !== undefined && !eventRefs.has(view.event)) {
        unknown(
          "event",
          `${showValue(view.event)} names no event of this collection`,
          `the selection of stop "${stop.id}"`,
        );
      }
      if (view.passage !== undefined && !passageRefs.has(view.passage)) {
        unknown(
          "passage",
          `${showValue(view.passage)} names no article passage of this collection`,
          `the selection of stop "${stop.id}"`,
        );
      }
      const evidence = stop.evidence.filter((ref, refIndex) => {
        if (eventRefs.has(ref)) return true;
        problems.push({
          file,
          path: `${stopPath}.evidence[${refIndex}]`,
          message: `${showValue(ref)} names no event of this collection`,
          dropped: `the evidence ${showValue(ref)}`,
        });
        return false;
      });
      if (evidence.length === 0) {
        problems.push({
          file,
          path: `${stopPath}.evidence`,
          message: "no event of this collection backs what the stop says",
          dropped: `stop "${stop.id}"`,
        });
        continue;
      }
      stops.push({ ...stop, view, evidence });
    }
    if (stops.length === 0) {
      problems.push({
        file,
        path: "stops",
        message: "no stop is left to show",
        dropped: WHOLE_FILE,
      });
      continue;
    }
    lessons.push({ ...lesson, stops });
  }
  return { lessons, problems };
}
