import { type ExcerptPlace, HEADLINE } from "../data/format/excerptPlace";
import type { TimeMode } from "../data/format/vocabulary";
import { formatNumber } from "./locale";
import { localized } from "./localized";

/** What printed handouts say: the timeline's, and a lesson's class handout and teacher's sheet; loaded with them. */
export interface PrintText {
  readonly caption: (count: number) => string;
  readonly columns: {
    readonly episode: string;
    readonly date: string;
    readonly event: string;
    readonly sources: string;
  };
  readonly kind: (kind: string) => string;
  /** A source on paper: its title and publisher, and the site it is on rather than its whole address. */
  readonly source: (
    title: string,
    publisher: string,
    locator: string | undefined,
    site: string | undefined,
  ) => string;
  readonly titleAndSite: (title: string, site: string | undefined) => string;
  /** What the time axis shows. */
  readonly modes: Record<TimeMode, string>;
  readonly alignedOn: (role: string) => string;
  readonly chartLabel: (view: string) => string;
  /** Above the events of a lane that found no room in the chart. */
  readonly folded: (episode: string, count: number) => string;
  /** The same, as a count per lane. */
  readonly foldedCounts: (lanes: readonly (readonly [episode: string, count: number])[]) => string;
  readonly lesson: {
    readonly dialogTitle: (lesson: string) => string;
    readonly classHandout: string;
    readonly classHandoutHelp: (stops: number) => string;
    readonly teacherSheet: string;
    readonly teacherSheetHelp: (claims: number) => string;
    readonly close: string;
  };
  readonly handout: {
    readonly title: (lesson: string) => string;
    readonly name: string;
    readonly stop: (stop: number, count: number, title: string) => string;
    readonly articleSays: string;
    readonly evidence: string;
    /** After an event's first source, how many more it has (the timeline's handout lists them). */
    readonly otherSources: (count: number) => string;
    readonly question: string;
  };
  readonly sheet: {
    readonly title: (lesson: string) => string;
    readonly intro: string;
    readonly claims: (article: string) => string;
    readonly columns: {
      readonly claim: string;
      readonly verdict: string;
      readonly check: string;
      readonly sources: string;
    };
    readonly paragraph: (place: ExcerptPlace) => string;
    readonly noSources: string;
  };
}

export const PRINT_TEXT: PrintText = localized("print", {
  caption: (count) => `Events in view (${formatNumber(count)}), with their sources`,
  columns: { episode: "Episode", date: "Date", event: "Event", sources: "Sources" },
  kind: (kind) => `(${kind.toLowerCase()})`,
  source: (title, publisher, locator, site) =>
    `${title}, ${publisher}${locator ? `, ${locator}` : ""}${site ? ` (${site})` : ""}`,
  titleAndSite: (title, site) => (site ? `${title} (${site})` : title),
  modes: {
    aligned: "Days before and after day 0",
    calendar: "Each episode on its own calendar",
    sequence: "Events in sequence",
  },
  alignedOn: (role) => `Days before and after "${role.toLowerCase()}" (day 0)`,
  chartLabel: (view) => `Timeline: ${view}`,
  folded: (episode, count) =>
    `${episode}: ${count === 1 ? "1 more event" : `${formatNumber(count)} more events`} in view, not drawn for want of room`,
  foldedCounts: (lanes) =>
    `Also in view, not drawn for want of room: ${lanes
      .map(
        ([episode, count]) =>
          `${episode}, ${count === 1 ? "1 event" : `${formatNumber(count)} events`}`,
      )
      .join("; ")}.`,
  lesson: {
    dialogTitle: (lesson) => `Print “${lesson}”`,
    classHandout: "Print the class handout",
    classHandoutHelp: (stops) =>
      `For each student: the ${formatNumber(stops)} stops, each with its timeline, the events behind it with their sources, and its question with room to answer.`,
    teacherSheet: "Print the teacher's sheet",
    teacherSheetHelp: (claims) =>
      `For the teacher: the article's ${formatNumber(claims)} checked claims, each with its verdict, what the sources say and the sources.`,
    close: "Close",
  },
  handout: {
    title: (lesson) => `Lesson: ${lesson}`,
    name: "Name:",
    stop: (stop, count, title) => `Stop ${formatNumber(stop)} of ${formatNumber(count)}: ${title}`,
    articleSays: "The article says:",
    evidence: "The events behind this stop",
    otherSources: (count) =>
      count === 1 ? "(and 1 other source)" : `(and ${formatNumber(count)} other sources)`,
    question: "Question",
  },
  sheet: {
    title: (lesson) => `Teacher's sheet: ${lesson}`,
    intro:
      "The article's claims, quoted word for word, each with the verdict of the check against the sources, what the sources say, and the sources.",
    claims: (article) => `Claims checked in “${article}”`,
    columns: {
      claim: "Claim",
      verdict: "Verdict",
      check: "What the sources say",
      sources: "Sources",
    },
    paragraph: (place) =>
      place === HEADLINE ? "headline" : `paragraph ${formatNumber(place + 1)}`,
    noSources: "No source found.",
  },
});
