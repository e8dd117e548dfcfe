import { describe, expect, it } from "vitest";
import {
  addEpisode,
  addEvent,
  addItem,
  blankDraft,
  episodePath,
  getField,
  listedFiles,
  MANIFEST_FILE,
  moveEvent,
  removeEvent,
  removeFile,
  schemaLine,
  setField,
} from "./draft";

const episode = {
  id: "prague-1968",
  title: "Prague",
  label: "Czechoslovakia, 1968",
  summary: "S.",
};
const withEpisode = () => addEpisode(blankDraft("Mine"), episode);
const path = episodePath("prague-1968");
const ids = (draft: ReturnType<typeof withEpisode>) =>
  (getField(draft, path, "events") as { id: string }[]).map((event) => event.id);

describe("blankDraft(name)", () => {
  it("is a manifest titled with the name and listing no episode", () => {
    expect(blankDraft("Mine")).toEqual({
      name: "Mine",
      files: {
        "collection.json": {
          $schema: "./schema/collection.schema.json",
          formatVersion: 1,
          title: "Mine",
          episodes: [],
        },
      },
    });
  });
});

describe("schemaLine(kind, path)", () => {
  it("points from the file's folder to schema/, as the curated files do", () => {
    expect(schemaLine("episode", "episodes/x.json")).toBe("../schema/episode.schema.json");
    expect(schemaLine("analogies", "analogies.json")).toBe("./schema/analogies.schema.json");
  });
});

describe("addEpisode(draft, episode)", () => {
  it("adds the episode's file with no events and names it in the manifest", () => {
    const draft = withEpisode();
    expect(listedFiles(draft, "episode")).toEqual(["episodes/prague-1968.json"]);
    expect(draft.files[path]).toEqual({
      $schema: "../schema/episode.schema.json",
      formatVersion: 1,
      ...episode,
      events: [],
    });
  });

  it("refuses an id that cannot name a file, and one the project already has", () => {
    expect(() => addEpisode(blankDraft("Mine"), { ...episode, id: "Prague 1968" })).toThrow(
      'episode id "Prague 1968" is not an id: expected lowercase letters and digits joined by single hyphens',
    );
    expect(() => addEpisode(withEpisode(), episode)).toThrow(
      'episodes/prague-1968.json: is already a file of the project "Mine"',
    );
  });
});

describe("events", () => {
  const three = () =>
    ["a", "b", "c"].reduce((draft, id) => addEvent(draft, path, { id }), withEpisode());

  it("adds a blank event with every required field, the given fields over them", () => {
    const draft = addEvent(withEpisode(), path, { id: "invasion", date: "1968-08-20" });
    expect(getField(draft, path, "events[0]")).toEqual({
      id: "invasion",
      date: "1968-08-20",
      title: "",
      summary: "",
      kind: "",
      certainty: { level: "confirmed" },
      sources: [],
    });
  });

  it("adds at an index, removes and moves, keeping the others' order", () => {
    expect(ids(addEvent(three(), path, { id: "first" }, 0))).toEqual(["first", "a", "b", "c"]);
    expect(ids(removeEvent(three(), path, 1))).toEqual(["a", "c"]);
    expect(ids(moveEvent(three(), path, 0, 2))).toEqual(["b", "c", "a"]);
    expect(ids(moveEvent(three(), path, 2, 0))).toEqual(["c", "a", "b"]);
  });

  it("refuses an index the list does not have, naming the file and list", () => {
    expect(() => removeEvent(three(), path, 3)).toThrow(
      "episodes/prague-1968.json: events: has no item 3: expected an index from 0 to 2",
    );
  });
});

describe("setField(draft, path, fieldPath, value)", () => {
  it("keeps a half-typed value as typed, and leaves the draft given unchanged", () => {
    const before = addEvent(withEpisode(), path, { id: "a" });
    const after = setField(before, path, "events[0].date", "1968-0");
    expect(getField(after, path, "events[0].date")).toBe("1968-0");
    expect(getField(before, path, "events[0].date")).toBe("");
    expect(after.files[MANIFEST_FILE]).toBe(before.files[MANIFEST_FILE]);
  });

  it("leaves an optional field out when given undefined", () => {
    const draft = setField(withEpisode(), MANIFEST_FILE, "description", "Two crises.");
    expect(getField(draft, MANIFEST_FILE, "description")).toBe("Two crises.");
    expect(
      getField(
        setField(draft, MANIFEST_FILE, "description", undefined),
        MANIFEST_FILE,
        "description",
      ),
    ).toBeUndefined();
  });

  it("names the file and field it cannot set", () => {
    expect(() => setField(withEpisode(), "episodes/nope.json", "id", "x")).toThrow(
      'episodes/nope.json: is not a file of the project "Mine"',
    );
    expect(() => setField(withEpisode(), path, "title.text", "x")).toThrow(
      `${path}: title.text: title is a string: expected an object to take "text"`,
    );
  });
});

describe("removeFile(draft, path)", () => {
  it("removes the file and its name from the manifest", () => {
    const draft = removeFile(withEpisode(), path);
    expect(Object.keys(draft.files)).toEqual([MANIFEST_FILE]);
    expect(listedFiles(draft, "episode")).toEqual([]);
  });

  it("keeps the manifest", () => {
    expect(() => removeFile(withEpisode(), MANIFEST_FILE)).toThrow(
      "the manifest cannot be removed",
    );
  });
});

describe("addItem(draft, path, listPath, item)", () => {
  it("makes the list when the file has none yet", () => {
    const draft = addItem(withEpisode(), path, "events[0].sources", { title: "T" });
    expect(getField(draft, path, "events")).toEqual([{ sources: [{ title: "T" }] }]);
  });
});
