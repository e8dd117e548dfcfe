import { describe, expect, it } from "vitest";
import { readSampleJson } from "../../../tests/support/fixtureReader";
import { detectFileKind } from "./fileKinds";
import { formatProblem } from "./problem";
import {
  type FileValidation,
  validateAnalogies,
  validateArticle,
  validateEpisode,
  validateLesson,
  validateManifest,
} from "./validateFiles";

type Json = Record<string, any>;

function problemsAfter<T>(
  file: string,
  validate: (file: string, data: unknown) => FileValidation<T>,
  edit: (data: Json) => void,
): string[] {
  const data = readSampleJson(file);
  edit(data);
  return validate(file, data).problems.map(formatProblem);
}

const EPISODE = "episodes/prague-1968.json";
const LESSON = "lessons/sample-lesson.json";
const episodeProblems = (edit: (data: Json) => void) =>
  problemsAfter(EPISODE, validateEpisode, edit);

describe("the sample files", () => {
  it("are valid", () => {
    expect(validateManifest("collection.json", readSampleJson("collection.json")).problems).toEqual(
      [],
    );
    expect(validateEpisode(EPISODE, readSampleJson(EPISODE)).problems).toEqual([]);
    expect(validateAnalogies("analogies.json", readSampleJson("analogies.json")).problems).toEqual(
      [],
    );
    const article = "articles/sample-article.json";
    expect(validateArticle(article, readSampleJson(article)).problems).toEqual([]);
    expect(validateLesson(LESSON, readSampleJson(LESSON)).problems).toEqual([]);
  });
});

describe("validateEpisode", () => {
  it.each<[string, (data: Json) => void, string]>([
    [
      "a month that does not exist",
      (d) => {
        d.events[1].date = "1968-13-01";
      },
      'episodes/prague-1968.json: events[1].date: "1968-13-01" is not a date (month 13)',
    ],
    [
      "a day that does not exist",
      (d) => {
        d.events[0].date = "1968-02-30";
      },
      'episodes/prague-1968.json: events[0].date: "1968-02-30" is not a date (February 1968 has 29 days)',
    ],
    [
      "a date in another spelling",
      (d) => {
        d.events[0].date = "5 January 1968";
      },
      'episodes/prague-1968.json: events[0].date: "5 January 1968" is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM',
    ],
    [
      "a date that is not text",
      (d) => {
        d.events[0].date = 1968;
      },
      "episodes/prague-1968.json: events[0].date: found 1968: expected text",
    ],
    [
      "an end before the start",
      (d) => {
        d.events[1].endDate = "1968-08-19";
      },
      'episodes/prague-1968.json: events[1].endDate: "1968-08-19" is before the event\'s date "1968-08-20T23:00": expected an end date on or after it',
    ],
    [
      "a kind outside the taxonomy",
      (d) => {
        d.events[0].kind = "riot";
      },
      'episodes/prague-1968.json: events[0].kind: found "riot": expected one of "trigger", "protest", "reform", "declaration", "negotiation", "request-for-intervention", "intervention", "withdrawal", "crackdown", "leadership-change", "casualties", "aftermath", "international-reaction"',
    ],
    [
      "a missing title",
      (d) => {
        delete d.events[0].title;
      },
      "episodes/prague-1968.json: events[0].title: is missing: expected text",
    ],
    [
      "an empty summary",
      (d) => {
        d.events[0].summary = "  ";
      },
      "episodes/prague-1968.json: events[0].summary: must not be empty",
    ],
    [
      "an event without sources",
      (d) => {
        d.events[0].sources = [];
      },
      "episodes/prague-1968.json: events[0].sources: expected at least 1 item, found 0 items",
    ],
    [
      "a javascript: source URL",
      (d) => {
        d.events[0].sources[0].url = "javascript:alert(1)";
      },
      'episodes/prague-1968.json: events[0].sources[0].url: "javascript:alert(1)" is not a web address: expected a URL starting with http:// or https://',
    ],
    [
      "an ftp source URL",
      (d) => {
        d.events[0].sources[0].url = "ftp://example.org/file";
      },
      'episodes/prague-1968.json: events[0].sources[0].url: "ftp://example.org/file" is not a web address: expected a URL starting with http:// or https://',
    ],
    [
      "a source without a publisher",
      (d) => {
        delete d.events[0].sources[0].publisher;
      },
      "episodes/prague-1968.json: events[0].sources[0].publisher: is missing: expected text",
    ],
    [
      "a disputed event without a note",
      (d) => {
        d.events[0].certainty = { level: "disputed" };
      },
      'episodes/prague-1968.json: events[0].certainty.note: an event whose certainty is "disputed" needs a note saying what is uncertain or disputed',
    ],
    [
      "an unknown certainty",
      (d) => {
        d.events[0].certainty = { level: "likely", note: "x" };
      },
      'episodes/prague-1968.json: events[0].certainty.level: found "likely": expected one of "confirmed", "approximate", "disputed"',
    ],
    [
      "a range with min above max",
      (d) => {
        d.events[1].figures[0].value = [500000, 250000];
      },
      "episodes/prague-1968.json: events[1].figures[0].value: [500000,250000] is not a range: expected [min, max] with min <= max",
    ],
    [
      "a figure given as text",
      (d) => {
        d.events[1].figures[0].value = "250,000";
      },
      'episodes/prague-1968.json: events[1].figures[0].value: "250,000" is not a figure: expected a number or a [min, max] range of numbers',
    ],
    [
      "a figure without its own source",
      (d) => {
        delete d.events[1].figures[0].sources;
      },
      "episodes/prague-1968.json: events[1].figures[0].sources: is missing: expected a list",
    ],
    [
      "a misspelt field",
      (d) => {
        d.events[0].sumary = d.events[0].summary;
      },
      'episodes/prague-1968.json: events[0]: unknown field "sumary": check the spelling against the format in data/README.md',
    ],
    [
      "an id with capitals and spaces",
      (d) => {
        d.events[0].id = "Dubcek Elected";
      },
      'episodes/prague-1968.json: events[0].id: "Dubcek Elected" is not an id: expected lowercase letters and digits joined by single hyphens, e.g. "troops-arrive"',
    ],
    [
      "two events with one id",
      (d) => {
        d.events[1].id = d.events[0].id;
      },
      'episodes/prague-1968.json: events[1].id: "dubcek-first-secretary" is already the id of events[0]: expected ids unique in the file',
    ],
    [
      "a significance of 0",
      (d) => {
        d.events[0].significance = 0;
      },
      "episodes/prague-1968.json: events[0].significance: 0 is not a significance: expected a whole number from 1 (minor) to 5 (pivotal)",
    ],
    [
      "a significance of 6",
      (d) => {
        d.events[0].significance = 6;
      },
      "episodes/prague-1968.json: events[0].significance: 6 is not a significance: expected a whole number from 1 (minor) to 5 (pivotal)",
    ],
    [
      "a significance that is not a whole number",
      (d) => {
        d.events[0].significance = 2.5;
      },
      "episodes/prague-1968.json: events[0].significance: 2.5 is not a significance: expected a whole number from 1 (minor) to 5 (pivotal)",
    ],
    [
      "a significance written as text",
      (d) => {
        d.events[0].significance = "3";
      },
      'episodes/prague-1968.json: events[0].significance: "3" is not a significance: expected a whole number from 1 (minor) to 5 (pivotal)',
    ],
    [
      "a significance beyond the safe integers, as one problem",
      (d) => {
        d.events[0].significance = 1e300;
      },
      "episodes/prague-1968.json: events[0].significance: 1e+300 is not a significance: expected a whole number from 1 (minor) to 5 (pivotal)",
    ],
  ])("rejects %s", (_name, edit, expected) => {
    expect(episodeProblems(edit)).toEqual([expected]);
  });

  it.each([1, 5])("accepts a significance of %i and keeps it", (significance) => {
    const data = readSampleJson(EPISODE) as Json;
    data.events[1].significance = significance;
    const result = validateEpisode(EPISODE, data);
    expect(result.problems).toEqual([]);
    expect(result.value?.events.map((event) => event.significance)).toEqual([
      undefined,
      significance,
    ]);
  });

  it("accepts events without a significance, leaving it absent", () => {
    const result = validateEpisode(EPISODE, readSampleJson(EPISODE));
    expect(result.problems).toEqual([]);
    expect(result.value?.events.every((event) => !("significance" in event))).toBe(true);
  });

  it("keeps the other events when one has a bad significance", () => {
    const data = readSampleJson(EPISODE) as Json;
    data.events[0].significance = 4;
    data.events[1].significance = 0;
    const result = validateEpisode(EPISODE, data);
    expect(result.value?.events.map((event) => [event.id, event.significance])).toEqual([
      ["dubcek-first-secretary", 4],
    ]);
    expect(result.problems.map((problem) => [problem.path, problem.dropped])).toEqual([
      ["events[1].significance", 'event "invasion"'],
    ]);
  });

  it("keeps the valid events when one is broken", () => {
    const data = readSampleJson(EPISODE) as Json;
    data.events[1].date = "1968-13-01";
    const result = validateEpisode(EPISODE, data);
    expect(result.value?.events.map((event) => event.id)).toEqual(["dubcek-first-secretary"]);
    expect(result.problems[0]?.dropped).toBe('event "invasion"');
  });

  it("reports every broken field, not only the first", () => {
    const problems = episodeProblems((d) => {
      d.events[0].kind = "riot";
      d.events[0].date = "1968-13-01";
      d.events[1].sources = [];
    });
    expect(problems).toEqual([
      expect.stringContaining("events[0].date"),
      expect.stringContaining("events[0].kind"),
      expect.stringContaining("events[1].sources"),
      expect.stringContaining("events: no valid events are left"),
    ]);
  });

  it("drops the episode when no event is valid", () => {
    const data = readSampleJson(EPISODE) as Json;
    for (const event of data.events) event.kind = "riot";
    const result = validateEpisode(EPISODE, data);
    expect(result.value).toBeUndefined();
    expect(result.problems.map(formatProblem)).toContain(
      "episodes/prague-1968.json: events: no valid events are left",
    );
  });

  it.each<[string, (data: Json) => void, string]>([
    [
      "a missing id",
      (d) => {
        delete d.id;
      },
      "episodes/prague-1968.json: id: is missing: expected text",
    ],
    [
      "another format version",
      (d) => {
        d.formatVersion = 2;
      },
      "episodes/prague-1968.json: formatVersion: found 2: expected 1",
    ],
    [
      "no events",
      (d) => {
        d.events = [];
      },
      "episodes/prague-1968.json: events: expected at least 1 item, found 0 items",
    ],
    [
      "events that are not a list",
      (d) => {
        d.events = {};
      },
      "episodes/prague-1968.json: events: found an object: expected a list",
    ],
  ])("drops the whole file for %s", (_name, edit, expected) => {
    const data = readSampleJson(EPISODE) as Json;
    edit(data);
    const result = validateEpisode(EPISODE, data);
    expect(result.value).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual([expected]);
    expect(result.problems[0]?.dropped).toBe("the whole file");
  });

  it("rejects a file that is not an object", () => {
    expect(validateEpisode(EPISODE, [1, 2]).problems.map(formatProblem)).toEqual([
      "episodes/prague-1968.json: found a list: expected an object",
    ]);
  });
});

describe("validateManifest", () => {
  it.each<[string, (data: Json) => void, string]>([
    [
      "a missing title",
      (d) => {
        delete d.title;
      },
      "collection.json: title: is missing: expected text",
    ],
    [
      "an episode path that is neither JSON nor CSV",
      (d) => {
        d.episodes[0] = "episodes/hungary.xlsx";
      },
      'collection.json: episodes[0]: "episodes/hungary.xlsx" is not an episode file path: expected a name ending in .json, or .csv for a spreadsheet',
    ],
    [
      "no episodes",
      (d) => {
        d.episodes = [];
      },
      "collection.json: episodes: expected at least 1 item, found 0 items",
    ],
  ])("rejects %s", (_name, edit, expected) => {
    expect(problemsAfter("collection.json", validateManifest, edit)).toEqual([expected]);
  });
});

describe("validateAnalogies", () => {
  const analogyProblems = (edit: (data: Json) => void) =>
    problemsAfter("analogies.json", validateAnalogies, edit);

  it.each<[string, (data: Json) => void, string]>([
    [
      "a role that says nothing of differences",
      (d) => {
        d.roles[0].differs = [];
      },
      "analogies.json: roles[0].differs: expected at least one way in which the episodes differ in this role",
    ],
    [
      "an empty member without a note",
      (d) => {
        d.roles[0].members[1].events = [];
      },
      "analogies.json: roles[0].members[1].note: an episode with no event in this role needs a note saying why",
    ],
    [
      "a role without members",
      (d) => {
        d.roles[0].members = [];
      },
      "analogies.json: roles[0].members: expected at least 1 item, found 0 items",
    ],
  ])("rejects %s", (_name, edit, expected) => {
    expect(analogyProblems(edit)).toEqual([expected]);
  });

  it("accepts an explicitly empty member", () => {
    expect(
      analogyProblems((d) => {
        d.roles[0].members[1] = { episode: "prague-1968", events: [], note: "No one asked." };
      }),
    ).toEqual([]);
  });

  it("accepts a statement as plain text or with its evidence, and gives both one shape", () => {
    const data = readSampleJson("analogies.json") as Json;
    const backed = {
      text: "Budapest fought the tanks; Prague did not.",
      evidence: ["hungary-1956/second-soviet-intervention", "prague-1968/invasion"],
    };
    data.roles[0].differs.push(backed);
    const { value, problems } = validateAnalogies("analogies.json", data);
    expect(problems).toEqual([]);
    const role = value?.roles[0]?.value;
    expect(role?.alike).toEqual([
      { text: "Soviet-led forces enter to end a reform movement.", evidence: [] },
    ]);
    expect(role?.differs[1]).toEqual(backed);
  });

  it.each<[string, unknown, string]>([
    [
      "a statement object without evidence",
      { text: "Budapest fought." },
      'analogies.json: roles[0].differs[0]: evidence: is missing: expected the events that back the statement, as ["episode-id/event-id", …]',
    ],
    [
      "a statement object with empty text",
      { text: " ", evidence: ["hungary-1956/demonstration"] },
      "analogies.json: roles[0].differs[0].text: must not be empty",
    ],
    [
      "a statement object with no event in its evidence",
      { text: "Budapest fought.", evidence: [] },
      'analogies.json: roles[0].differs[0].evidence: expected at least one "episode-id/event-id", or the statement as plain text',
    ],
    [
      "evidence that is not an event reference",
      { text: "Budapest fought.", evidence: ["demonstration"] },
      'analogies.json: roles[0].differs[0].evidence[0]: "demonstration" is not an event reference: expected "episode-id/event-id"',
    ],
    [
      "a statement that is neither text nor an object",
      3,
      'analogies.json: roles[0].differs[0]: found 3: expected a statement, as plain text or as { "text": "…", "evidence": ["episode-id/event-id", …] }',
    ],
  ])("rejects %s", (_name, statement, expected) => {
    expect(
      analogyProblems((d) => {
        d.roles[0].differs[0] = statement;
      }),
    ).toEqual([expected]);
  });
});

describe("validateArticle", () => {
  const ARTICLE = "articles/sample-article.json";
  const articleProblems = (edit: (data: Json) => void) =>
    problemsAfter(ARTICLE, validateArticle, edit);

  it.each<[string, (data: Json) => void, string]>([
    [
      "a quote that is not in its paragraph",
      (d) => {
        d.excerpts[1].quote = "Soviet tanks rolled into Prague";
      },
      'articles/sample-article.json: excerpts[1].quote: "Soviet tanks rolled into Prague" does not occur word for word in paragraphs[1]',
    ],
    [
      "a quote with other capitals",
      (d) => {
        d.excerpts[1].quote = "soviet tanks rolled into Czechoslovakia";
      },
      'articles/sample-article.json: excerpts[1].quote: "soviet tanks rolled into Czechoslovakia" does not occur word for word in paragraphs[1]',
    ],
    [
      "a paragraph that does not exist",
      (d) => {
        d.excerpts[1].paragraph = 7;
      },
      'articles/sample-article.json: excerpts[1].paragraph: paragraph 7 does not exist: expected 0 to 1, or "headline"',
    ],
    [
      "a headline quote that is not in the headline",
      (d) => {
        d.excerpts[1].paragraph = "headline";
      },
      'articles/sample-article.json: excerpts[1].quote: "Soviet tanks rolled into Czechoslovakia" does not occur word for word in the headline (title)',
    ],
    [
      "a place that is neither a paragraph nor the headline",
      (d) => {
        d.excerpts[1].paragraph = "title";
      },
      'articles/sample-article.json: excerpts[1].paragraph: found "title": expected a paragraph\'s index (0 is the first) or "headline"',
    ],
    [
      "an excerpt with no events and no check",
      (d) => {
        d.excerpts[1].events = [];
      },
      "articles/sample-article.json: excerpts[1].events: an excerpt needs at least one linked event or a claim check",
    ],
    [
      "a verdict outside the list",
      (d) => {
        d.excerpts[0].check.verdict = "true";
      },
      'articles/sample-article.json: excerpts[0].check.verdict: found "true": expected one of "consistent", "imprecise", "contradicted", "unverifiable"',
    ],
    [
      "a verdict without sources",
      (d) => {
        d.excerpts[0].check.sources = [];
      },
      "articles/sample-article.json: excerpts[0].check.sources: a verdict other than unverifiable needs at least one source",
    ],
    [
      "a malformed event reference",
      (d) => {
        d.excerpts[1].events = ["invasion"];
      },
      'articles/sample-article.json: excerpts[1].events[0]: "invasion" is not an event reference: expected "episode-id/event-id"',
    ],
    [
      "a paragraph index that is not a whole number",
      (d) => {
        d.excerpts[1].paragraph = 1.5;
      },
      'articles/sample-article.json: excerpts[1].paragraph: found 1.5: expected a paragraph\'s index (0 is the first) or "headline"',
    ],
    [
      "an article URL that is not http",
      (d) => {
        d.url = "javascript:alert(1)";
      },
      'articles/sample-article.json: url: "javascript:alert(1)" is not a web address: expected a URL starting with http:// or https://',
    ],
  ])("rejects %s", (_name, edit, expected) => {
    expect(articleProblems(edit)).toEqual([expected]);
  });

  it("keeps the article and its other excerpts when one excerpt is broken", () => {
    const data = readSampleJson(ARTICLE) as Json;
    data.excerpts[1].quote = "not there";
    const result = validateArticle(ARTICLE, data);
    expect(result.value?.article.excerpts.map((excerpt) => excerpt.id)).toEqual([
      "hungary-invaded",
    ]);
    expect(result.value?.article.paragraphs).toHaveLength(2);
  });

  it("accepts a quote from the headline", () => {
    expect(
      articleProblems((d) => {
        d.excerpts[1].paragraph = "headline";
        d.excerpts[1].quote = "sample article";
      }),
    ).toEqual([]);
  });

  it("accepts an unverifiable claim with no sources", () => {
    expect(
      articleProblems((d) => {
        d.excerpts[0].check = { verdict: "unverifiable", note: "No record found.", sources: [] };
      }),
    ).toEqual([]);
  });
});

describe("validateLesson", () => {
  const lessonProblems = (edit: (data: Json) => void) =>
    problemsAfter(LESSON, validateLesson, edit);

  it.each<[string, (data: Json) => void, string]>([
    [
      "a window on the calendar axis",
      (d) => {
        d.stops[1].view.window = [0, 3];
      },
      'lessons/sample-lesson.json: stops[1].view.window: a window belongs to the aligned time axis: expected it left out with mode "calendar"',
    ],
    [
      "a window that ends before it starts",
      (d) => {
        d.stops[0].view.window = [5, -3];
      },
      "lessons/sample-lesson.json: stops[0].view.window: [5,-3] is not a window: expected [from, to] with from before to",
    ],
    [
      "an event and a passage both selected",
      (d) => {
        d.stops[1].view.event = "prague-1968/invasion";
      },
      "lessons/sample-lesson.json: stops[1].view.passage: a stop selects an event or a passage: expected only one of them",
    ],
    [
      "a stop with nothing backing it",
      (d) => {
        d.stops[0].evidence = [];
      },
      "lessons/sample-lesson.json: stops[0].evidence: expected at least one event whose sources back what the stop says",
    ],
    [
      "an unknown time axis",
      (d) => {
        d.stops[0].view.mode = "spiral";
      },
      'lessons/sample-lesson.json: stops[0].view.mode: found "spiral": expected one of "aligned", "calendar", "sequence"',
    ],
  ])("reports %s and drops only that stop", (_name, edit, message) => {
    const problems = lessonProblems(edit);
    expect(problems).toEqual([message]);
  });

  it("keeps the other stops when one is broken", () => {
    const data = readSampleJson(LESSON) as Json;
    data.stops[0].question = "";
    const result = validateLesson(LESSON, data);
    expect(result.value?.lesson.stops.map((stop) => stop.id)).toEqual(["article"]);
    expect(result.problems[0]?.dropped).toBe('stop "troops"');
  });

  it("drops the lesson when no stop is valid", () => {
    const data = readSampleJson(LESSON) as Json;
    for (const stop of data.stops) stop.text = " ";
    const result = validateLesson(LESSON, data);
    expect(result.value).toBeUndefined();
    expect(result.problems.map(formatProblem).at(-1)).toBe(
      "lessons/sample-lesson.json: stops: no valid stops are left",
    );
  });
});

describe("detectFileKind", () => {
  it("tells each kind by its defining field", () => {
    expect(detectFileKind(readSampleJson("collection.json"))).toBe("collection");
    expect(detectFileKind(readSampleJson(EPISODE))).toBe("episode");
    expect(detectFileKind(readSampleJson("analogies.json"))).toBe("analogies");
    expect(detectFileKind(readSampleJson("articles/sample-article.json"))).toBe("article");
    expect(detectFileKind(readSampleJson(LESSON))).toBe("lesson");
    expect(detectFileKind({ rows: [] })).toBeUndefined();
    expect(detectFileKind([])).toBeUndefined();
  });
});
