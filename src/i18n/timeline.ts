import type { TimeMode } from "../data/format/vocabulary";
import { formatNumber, pluralCategory } from "./locale";
import { localized } from "./localized";

/** What the timeline and the panels beside it say. */
export interface TimelineText {
  readonly details: EventDetailsText;
  /** The accessible name of an event's mark; the certainty only when it is not confirmed. */
  readonly markName: (title: string, date: string, kind: string, certainty?: string) => string;
  readonly roles: string;
  readonly passageSelected: (quote: string) => string;
  readonly eventSelected: (title: string, date: string, episode: string) => string;
  readonly heading: string;
  /** Links past the controls to the panes beside the chart. */
  readonly skipLinks: {
    readonly label: string;
    readonly details: string;
    readonly article: string;
  };
  readonly controls: ControlsText;
  readonly chart: ChartText;
}

/** The time axis and zoom controls above the chart. */
export interface ControlsText {
  readonly timeAxis: string;
  readonly modes: Record<TimeMode, string>;
  readonly modeHints: Record<TimeMode, string>;
  readonly dayZero: string;
  /** Why the day-0 choice is unavailable in the other modes. */
  readonly dayZeroOnlyAligned: string;
  readonly zoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fitAll: string;
}

/** What the chart itself says. */
export interface ChartText {
  readonly label: (mode: TimeMode) => string;
  readonly noEventInRole: (note?: string) => string;
  /** Names a lane's day-0 band: its anchor is dated only to this month or year. */
  readonly dayZeroBand: (lane: string, period: string) => string;
  readonly cluster: (count: number) => string;
  /** The accessible name of a "+N", which opens the list of its events. */
  readonly clusterLabel: (count: number) => string;
  readonly wheelHint: string;
  /** Over a chart with every episode hidden, and the way back. */
  readonly allEpisodesHidden: string;
  readonly showAllEpisodes: string;
}

/** The panel with the selected event in full. */
export interface EventDetailsText {
  readonly label: string;
  readonly nothingSelected: string;
  readonly loading: string;
  readonly close: string;
  readonly actors: string;
  readonly role: (role: string) => string;
  readonly noMatch: (episode: string, note?: string) => string;
  readonly match: (episode: string, title: string, date: string) => string;
  readonly alike: string;
  readonly differs: string;
  readonly inArticle: string;
  readonly quote: (text: string) => string;
  /** Under a quoted passage: its article, and the verdict on its claim if it was checked. */
  readonly passageSource: (article: string, verdict?: string) => string;
  readonly showInArticle: string;
}

export const TIMELINE_TEXT: TimelineText = localized("timeline", {
  details: {
    label: "Event details",
    nothingSelected:
      "Select an event on the timeline to read its details, its sources and how it compares.",
    loading: "Loading the event…",
    close: "Close",
    actors: "Actors:",
    role: (role) => `Analogy: ${role}`,
    noMatch: (episode, note) => `${episode}: no event plays this role${note ? `. ${note}` : "."}`,
    match: (episode, title, date) => `${episode}: ${title} (${date})`,
    alike: "Alike",
    differs: "Different",
    inArticle: "In the article",
    quote: (text) => `“${text}”`,
    passageSource: (article, verdict) =>
      verdict ? `${article} · Checked: ${verdict.toLowerCase()}` : article,
    showInArticle: "Show in the article",
  },
  markName: (title, date, kind, certainty) =>
    `${title}, ${date}, ${kind.toLowerCase()}${certainty ? `, ${certainty.toLowerCase()}` : ""}`,
  roles: "Analogies: point at one to light it up, choose one to align on it",
  passageSelected: (quote) => `Passage selected: “${quote}”.`,
  eventSelected: (title, date, episode) => `Selected: ${title}, ${date}, ${episode}.`,
  heading: "Comparative timeline",
  skipLinks: {
    label: "Skip to",
    details: "Skip to the event details",
    article: "Skip to the article",
  },
  controls: {
    timeAxis: "Time axis",
    modes: { aligned: "Aligned", calendar: "Calendar", sequence: "Sequence" },
    modeHints: {
      aligned: "Days before and after the chosen moment, in every episode",
      calendar: "Each episode on its own calendar",
      sequence: "Events in order, analogous moments in one column",
    },
    dayZero: "Day 0 is",
    dayZeroOnlyAligned: "Only the aligned axis counts from a day 0",
    zoom: "Zoom",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    fitAll: "Fit all",
  },
  chart: {
    label: (mode) =>
      `Timeline, ${mode === "aligned" ? "aligned on an analogy role" : mode === "calendar" ? "each episode on its own calendar" : "events in sequence"}. Use the arrow keys to move between events and Enter to select one.`,
    noEventInRole: (note) => ` — no event plays this role${note ? `: ${note}` : ""}`,
    dayZeroBand: (lane, period) => `${lane}: day 0 falls somewhere in ${period}`,
    cluster: (count) => `+${formatNumber(count)}`,
    clusterLabel: (count) =>
      pluralCategory(count) === "one"
        ? `${formatNumber(count)} more event here: open the list`
        : `${formatNumber(count)} more events here: open the list`,
    wheelHint: "Click the timeline, or hold Ctrl, to zoom with the wheel",
    allEpisodesHidden: "All episodes are hidden.",
    showAllEpisodes: "Show all episodes",
  },
});
