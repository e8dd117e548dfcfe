import type { TimeMode } from "../data/format/vocabulary";
import { addItem, addListedFile, checkNewId, type Draft, fileHeader } from "./draft";
import type { JsonObject } from "./jsonPath";

/** Where a new lesson goes, as in data/. */
export const lessonPath = (id: string) => `lessons/${id}.json`;

export interface NewLesson {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
}

/** Adds a lesson with no stops yet; the checks ask for one. */
export function addLesson(draft: Draft, lesson: NewLesson): Draft {
  checkNewId("lesson", lesson.id);
  const path = lessonPath(lesson.id);
  return addListedFile(draft, "lesson", path, {
    ...fileHeader("lesson", path),
    ...lesson,
    stops: [],
  });
}

/** What the timeline shows, as the studio reads it from the view beside the editor. */
export interface CurrentView {
  readonly mode: TimeMode;
  readonly role?: string;
  /** Days from day 0 in view, in the aligned mode. */
  readonly window?: readonly [number, number];
  /** The selected event, "episode-id/event-id". */
  readonly event?: string;
  /** The selected passage, "article-id/excerpt-id". */
  readonly passage?: string;
}

/**
 * A stop's view made from the timeline's: a role and window only in the
 * aligned mode, where the format allows them, and one selection, the passage
 * where both are given, as a passage names its events.
 */
export function toStopView(view: CurrentView): JsonObject {
  const aligned = view.mode === "aligned";
  return {
    mode: view.mode,
    ...(aligned && view.role !== undefined ? { role: view.role } : {}),
    ...(aligned && view.window !== undefined ? { window: [...view.window] } : {}),
    ...(view.passage !== undefined
      ? { passage: view.passage }
      : view.event !== undefined
        ? { event: view.event }
        : {}),
  };
}

export interface NewStop {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly question: string;
  readonly view: CurrentView;
  readonly evidence: readonly string[];
}

/** Adds a stop made from the timeline's current view. */
export function addStop(draft: Draft, path: string, stop: NewStop): Draft {
  return addItem(draft, path, "stops", {
    ...stop,
    view: toStopView(stop.view),
    evidence: [...stop.evidence],
  });
}
