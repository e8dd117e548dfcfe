import { EVENT_KINDS } from "../src/data/format/schema";

export interface SyntheticOptions {
  readonly events: number;
  readonly lanes: number;
  readonly seed?: number;
}

/** The files of a collection, by path relative to its manifest. */
export type CollectionFiles = Record<string, unknown>;

const ROLES = ["trigger", "troops-arrive", "crackdown", "withdrawal"] as const;

/** A small deterministic generator (Park–Miller), so the same options give the same files. */
function createRandom(seed: number) {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * A synthetic collection for load and speed tests: events spread over about
 * two years per lane, with a mix of precisions, spans, kinds and certainties,
 * and roles that line the lanes up. Clearly not history: titles say so.
 */
export function syntheticCollection({
  events,
  lanes,
  seed = 1,
}: SyntheticOptions): CollectionFiles {
  const random = createRandom(seed);
  const files: CollectionFiles = {};
  const perLane = Math.floor(events / lanes);
  const roleMembers = new Map<string, Array<{ episode: string; events: string[] }>>(
    ROLES.map((role) => [role, []]),
  );
  const episodePaths: string[] = [];

  for (let lane = 0; lane < lanes; lane += 1) {
    const id = `lane-${lane + 1}`;
    const count = lane < events % lanes ? perLane + 1 : perLane;
    const startYear = 1950 + lane * 7;
    const laneEvents = Array.from({ length: count }, (_, index) => {
      const dayOffset = Math.floor(random() * 730);
      const date = new Date(Date.UTC(startYear, 0, 1 + dayOffset));
      const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
      const shape = random();
      const text =
        shape < 0.05
          ? day.slice(0, 7)
          : shape < 0.1
            ? `${day}T${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}`
            : day;
      const end = new Date(date.getTime() + (1 + Math.floor(random() * 30)) * 86_400_000);
      const endDate =
        shape > 0.92
          ? {
              endDate: `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`,
            }
          : {};
      const certaintyRoll = random();
      return {
        id: `event-${index + 1}`,
        date: text,
        ...endDate,
        title: `Synthetic event ${index + 1} of ${id}`,
        summary: "Generated for speed tests; not a historical event.",
        kind: EVENT_KINDS[Math.floor(random() * EVENT_KINDS.length)],
        certainty:
          certaintyRoll < 0.8
            ? { level: "confirmed" }
            : {
                level: certaintyRoll < 0.9 ? "approximate" : "disputed",
                note: "Generated uncertainty.",
              },
        sources: [
          {
            title: "Synthetic source",
            publisher: "Echoes test data",
            url: `https://example.org/${id}/${index + 1}`,
          },
        ],
      };
    });
    ROLES.forEach((role, roleIndex) => {
      // Day 0 falls on a day, as in a well-made collection: the first event there or after dated to one.
      const at = Math.floor(((roleIndex + 1) / (ROLES.length + 1)) * laneEvents.length);
      const member = laneEvents.slice(at).find((event) => event.date.length >= 10);
      if (member) roleMembers.get(role)?.push({ episode: id, events: [member.id] });
    });
    const path = `episodes/${id}.json`;
    episodePaths.push(path);
    files[path] = {
      formatVersion: 1,
      id,
      title: `Synthetic lane ${lane + 1}`,
      label: `Lane ${lane + 1}`,
      summary: "A generated episode for speed tests.",
      events: laneEvents,
    };
  }

  files["analogies.json"] = {
    formatVersion: 1,
    roles: ROLES.map((role) => ({
      id: role,
      label: `Role ${role}`,
      description: "A generated role.",
      members: roleMembers.get(role) ?? [],
      alike: [],
      differs: ["Generated data."],
    })),
  };
  files["collection.json"] = {
    formatVersion: 1,
    title: `Synthetic collection: ${events} events over ${lanes} lanes`,
    episodes: episodePaths,
    analogies: "analogies.json",
  };
  return files;
}
