import { formatNumber } from "./locale";

/** What the page says about lessons outside the presenter; loaded with the page. */
export interface LessonLauncherText {
  readonly heading: string;
  readonly present: (title: string) => string;
  readonly stops: (count: number) => string;
}

export const LESSON_LAUNCHER_TEXT: LessonLauncherText = {
  heading: "Lessons",
  present: (title) => `Present the lesson “${title}”`,
  stops: (count) => (count === 1 ? "1 stop" : `${formatNumber(count)} stops`),
};
