import { HISTORICAL_DATE_FORMATS } from "../data/format/historicalDate";
import { formatNumber, pluralCategory } from "./locale";
import { localized } from "./localized";

/** The columns of the Studio's grid of events, in their order on the page. */
export type EventGridColumn =
  | "id"
  | "date"
  | "endDate"
  | "title"
  | "summary"
  | "kind"
  | "certainty"
  | "place"
  | "sourceTitle"
  | "sourcePublisher"
  | "sourceUrl";

/** What the Studio's episode form and its grid of events say. */
export interface StudioEventsText {
  readonly episodeHeading: string;
  readonly episodeFields: {
    readonly id: string;
    readonly title: string;
    readonly label: string;
    readonly summary: string;
  };
  readonly episodeHints: { readonly id: string; readonly label: string };
  /** Above the problems of the file as a whole, which belong to no one field. */
  readonly fileProblems: string;
  readonly caption: (episode: string, count: number) => string;
  /** How the grid is worked from the keyboard, read with the table. */
  readonly keys: string;
  readonly readOnlyKeys: string;
  readonly columns: Record<EventGridColumn, string>;
  readonly actions: string;
  /** An event as the grid names it to a screen reader, from its place and title. */
  readonly eventName: (position: number, title: string) => string;
  /** One cell's label: its column and its event. */
  readonly cell: (column: string, event: string) => string;
  readonly chooseKind: string;
  readonly addEvent: string;
  readonly noEvents: string;
  readonly moveUp: (event: string) => string;
  readonly moveDown: (event: string) => string;
  readonly remove: (event: string) => string;
  readonly details: string;
  /** The details button's name: what it opens, and how many problems the grid does not show. */
  readonly detailsOf: (event: string, problems: number) => string;
  readonly problemsInDetails: (problems: number) => string;
  readonly detailsHeading: (event: string) => string;
  readonly otherProblems: string;
  readonly significance: string;
  readonly noSignificance: string;
  readonly significanceChoice: (value: number) => string;
  readonly certaintyNote: string;
  readonly certaintyNoteHint: string;
  readonly people: string;
  readonly peopleHint: string;
  readonly person: (position: number) => string;
  readonly addPerson: string;
  readonly removePerson: (position: number) => string;
  readonly figures: string;
  readonly figure: (position: number) => string;
  readonly figureLabel: string;
  readonly figureFrom: string;
  readonly figureTo: string;
  readonly figureValueHint: string;
  readonly figureUnit: string;
  readonly figureNote: string;
  readonly addFigure: string;
  readonly removeFigure: (position: number) => string;
  readonly sources: string;
  readonly figureSources: (position: number) => string;
  readonly source: (position: number) => string;
  readonly sourceTitle: string;
  readonly sourcePublisher: string;
  readonly sourceUrl: string;
  readonly sourceLocator: string;
  readonly addSource: string;
  readonly removeSource: (position: number) => string;
}

const problems = (count: number) =>
  `${formatNumber(count)} ${pluralCategory(count) === "one" ? "problem" : "problems"}`;

export const STUDIO_EVENTS_TEXT: StudioEventsText = localized("studioEvents", {
  episodeHeading: "Episode",
  episodeFields: { id: "Id", title: "Title", label: "Label", summary: "Summary" },
  episodeHints: {
    id: 'Lowercase letters and digits joined by hyphens, e.g. "prague-1968"',
    label: 'A short place and period, e.g. "Czechoslovakia, 1968"',
  },
  fileProblems: "Problems with the whole file",
  caption: (episode, count) =>
    `Events of ${episode}: ${formatNumber(count)} ${pluralCategory(count) === "one" ? "event" : "events"}`,
  keys: `Tab moves between cells; the up and down arrows move to the row above or below, and Enter to the next row, adding an event after the last. Rows copied from a spreadsheet fill the cells from the one you paste into. Dates: ${HISTORICAL_DATE_FORMATS}.`,
  readOnlyKeys: "This project is read-only: copy it to edit its events.",
  columns: {
    id: "Id",
    date: "Date",
    endDate: "End date",
    title: "Title",
    summary: "Summary",
    kind: "Kind",
    certainty: "Certainty",
    place: "Place",
    sourceTitle: "Source title",
    sourcePublisher: "Source publisher",
    sourceUrl: "Source address",
  },
  actions: "Actions",
  eventName: (position, title) =>
    title.trim() === ""
      ? `event ${formatNumber(position)}`
      : `event ${formatNumber(position)}, ${title.trim()}`,
  cell: (column, event) => `${column}, ${event}`,
  chooseKind: "Choose a kind",
  addEvent: "Add event",
  noEvents: "No events yet: add the first.",
  moveUp: (event) => `Move ${event} up`,
  moveDown: (event) => `Move ${event} down`,
  remove: (event) => `Delete ${event}`,
  details: "Details",
  detailsOf: (event, count) =>
    count === 0 ? `Details of ${event}` : `Details of ${event}: ${problems(count)}`,
  problemsInDetails: problems,
  detailsHeading: (event) => `Details of ${event}`,
  otherProblems: "Problems of this event",
  significance: "Significance",
  noSignificance: "Not given",
  significanceChoice: (value) =>
    value === 1 ? "1 (minor)" : value === 5 ? "5 (pivotal)" : String(value),
  certaintyNote: "Certainty note",
  certaintyNoteHint: "What is uncertain or disputed; needed unless the certainty is confirmed",
  people: "People",
  peopleHint: "People, parties, states or forces involved",
  person: (position) => `Person ${formatNumber(position)}`,
  addPerson: "Add person",
  removePerson: (position) => `Remove person ${formatNumber(position)}`,
  figures: "Figures",
  figure: (position) => `Figure ${formatNumber(position)}`,
  figureLabel: "What is counted",
  figureFrom: "Number, or lowest",
  figureTo: "Highest, for a range",
  figureValueHint: "Digits only, e.g. 250000; leave the highest empty for a single number",
  figureUnit: "Unit",
  figureNote: "Note",
  addFigure: "Add figure",
  removeFigure: (position) => `Remove figure ${formatNumber(position)}`,
  sources: "Sources",
  figureSources: (position) => `Sources of figure ${formatNumber(position)}`,
  source: (position) => `Source ${formatNumber(position)}`,
  sourceTitle: "Title",
  sourcePublisher: "Publisher",
  sourceUrl: "Address",
  sourceLocator: "Where in the source",
  addSource: "Add source",
  removeSource: (position) => `Remove source ${formatNumber(position)}`,
});
