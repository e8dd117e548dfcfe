import type { EpisodeEvent } from "../../src/data/format/schema";
import type { TimeMode } from "../../src/data/format/vocabulary";
import { DEFAULT_GEOMETRY, rowsFor } from "../../src/timeline/chartGeometry";
import { buildTimelineModel } from "../../src/timeline/laneModels";
import { type ChartLayout, layoutChart } from "../../src/timeline/layoutChart";
import { estimateTextWidth } from "../../src/timeline/textWidth";
import { type CalendarTickFunction, loadCalendarTicks } from "../../src/timeline/ticks";
import { testEpisode, testEvent, testRole } from "./testEpisodes";

export const FIXTURE_WIDTH = 640;
export const FIXTURE_MEASURE = estimateTextWidth();

/** A title an author could type: markup and an ampersand, to be drawn as text. */
export const HOSTILE_TITLE = `<script>alert("x")</script> & the radio's demands`;

function titled(event: EpisodeEvent, title: string): EpisodeEvent {
  return { ...event, title };
}

const disputed: EpisodeEvent = {
  ...testEvent("h-shots", "1956-11-12", undefined, "crackdown"),
  title: "Shots at Parliament",
  certainty: { level: "disputed", note: "Who fired first is disputed." },
};

/**
 * Two small episodes with one of each thing the chart draws: a span, a period
 * (a date known only to its month), a disputed event, a day 0 known only to
 * its month (a band), a crowd of one day folded into a "+N", and two roles
 * joining the lanes (two connectors).
 */
const hungary = testEpisode("hungary", [
  titled(testEvent("h-demands", "1956-10-22", undefined, "trigger"), HOSTILE_TITLE),
  titled(testEvent("h-tanks", "1956-10-24", "1956-11-04", "intervention"), "Soviet tanks enter"),
  titled(testEvent("h-exodus", "1956-11", undefined, "aftermath"), "Refugees leave"),
  disputed,
  ...Array.from({ length: 6 }, (_, index) =>
    titled(testEvent(`h-crowd-${index}`, "1956-10-23"), `Demonstration ${index + 1}`),
  ),
]);
const prague = testEpisode("prague", [
  titled(testEvent("p-invasion", "1968-08", undefined, "intervention"), "Warsaw Pact invasion"),
  titled(testEvent("p-talks", "1968-08-27", undefined, "negotiation"), "Moscow Protocol"),
  titled(testEvent("p-palach", "1968-09-16", undefined, "protest"), "Protest in Wenceslas Square"),
]);
export const FIXTURE_ROLES = [
  testRole("troops", { hungary: ["h-tanks"], prague: ["p-invasion"] }),
  testRole("uprising", { hungary: ["h-demands"], prague: ["p-palach"] }),
];
export const FIXTURE_EPISODES = [{ ...hungary, label: `Hungary & "1956"` }, prague];

let calendarTicks: CalendarTickFunction | undefined;

/** The fixture laid out in a mode, at the fixture's width and at rest. */
export async function fixtureLayout(mode: TimeMode): Promise<ChartLayout> {
  calendarTicks ??= await loadCalendarTicks();
  const model = buildTimelineModel(FIXTURE_EPISODES, FIXTURE_ROLES, mode, "troops");
  return layoutChart({
    model,
    roles: FIXTURE_ROLES,
    hiddenKinds: new Set(),
    zoom: { k: 1, x: 0 },
    geometry: { ...DEFAULT_GEOMETRY, width: FIXTURE_WIDTH },
    locale: "en-GB",
    rows: { ...rowsFor(model.lanes.length), maxRows: 4, measure: FIXTURE_MEASURE },
    calendarTicks,
  });
}
