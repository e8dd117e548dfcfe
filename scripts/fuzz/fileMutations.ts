// Mutations of whole files: cut, garbled, missing, written differently, or made very large.
import { syntheticCollection } from "../syntheticCollection";
import { type Draft, MANIFEST, takeText } from "./draft";
import { findObjectFile, type Mutation } from "./mutation";
import type { Random } from "./random";

function utf16WithBom(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = code & 0xff;
    bytes[3 + index * 2] = code >> 8;
  }
  return bytes;
}

function randomBytes(random: Random): Uint8Array {
  const bytes = Uint8Array.from({ length: 1 + random.below(4096) }, () => random.below(256));
  // Never a byte that starts JSON: the file must not parse by chance.
  bytes[0] = 0xff;
  return bytes;
}

/** Ways a JSON file arrives as something else than JSON in UTF-8; each is reported, if only as a notice. */
const NOT_UTF8_JSON: ReadonlyArray<
  [string, (text: string, random: Random) => string | Uint8Array]
> = [
  ["random bytes", (_, random) => randomBytes(random)],
  ["an HTML page", () => "<!doctype html><html><body><h1>Not found</h1></body></html>"],
  ["UTF-16 with its byte order mark", (text) => utf16WithBom(text)],
  ["a NUL byte first", (text) => `\u0000${text}`],
  ["unquoted field names", (text) => text.replace(/"([A-Za-z$][\w$]*)":/g, "$1:")],
  ["a comment first", (text) => `// generated\n${text}`],
  ["a comma after the end", (text) => `${text.trimEnd()},`],
  ["two documents", (text) => `${text}${text}`],
  ["empty", () => ""],
  ["only whitespace", () => " \n\t\r\n "],
];

const pickJsonFile = (draft: Draft, random: Random) =>
  draft.json.size === 0 ? undefined : random.pick([...draft.json.keys()]);

/** Events of a synthetic lane, with ids that no other mutation of this draft uses. */
function syntheticEvents(draft: Draft, random: Random, count: number): unknown[] {
  const files = syntheticCollection({ events: count, lanes: 1, seed: 1 + random.below(1e6) });
  const lane = files["episodes/lane-1.json"] as { events: Array<{ id: string }> };
  const prefix = `fuzz-${draft.serial++}`;
  return lane.events.map((event) => ({ ...event, id: `${prefix}-${event.id}` }));
}

/** Episodes of a few events each, as many as a crowded comparison could hold. */
const MANY_EPISODES = [40, 80];

export const FILE_MUTATIONS: readonly Mutation[] = [
  {
    name: "cut short",
    expect: "invalid",
    apply: (draft, random) => {
      const file = pickJsonFile(draft, random);
      const text = file && takeText(draft, file);
      if (!file || text === undefined) return undefined;
      // Before the last bracket, which no complete document of the format can do without.
      const closer = Math.max(text.lastIndexOf("}"), text.lastIndexOf("]"));
      const end = random.below(closer > 0 ? closer : Math.max(1, text.trimEnd().length - 1));
      draft.raw.set(file, text.slice(0, end));
      draft.touched.add(file);
      return `${file} after ${end} of ${text.length} characters`;
    },
  },
  {
    name: "not JSON in UTF-8",
    expect: "invalid",
    apply: (draft, random) => {
      const file = pickJsonFile(draft, random);
      const text = file && takeText(draft, file);
      if (!file || text === undefined) return undefined;
      const [name, garble] = random.pick(NOT_UTF8_JSON);
      draft.raw.set(file, garble(text, random));
      draft.touched.add(file);
      return `${file} as ${name}`;
    },
  },
  {
    name: "file missing",
    expect: "invalid",
    apply: (draft, random) => {
      const files = [...draft.json.keys(), ...draft.raw.keys()];
      if (files.length === 0) return undefined;
      const file = random.pick(files);
      draft.json.delete(file);
      draft.raw.delete(file);
      draft.touched.add(file);
      return file;
    },
  },
  {
    name: "byte order mark",
    expect: "valid",
    apply: (draft, random) => {
      const file = pickJsonFile(draft, random);
      if (!file) return undefined;
      draft.styles.set(file, { indent: 2, eol: "\n", ...draft.styles.get(file), bom: true });
      return file;
    },
  },
  {
    name: "written another way",
    expect: "valid",
    apply: (draft, random) => {
      const file = pickJsonFile(draft, random);
      if (!file) return undefined;
      const style = {
        indent: random.pick(["\t", 0, 8]),
        eol: random.pick(["\n", "\r\n"] as const),
        bom: draft.styles.get(file)?.bom ?? false,
      };
      draft.styles.set(file, style);
      return `${file} indented by ${JSON.stringify(style.indent)}, lines ended by ${JSON.stringify(style.eol)}`;
    },
  },
  {
    name: "thousands of events",
    expect: "valid",
    apply: (draft, random) => {
      const count = random.pick([2000, 3000, 5000]);
      if (random.next() < 0.5) {
        const found = findObjectFile(draft, random, "episode");
        if (!found || !Array.isArray(found.root.events)) return undefined;
        found.root.events.push(...syntheticEvents(draft, random, count));
        draft.touched.add(found.file);
        return `${found.file} gains ${count} events`;
      }
      const manifest = findObjectFile(draft, random, "collection");
      if (!manifest || !Array.isArray(manifest.root.episodes)) return undefined;
      const id = `fuzz-big-${draft.serial++}`;
      const file = `episodes/${id}.json`;
      draft.json.set(file, {
        formatVersion: 1,
        id,
        title: `${count} generated events`,
        label: "Generated",
        summary: "Many events, for the fuzzer.",
        events: syntheticEvents(draft, random, count),
      });
      draft.kinds.set(file, "episode");
      manifest.root.episodes.push(file);
      draft.touched.add(MANIFEST).add(file);
      return `${file} of ${count} events, added to the manifest`;
    },
  },
  {
    name: "many episodes",
    expect: "valid",
    apply: (draft, random) => {
      const manifest = findObjectFile(draft, random, "collection");
      if (!manifest || !Array.isArray(manifest.root.episodes)) return undefined;
      const lanes = random.pick(MANY_EPISODES);
      const prefix = `fuzz-${draft.serial++}`;
      const generated = syntheticCollection({
        events: lanes * 3,
        lanes,
        seed: 1 + random.below(1e6),
      });
      for (const [path, episode] of Object.entries(generated)) {
        if (!path.startsWith("episodes/")) continue;
        const id = `${prefix}-${(episode as { id: string }).id}`;
        const file = `episodes/${id}.json`;
        draft.json.set(file, { ...(episode as object), id });
        draft.kinds.set(file, "episode");
        manifest.root.episodes.push(file);
        draft.touched.add(file);
      }
      draft.touched.add(MANIFEST);
      return `${lanes} episodes of 3 events, added to the manifest`;
    },
  },
];
