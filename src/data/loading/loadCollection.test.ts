import { describe, expect, it } from "vitest";
import { readSampleJson, sampleReader } from "../../../tests/support/fixtureReader";
import { formatProblem } from "../format/problem";
import { loadCollection } from "./loadCollection";
import { readAndValidate } from "./readFiles";

type Json = Record<string, any>;

function edited(file: string, edit: (data: Json) => void): Json {
  const data = readSampleJson(file) as Json;
  edit(data);
  return data;
}

async function load(overrides: Record<string, unknown> = {}) {
  const result = await loadCollection("collection.json", readAndValidate(sampleReader(overrides)));
  return { ...result, messages: result.problems.map(formatProblem) };
}

describe("loadCollection", () => {
  it("loads the sample collection without problems", async () => {
    const result = await load();
    expect(result.messages).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.collection.title).toBe("Sample collection");
    expect(result.collection.episodes.map((episode) => episode.id)).toEqual([
      "hungary-1956",
      "prague-1968",
    ]);
    expect(result.collection.roles.map((role) => role.id)).toEqual(["troops-arrive"]);
    expect(result.collection.articles[0]?.excerpts).toHaveLength(2);
    expect(result.collection.lessons[0]?.stops.map((stop) => stop.id)).toEqual([
      "troops",
      "article",
    ]);
  });

  it("takes the manifest's default role where it names a loaded role", async () => {
    const result = await load({
      "collection.json": edited("collection.json", (data) => {
        data.defaultRole = "troops-arrive";
      }),
    });
    expect(result.messages).toEqual([]);
    expect(result.ok && result.collection.defaultRole).toBe("troops-arrive");
  });

  it("drops a default role that names no role, saying which roles there are, and keeps the rest", async () => {
    const result = await load({
      "collection.json": edited("collection.json", (data) => {
        data.defaultRole = "troops-arive";
      }),
    });
    expect(result.messages).toEqual([
      'collection.json: defaultRole: "troops-arive" is not a role of the analogy map: expected one of "troops-arrive"',
    ]);
    expect(result.problems[0]?.dropped).toBe(
      "the default role: the timeline aligns on the first role instead",
    );
    expect(result.ok && result.collection.defaultRole).toBeUndefined();
    expect(result.ok && result.collection.roles.map((role) => role.id)).toEqual(["troops-arrive"]);
  });

  it("shows the other episodes when one file has broken JSON", async () => {
    const result = await load({ "episodes/prague-1968.json": '{\n  "id": "prague-1968",,\n}' });
    expect(result.ok && result.collection.episodes.map((episode) => episode.id)).toEqual([
      "hungary-1956",
    ]);
    expect(result.messages).toContain(
      "episodes/prague-1968.json: is not valid JSON: line 2, column 23: expected a field name in double quotes (is there a trailing comma?)",
    );
  });

  it("shows the other episodes when one file is 10,000 unclosed lists", async () => {
    const result = await load({ "episodes/prague-1968.json": "[".repeat(10_000) });
    expect(result.ok && result.collection.episodes.map((episode) => episode.id)).toEqual([
      "hungary-1956",
    ]);
    expect(result.messages).toContain(
      'episodes/prague-1968.json: is not valid JSON: line 1, column 10001: expected "]" to close the list',
    );
  });

  it("reports a file that cannot be read and goes on", async () => {
    const result = await load({ "episodes/hungary-1956.json": null });
    expect(result.ok).toBe(true);
    expect(result.messages[0]).toBe("episodes/hungary-1956.json: could not be read (HTTP 404)");
    expect(result.problems[0]?.dropped).toBe("the whole file");
  });

  it("drops analogy links into an episode that failed, and says why", async () => {
    const result = await load({ "episodes/prague-1968.json": null });
    expect(result.messages).toContain(
      'analogies.json: roles[0].members[1].episode: "prague-1968" is not a loaded episode (1 episode file(s) could not be loaded; see their problems)',
    );
    expect(result.messages).toContain(
      'articles/sample-article.json: excerpts[1].events[0]: "prague-1968/invasion" names no event: "prague-1968" is not a loaded episode (1 episode file(s) could not be loaded; see their problems)',
    );
    if (!result.ok) throw new Error("expected a loaded collection");
    expect(result.collection.roles[0]?.members.map((member) => member.episode)).toEqual([
      "hungary-1956",
    ]);
    // The excerpt that only linked to 1968 has nothing left to show.
    expect(result.collection.articles[0]?.excerpts.map((excerpt) => excerpt.id)).toEqual([
      "hungary-invaded",
    ]);
  });

  it("rejects an analogy member that names a missing event", async () => {
    const result = await load({
      "analogies.json": edited("analogies.json", (d) => {
        d.roles[0].members[0].events.push("third-intervention");
      }),
    });
    expect(result.messages).toEqual([
      'analogies.json: roles[0].members[0].events[1]: "third-intervention" is not an event of episode "hungary-1956"',
    ]);
    if (!result.ok) throw new Error("expected a loaded collection");
    expect(result.collection.roles[0]?.members[0]?.events).toEqual(["second-soviet-intervention"]);
  });

  it("drops a member whose every event is missing rather than showing it as empty", async () => {
    const result = await load({
      "analogies.json": edited("analogies.json", (d) => {
        d.roles[0].members[1].events = ["no-such-event"];
      }),
    });
    expect(result.problems[0]?.dropped).toBe('episode "prague-1968" in role "troops-arrive"');
    expect(result.ok && result.collection.roles[0]?.members).toHaveLength(1);
  });

  it("rejects an episode listed twice in one role", async () => {
    const result = await load({
      "analogies.json": edited("analogies.json", (d) => {
        d.roles[0].members.push({ episode: "hungary-1956", events: ["demonstration"] });
      }),
    });
    expect(result.messages).toEqual([
      'analogies.json: roles[0].members[2].episode: "hungary-1956" is already listed in this role: expected each episode once',
    ]);
  });

  it("warns, dropping nothing, where a role's day 0 in an episode is dated only to its month", async () => {
    const result = await load({
      "episodes/prague-1968.json": edited("episodes/prague-1968.json", (d) => {
        d.events[1].date = "1968-08";
        delete d.events[1].endDate;
      }),
    });
    expect(result.problems).toEqual([
      {
        file: "analogies.json",
        path: "roles[0].members[1].events",
        message:
          'day 0 of "prague-1968" in this role, "invasion", is dated only to the month ("1968-08"), so the alignment there is approximate and day 0 is drawn as a band over that month: expected an event dated to the day among its events, or an "anchor" naming the event that is day 0',
        dropped: "",
        note: true,
      },
    ]);
    expect(result.ok && result.collection.roles[0]?.members[1]?.events).toEqual(["invasion"]);
  });

  it("takes an anchor the author marks, and does not warn of its month-only date", async () => {
    const result = await load({
      "episodes/prague-1968.json": edited("episodes/prague-1968.json", (d) => {
        d.events[0].date = "1968-01";
      }),
      "analogies.json": edited("analogies.json", (d) => {
        d.roles[0].members[1] = {
          episode: "prague-1968",
          events: ["dubcek-first-secretary", "invasion"],
          anchor: "dubcek-first-secretary",
        };
      }),
    });
    expect(result.messages).toEqual([]);
    expect(result.ok && result.collection.roles[0]?.members[1]?.anchor).toBe(
      "dubcek-first-secretary",
    );
  });

  it("refuses an anchor that is not one of its member's events, and falls back to the most precise", async () => {
    const result = await load({
      "analogies.json": edited("analogies.json", (d) => {
        d.roles[0].members[1].anchor = "dubcek-first-secretary";
      }),
    });
    expect(result.problems).toEqual([
      {
        file: "analogies.json",
        path: "roles[0].members[1].anchor",
        message:
          '"dubcek-first-secretary" is not one of this member\'s events: expected the one of them that is day 0 ("invasion")',
        dropped: 'the mark of day 0 for episode "prague-1968" in role "troops-arrive"',
      },
    ]);
    expect(result.ok && result.collection.roles[0]?.members[1]?.anchor).toBeUndefined();
  });

  it("drops the mark of day 0 with the link to a missing event", async () => {
    const result = await load({
      "analogies.json": edited("analogies.json", (d) => {
        d.roles[0].members[1] = {
          episode: "prague-1968",
          events: ["invasion", "no-such-event"],
          anchor: "no-such-event",
        };
      }),
    });
    expect(result.messages).toEqual([
      'analogies.json: roles[0].members[1].events[1]: "no-such-event" is not an event of episode "prague-1968"',
    ]);
    expect(result.problems[0]?.dropped).toBe('the link to "no-such-event" and its mark as day 0');
    expect(result.ok && result.collection.roles[0]?.members[1]).toMatchObject({
      events: ["invasion"],
      anchor: undefined,
    });
  });

  it("rejects an analogy member in an episode that is not in the collection", async () => {
    const result = await load({
      "analogies.json": edited("analogies.json", (d) => {
        d.roles[0].members.push({ episode: "poland-1981", events: ["martial-law"] });
      }),
    });
    expect(result.messages).toEqual([
      'analogies.json: roles[0].members[2].episode: "poland-1981" is not an episode of this collection',
    ]);
  });

  it("drops evidence that names a missing event, and keeps its statement", async () => {
    const result = await load({
      "analogies.json": edited("analogies.json", (d) => {
        d.roles[0].alike[0] = { text: "Both were crushed.", evidence: ["prague-1968/occupation"] };
        d.roles[0].differs.push({
          text: "Budapest fought the tanks.",
          evidence: ["hungary-1956/second-soviet-intervention", "poland-1981/martial-law"],
        });
      }),
    });
    expect(result.messages).toEqual([
      'analogies.json: roles[0].alike[0].evidence[0]: found "prague-1968/occupation": expected an event of this collection, but episode "prague-1968" has no event "occupation"',
      'analogies.json: roles[0].differs[1].evidence[1]: found "poland-1981/martial-law": expected an event of this collection, but "poland-1981" is not an episode of this collection',
    ]);
    expect(result.problems.map((problem) => problem.dropped)).toEqual([
      'the evidence "prague-1968/occupation"',
      'the evidence "poland-1981/martial-law"',
    ]);
    if (!result.ok) throw new Error("expected a loaded collection");
    const [role] = result.collection.roles;
    expect(role?.alike).toEqual([{ text: "Both were crushed.", evidence: [] }]);
    expect(role?.differs[1]).toEqual({
      text: "Budapest fought the tanks.",
      evidence: ["hungary-1956/second-soviet-intervention"],
    });
  });

  it("rejects an excerpt link to a missing event", async () => {
    const result = await load({
      "articles/sample-article.json": edited("articles/sample-article.json", (d) => {
        d.excerpts[1].events = ["prague-1968/invasion", "prague-1968/occupation"];
      }),
    });
    expect(result.messages).toEqual([
      'articles/sample-article.json: excerpts[1].events[1]: "prague-1968/occupation" names no event: episode "prague-1968" has no event "occupation"',
    ]);
    expect(result.ok && result.collection.articles[0]?.excerpts[1]?.events).toEqual([
      "prague-1968/invasion",
    ]);
  });

  it("rejects two episode files with one id, keeping the first", async () => {
    const result = await load({
      "episodes/prague-1968.json": edited("episodes/prague-1968.json", (d) => {
        d.id = "hungary-1956";
      }),
    });
    expect(result.messages).toContain(
      'episodes/prague-1968.json: id: "hungary-1956" is already the id of another episode in the collection: expected episode ids unique',
    );
    expect(result.ok && result.collection.episodes.map((episode) => episode.title)).toEqual([
      "The Hungarian Revolution of 1956",
    ]);
  });

  it("fails with the manifest's problems when the manifest is unusable", async () => {
    const result = await load({ "collection.json": "not json" });
    expect(result.ok).toBe(false);
    expect(result.messages).toEqual([
      "collection.json: is not valid JSON: line 1, column 1: unexpected character",
    ]);
  });

  it("fails when no episode can be loaded, listing every problem", async () => {
    const result = await load({
      "episodes/hungary-1956.json": null,
      "episodes/prague-1968.json": "[",
    });
    expect(result.ok).toBe(false);
    expect(result.messages).toEqual([
      "episodes/hungary-1956.json: could not be read (HTTP 404)",
      expect.stringMatching(/^episodes\/prague-1968.json: is not valid JSON: line 1, column 2/),
      "collection.json: episodes: none of the listed episodes could be loaded",
    ]);
  });

  it("loads a collection without analogies or articles", async () => {
    const result = await load({
      "collection.json": edited("collection.json", (d) => {
        delete d.analogies;
        delete d.articles;
        delete d.lessons;
      }),
    });
    expect(result.messages).toEqual([]);
    expect(result.ok && result.collection.roles).toEqual([]);
  });

  describe("lessons", () => {
    const withLesson = (edit: (data: Json) => void) =>
      load({ "lessons/sample-lesson.json": edited("lessons/sample-lesson.json", edit) });

    it("drops a view's unknown role, event or passage and keeps the stop", async () => {
      const result = await withLesson((d) => {
        d.stops[0].view.role = "no-such-role";
        d.stops[0].view.event = "prague-1968/no-such-event";
        d.stops[1].view.passage = "sample-article/gone";
      });
      expect(result.messages).toEqual([
        'lessons/sample-lesson.json: stops[0].view.role: "no-such-role" is not an analogy role of this collection',
        'lessons/sample-lesson.json: stops[0].view.event: "prague-1968/no-such-event" names no event of this collection',
        'lessons/sample-lesson.json: stops[1].view.passage: "sample-article/gone" names no article passage of this collection',
      ]);
      if (!result.ok) throw new Error("expected a loaded collection");
      const [troops, article] = result.collection.lessons[0]?.stops ?? [];
      expect(troops?.view).toEqual({ mode: "aligned", window: [-3, 5] });
      expect(article?.view).toEqual({ mode: "calendar" });
    });

    it("drops evidence that names no event, and a stop left with none", async () => {
      const result = await withLesson((d) => {
        d.stops[0].evidence[1] = "prague-1968/gone";
        d.stops[1].evidence = ["hungary-1956/gone"];
      });
      expect(result.messages).toEqual([
        'lessons/sample-lesson.json: stops[0].evidence[1]: "prague-1968/gone" names no event of this collection',
        'lessons/sample-lesson.json: stops[1].evidence[0]: "hungary-1956/gone" names no event of this collection',
        "lessons/sample-lesson.json: stops[1].evidence: no event of this collection backs what the stop says",
      ]);
      expect(result.problems.at(-1)?.dropped).toBe('stop "article"');
      if (!result.ok) throw new Error("expected a loaded collection");
      expect(result.collection.lessons[0]?.stops).toHaveLength(1);
      expect(result.collection.lessons[0]?.stops[0]?.evidence).toEqual([
        "hungary-1956/second-soviet-intervention",
      ]);
    });

    it("keeps the collection when a lesson cannot be read", async () => {
      const result = await load({ "lessons/sample-lesson.json": null });
      expect(result.ok && result.collection.lessons).toEqual([]);
      expect(result.messages).toEqual(["lessons/sample-lesson.json: could not be read (HTTP 404)"]);
    });
  });
});
