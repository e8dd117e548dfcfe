import { parseHistoricalDate } from "../../src/data/format/historicalDate";
import type { AnalogyRole, Episode, EpisodeEvent } from "../../src/data/format/schema";

function date(text: string) {
  const result = parseHistoricalDate(text);
  if (!result.ok) throw new Error(`${text} ${result.reason}`);
  return result.date;
}

/** A minimal valid event for layout tests. */
export function testEvent(
  id: string,
  start: string,
  end?: string,
  kind: EpisodeEvent["kind"] = "protest",
): EpisodeEvent {
  return {
    id,
    date: date(start),
    ...(end ? { endDate: date(end) } : {}),
    title: `Event ${id}`,
    summary: "A test event.",
    kind,
    certainty: { level: "confirmed" },
    sources: [{ title: "Source", publisher: "Publisher", url: "https://example.org/" }],
  };
}

export function testEpisode(id: string, events: EpisodeEvent[]): Episode {
  return {
    formatVersion: 1,
    id,
    title: `Episode ${id}`,
    label: id,
    summary: "A test episode.",
    events,
  };
}

export function testRole(
  id: string,
  members: Record<string, string[]>,
  notes: Record<string, string> = {},
  anchors: Record<string, string> = {},
): AnalogyRole {
  return {
    id,
    label: `Role ${id}`,
    description: "A test role.",
    members: Object.entries(members).map(([episode, events]) => ({
      episode,
      events,
      anchor: anchors[episode],
      note: notes[episode],
    })),
    alike: [],
    differs: [{ text: "A difference.", evidence: [] }],
  };
}
