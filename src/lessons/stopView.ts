import type { Collection } from "../data/format/collection";
import { findLesson, findPassage } from "../data/format/collection";
import type { Lesson, LessonView } from "../data/format/schema";

/** What a stop of a lesson shows: the view fields it sets, and the days to fit in the aligned mode. */
export interface StopView {
  readonly mode: LessonView["mode"];
  readonly alignRoleId: string | undefined;
  readonly selectedRef: string | undefined;
  readonly selectedPassage: string | undefined;
  readonly window: readonly [number, number] | undefined;
}

/** The view of stop `index` (0-based); a passage selects the first event it speaks of, as in the article. */
export function stopView(collection: Collection, lesson: Lesson, index: number): StopView {
  const view: LessonView = lesson.stops[index]?.view ?? { mode: "aligned" };
  const excerpt = findPassage(collection.articles, view.passage)?.excerpt;
  return {
    mode: view.mode,
    alignRoleId: view.role,
    selectedPassage: excerpt ? view.passage : undefined,
    selectedRef: excerpt ? excerpt.events[0] : view.event,
    window: view.window,
  };
}

/** The evidence of the stop being presented, which the timeline draws whatever the crowding. */
export function stopEvidence(
  collection: Collection,
  presenting: { readonly lessonId: string; readonly stop: number } | undefined,
): readonly string[] {
  const lesson = findLesson(collection, presenting?.lessonId);
  return (presenting && lesson?.stops[presenting.stop]?.evidence) ?? [];
}
