import { formatNumber } from "./locale";
import { localized } from "./localized";

/** What the page says about lessons outside the presenter; loaded with the page. */
export interface LessonLauncherText {
  readonly heading: string;
  readonly present: (title: string) => string;
  /** The start of `present`, all of it a narrow bar shows; the title follows where there is room. */
  readonly presentShort: string;
  readonly presentTitle: (title: string) => string;
  readonly stops: (count: number) => string;
  readonly print: string;
  readonly printLabel: (title: string) => string;
}

export const LESSON_LAUNCHER_TEXT: LessonLauncherText = localized("lessonLauncher", {
  heading: "Lessons",
  present: (title) => `Present the lesson “${title}”`,
  presentShort: "Present the lesson",
  presentTitle: (title) => ` “${title}”`,
  print: "Print handouts…",
  printLabel: (title) => `Print handouts… for “${title}”`,
  stops: (count) => (count === 1 ? "1 stop" : `${formatNumber(count)} stops`),
});
