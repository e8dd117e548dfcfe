import { formatNumber } from "./locale";
import { localized } from "./localized";

/** What the lesson presenter says. */
export interface LessonText {
  readonly presenter: string;
  readonly progress: (stop: number, count: number) => string;
  readonly previous: string;
  readonly next: string;
  readonly fullScreen: string;
  readonly leaveFullScreen: string;
  readonly exit: string;
  readonly discuss: string;
  readonly articleSays: string;
  readonly evidence: (count: number) => string;
  readonly keys: string;
  readonly finished: string;
  readonly adjustView: string;
  readonly showDetails: (title: string) => string;
  readonly hideDetails: string;
}

export const LESSON_TEXT: LessonText = localized("lesson", {
  presenter: "Lesson",
  progress: (stop, count) => `Stop ${formatNumber(stop)} of ${formatNumber(count)}`,
  previous: "Previous",
  next: "Next",
  fullScreen: "Full screen",
  leaveFullScreen: "Leave full screen",
  exit: "End the lesson",
  discuss: "Discuss",
  articleSays: "The article says",
  evidence: (count) =>
    count === 1
      ? "The event behind this stop, with its sources"
      : `The ${formatNumber(count)} events behind this stop, with their sources`,
  keys: "Arrow keys, Page Up and Page Down (a presentation clicker) move between stops.",
  finished: "This is the last stop.",
  adjustView: "Adjust view",
  showDetails: (title) => `Details: ${title}`,
  hideDetails: "Hide the details",
});
