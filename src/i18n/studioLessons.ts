import type { TimeMode } from "../data/format/vocabulary";
import { formatNumber } from "./locale";
import { localized } from "./localized";

/** What the Studio's editor of lessons says. */
export interface StudioLessonsText {
  readonly heading: string;
  readonly intro: string;
  readonly noLessons: string;
  readonly newLesson: string;
  readonly id: string;
  readonly idHint: string;
  readonly title: string;
  readonly summary: string;
  readonly summaryHint: string;
  readonly addLesson: string;
  readonly lessonHeading: (title: string) => string;
  readonly removeLesson: (title: string) => string;
  readonly stops: string;
  readonly noStops: string;
  readonly stopHeading: (index: number, title: string) => string;
  readonly stopId: string;
  readonly stopIdHint: string;
  readonly stopTitle: string;
  readonly stopText: string;
  readonly stopTextHint: string;
  readonly question: string;
  readonly questionHint: string;
  readonly evidence: string;
  readonly evidenceHint: string;
  readonly unknownEvent: (ref: string) => string;
  readonly passage: string;
  readonly passageHint: string;
  readonly noPassage: string;
  readonly view: string;
  readonly viewTerms: {
    readonly mode: string;
    readonly role: string;
    readonly window: string;
    readonly selected: string;
  };
  readonly modes: Record<TimeMode, string>;
  readonly defaultRole: string;
  readonly window: (from: number, to: number) => string;
  readonly selectedEvent: (title: string) => string;
  readonly selectedPassage: (quote: string) => string;
  readonly nothingSelected: string;
  readonly useCurrentView: string;
  readonly moveUp: (index: number) => string;
  readonly moveDown: (index: number) => string;
  readonly removeStop: (index: number) => string;
  readonly newStop: string;
  readonly newStopHint: string;
  readonly addStop: string;
}

const signed = (days: number) => (days > 0 ? `+${formatNumber(days)}` : formatNumber(days));

export const STUDIO_LESSONS_TEXT: StudioLessonsText = localized("studioLessons", {
  heading: "Lessons",
  intro:
    "A lesson walks a class through the collection one stop at a time. Set the timeline beside the editor as the class should see it, then add a stop from it.",
  noLessons: "No lesson yet.",
  newLesson: "New lesson",
  id: "Id",
  idHint: 'Lowercase letters and digits joined by hyphens, e.g. "testing-an-analogy"',
  title: "Title",
  summary: "Summary",
  summaryHint: "What the class will do, in a sentence or two",
  addLesson: "Add the lesson",
  lessonHeading: (title) => `Lesson: ${title}`,
  removeLesson: (title) => `Remove the lesson ${title}`,
  stops: "Stops",
  noStops: "No stop yet: a lesson needs at least one.",
  stopHeading: (index, title) => `Stop ${formatNumber(index + 1)}: ${title}`,
  stopId: "Stop id",
  stopIdHint: "Left empty, one is made from the title",
  stopTitle: "Title",
  stopText: "Text",
  stopTextHint: "A few short sentences, each backed by the events under evidence",
  question: "Question",
  questionHint: "For the class to discuss",
  evidence: "Evidence",
  evidenceHint:
    "The events that back every statement of the text: at least one; hold Ctrl or Cmd to choose several",
  unknownEvent: (ref) => `${ref} (not found)`,
  passage: "Passage selected",
  passageHint: "An article's passage to show at this stop, instead of an event",
  noPassage: "None",
  view: "What the timeline shows",
  viewTerms: { mode: "Mode", role: "Aligned on", window: "Days in view", selected: "Selected" },
  modes: { aligned: "Aligned", calendar: "Calendar", sequence: "Sequence" },
  defaultRole: "The collection's default role",
  window: (from, to) => `${signed(from)} to ${signed(to)} days from day 0`,
  selectedEvent: (title) => `The event ${title}`,
  selectedPassage: (quote) => `The passage “${quote}”`,
  nothingSelected: "Nothing",
  useCurrentView: "Use the timeline's current view",
  moveUp: (index) => `Move stop ${formatNumber(index + 1)} up`,
  moveDown: (index) => `Move stop ${formatNumber(index + 1)} down`,
  removeStop: (index) => `Remove stop ${formatNumber(index + 1)}`,
  newStop: "New stop",
  newStopHint:
    "The stop keeps what the timeline beside the editor shows now: its mode, role, days in view and selection.",
  addStop: "Add a stop from the timeline's current view",
});
