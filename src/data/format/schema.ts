import * as z from "zod/mini";
import { HEADLINE } from "./excerptPlace";
import { EPISODE_FILE_PATH, JSON_FILE_PATH } from "./filePaths";
import {
  HISTORICAL_DATE_FORMATS,
  HISTORICAL_DATE_PATTERN,
  parseHistoricalDate,
  periodStartMs,
} from "./historicalDate";
import { toJsonPath } from "./problem";
import { showValue } from "./showValue";
import { CERTAINTY_LEVELS, EVENT_KINDS, FORMAT_VERSION, TIME_MODES, VERDICTS } from "./vocabulary";

/**
 * The data format, version 1. These schemas are the one definition: the
 * loader validates with them, and `npm run schema` writes the published JSON
 * Schemas in data/schema/ from them. They use zod's mini build, which keeps
 * the app's bundle small.
 */
export {
  CERTAINTY_LEVELS,
  type CertaintyLevel,
  EVENT_KINDS,
  type EventKind,
  FORMAT_VERSION,
  VERDICTS,
  type Verdict,
} from "./vocabulary";

// Shared with acceptEvent, whose fast path must accept no more than these schemas.
export const NOT_BLANK = /\S/;
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EVENT_REF_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const WEB_URL_PATTERN = /^https?:\/\/\S+$/i;

const describe = (description: string) => z.meta({ description });

const text = z
  .string()
  .check(
    z.regex(NOT_BLANK, { error: "must not be empty" }),
    describe("Plain text; shown as written, never as HTML."),
  );

const describedText = (description: string) =>
  z.string().check(z.regex(NOT_BLANK, { error: "must not be empty" }), describe(description));

const id = z.string().check(
  z.regex(ID_PATTERN, {
    error: (issue) =>
      `${showValue(issue.input)} is not an id: expected lowercase letters and digits joined by single hyphens, e.g. "troops-arrive"`,
  }),
);

const webUrl = z.string().check(
  z.regex(WEB_URL_PATTERN, {
    error: (issue) =>
      `${showValue(issue.input)} is not a web address: expected a URL starting with http:// or https://`,
    abort: true,
  }),
  z.refine((value) => URL.canParse(value), {
    error: (issue) => `${showValue(issue.input)} is not a valid web address`,
  }),
  describe("An http:// or https:// address."),
);

export const historicalDateSchema = z.pipe(
  z.string().check(
    z.regex(new RegExp(HISTORICAL_DATE_PATTERN), {
      error: (issue) =>
        `${showValue(issue.input)} is not a date: expected ${HISTORICAL_DATE_FORMATS}`,
    }),
    describe(
      `A calendar date written as ${HISTORICAL_DATE_FORMATS} (local time at the place); how much is written is its precision.`,
    ),
  ),
  z.transform((value: string, context) => {
    const result = parseHistoricalDate(value);
    if (result.ok) return result.date;
    context.issues.push({ code: "custom", input: value, message: `"${value}" ${result.reason}` });
    return z.NEVER;
  }),
);

const sourceSchema = z
  .strictObject({
    title: text,
    publisher: text,
    url: webUrl,
    locator: z.optional(describedText('Where in the source, e.g. "p. 213".')),
  })
  .check(describe("A source a reader can open."));

const sources = z.array(sourceSchema).check(z.minLength(1));

const count = z.number().check(z.nonnegative());

const figureValueSchema = z.union(
  [
    count,
    z.tuple([count, count]).check(
      z.refine(([min, max]) => min <= max, {
        error: (issue) =>
          `${JSON.stringify(issue.input)} is not a range: expected [min, max] with min <= max`,
      }),
    ),
  ],
  {
    error: (issue) =>
      `${showValue(issue.input)} is not a figure: expected a number or a [min, max] range of numbers`,
  },
);

const figureSchema = z.strictObject({
  label: describedText('What is counted, e.g. "Soviet troops".'),
  value: figureValueSchema,
  unit: describedText('e.g. "soldiers", "people", "tanks".'),
  note: z.optional(text),
  sources,
});

const certaintySchema = z
  .strictObject({
    level: z.enum(CERTAINTY_LEVELS),
    note: z.optional(text),
  })
  .check(
    z.refine((certainty) => certainty.level === "confirmed" || certainty.note !== undefined, {
      error: (issue) => {
        const level = (issue.input as { level?: unknown } | undefined)?.level;
        return `an event whose certainty is ${showValue(level)} needs a note saying what is uncertain or disputed`;
      },
      path: ["note"],
    }),
  );

/** The lowest and highest significance an author can give an event. */
export const SIGNIFICANCE_RANGE = [1, 5] as const;

const notASignificance = (issue: { input?: unknown }) =>
  `${showValue(issue.input)} is not a significance: expected a whole number from ${SIGNIFICANCE_RANGE[0]} (minor) to ${SIGNIFICANCE_RANGE[1]} (pivotal)`;

const significanceSchema = z
  // abort: a number beyond the safe integers is one problem, not also "more than 5".
  .int({ error: notASignificance, abort: true })
  .check(
    z.gte(SIGNIFICANCE_RANGE[0], { error: notASignificance }),
    z.lte(SIGNIFICANCE_RANGE[1], { error: notASignificance }),
    describe(
      'How much the event matters in its episode, 1 (minor) to 5 (pivotal). When a lane is crowded the chart draws and labels higher-ranked events first; without it an event ranks 3 if it plays an analogy role and 2 otherwise. It never hides an event: lesser events become unlabelled marks, labelled on hover or focus, before they are folded into a "+N".',
    ),
  );

export const eventSchema = z
  .strictObject({
    id,
    date: historicalDateSchema,
    endDate: z.optional(historicalDateSchema),
    title: text,
    summary: text,
    kind: z.enum(EVENT_KINDS),
    significance: z.optional(significanceSchema),
    actors: z.optional(z.array(text)),
    place: z.optional(text),
    figures: z.optional(z.array(figureSchema)),
    certainty: certaintySchema,
    sources,
  })
  .check(
    z.superRefine((event, context) => {
      if (event.endDate && periodStartMs(event.endDate) < periodStartMs(event.date)) {
        context.addIssue({
          code: "custom",
          path: ["endDate"],
          input: event.endDate.text,
          message: `"${event.endDate.text}" is before the event's date "${event.date.text}": expected an end date on or after it`,
        });
      }
    }),
  );

/** A BCP 47 tag's shape: a language subtag, then hyphen-joined subtags ("en", "kk-Cyrl", "pt-BR"). */
export const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;

const isWellFormedTag = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};

const languageTag = z.string().check(
  z.regex(LANGUAGE_TAG_PATTERN, {
    error: (issue) =>
      `${showValue(issue.input)} is not a language tag: expected a BCP 47 tag such as "en", "hu" or "kk-Cyrl"`,
    abort: true,
  }),
  z.refine(isWellFormedTag, {
    error: (issue) =>
      `${showValue(issue.input)} is not a well-formed BCP 47 language tag, e.g. "en", "hu" or "kk-Cyrl"`,
  }),
  describe('The language the text is written in, as a BCP 47 tag: "en", "hu", "cs", "ru", "kk"…'),
);

const fileHeader = {
  $schema: z.optional(z.string()),
  formatVersion: z.literal(FORMAT_VERSION),
};

const episodeShape = {
  ...fileHeader,
  id,
  title: text,
  label: describedText('A short place and period label, e.g. "Hungary, 1956".'),
  summary: text,
};

export const episodeSchema = z.strictObject({
  ...episodeShape,
  events: z.array(eventSchema).check(z.minLength(1)),
});

const eventRef = z.string().check(
  z.regex(EVENT_REF_PATTERN, {
    error: (issue) =>
      `${showValue(issue.input)} is not an event reference: expected "episode-id/event-id"`,
  }),
);

/** A statement of the analogy map, with the events that back it; empty evidence if none is named. */
export interface Statement {
  readonly text: string;
  readonly evidence: string[];
}

/** A statement as written in a file, plain text or with its evidence, in the one shape the app shows. */
function toStatement(written: string | Statement): Statement {
  return typeof written === "string" ? { text: written, evidence: [] } : written;
}

const statementSchema = z.pipe(
  z.union(
    [
      text,
      z.strictObject({
        text,
        evidence: z
          .array(eventRef, {
            error: (issue) =>
              `${issue.input === undefined ? "is missing" : `found ${showValue(issue.input)}`}: expected the events that back the statement, as ["episode-id/event-id", …]`,
          })
          .check(
            z.minLength(1, {
              error: 'expected at least one "episode-id/event-id", or the statement as plain text',
            }),
            describe("The events whose record backs the statement."),
          ),
      }),
    ],
    {
      // Both forms failed: an object is meant as the object form, so say what that form lacks.
      error: (issue) => {
        const objectForm =
          typeof issue.input === "object" && issue.input !== null && !Array.isArray(issue.input);
        // errors[1] holds the object form's own issues (errors[0] the plain text's).
        const first = objectForm ? issue.errors?.[1]?.[0] : undefined;
        return first
          ? [toJsonPath(first.path), first.message].filter(Boolean).join(": ")
          : `found ${showValue(issue.input)}: expected a statement, as plain text or as { "text": "…", "evidence": ["episode-id/event-id", …] }`;
      },
    },
  ),
  z.transform(toStatement),
);

const memberSchema = z
  .strictObject({
    episode: id,
    events: z.array(id).check(describe("The events that play the role; empty if none does.")),
    anchor: z.optional(
      id.check(
        describe(
          "The one of these events that is day 0 when the timeline aligns on this role. Without it, day 0 is the event whose date is the most precise (a day before a month, a month before a year), the earliest of those.",
        ),
      ),
    ),
    note: z.optional(text),
  })
  .check(
    z.refine((member) => member.events.length > 0 || member.note !== undefined, {
      error: "an episode with no event in this role needs a note saying why",
      path: ["note"],
    }),
  );

export const roleSchema = z.strictObject({
  id,
  label: text,
  description: text,
  members: z.array(memberSchema).check(z.minLength(1)),
  alike: z.array(statementSchema),
  differs: z.array(statementSchema).check(
    z.minLength(1, {
      error: "expected at least one way in which the episodes differ in this role",
    }),
  ),
  sources: z.optional(sources),
});

const analogiesShape = { ...fileHeader };

export const analogiesSchema = z.strictObject({ ...analogiesShape, roles: z.array(roleSchema) });

const claimCheckSchema = z
  .strictObject({
    verdict: z.enum(VERDICTS),
    note: text,
    sources: z.array(sourceSchema),
  })
  .check(
    z.refine((check) => check.verdict === "unverifiable" || check.sources.length > 0, {
      error: "a verdict other than unverifiable needs at least one source",
      path: ["sources"],
    }),
  );

export const excerptSchema = z
  .strictObject({
    id,
    paragraph: z
      .union([z.int().check(z.nonnegative()), z.literal(HEADLINE)], {
        error: (issue) =>
          `found ${showValue(issue.input)}: expected a paragraph's index (0 is the first) or "${HEADLINE}"`,
      })
      .check(
        describe(
          `Index into paragraphs (0 is the first paragraph), or "${HEADLINE}" for the title.`,
        ),
      ),
    quote: describedText("Exact words from that paragraph, or from the headline."),
    events: z.array(eventRef),
    check: z.optional(claimCheckSchema),
  })
  .check(
    z.refine((excerpt) => excerpt.events.length > 0 || excerpt.check !== undefined, {
      error: "an excerpt needs at least one linked event or a claim check",
      path: ["events"],
    }),
  );

const articleShape = {
  ...fileHeader,
  id,
  language: z.optional(languageTag),
  title: text,
  subtitle: z.optional(text),
  publisher: z.optional(text),
  author: z.optional(text),
  published: z.optional(historicalDateSchema),
  url: z.optional(webUrl),
  editorialNote: z.optional(
    describedText(
      "What was left out of the original page, and anything else a reader should know.",
    ),
  ),
  paragraphs: z.array(text).check(z.minLength(1)),
};

export const articleSchema = z.strictObject({ ...articleShape, excerpts: z.array(excerptSchema) });

const lessonViewSchema = z
  .strictObject({
    mode: z.enum(TIME_MODES),
    role: z.optional(
      id.check(describe("The analogy role that is day 0; in the aligned mode only.")),
    ),
    window: z.optional(
      z.tuple([z.number(), z.number()]).check(
        z.refine(([from, to]) => from < to, {
          error: (issue) =>
            `${JSON.stringify(issue.input)} is not a window: expected [from, to] with from before to`,
        }),
        describe("The days from day 0 in view, [from, to]; in the aligned mode only."),
      ),
    ),
    event: z.optional(eventRef),
    passage: z.optional(
      z.string().check(
        z.regex(EVENT_REF_PATTERN, {
          error: (issue) =>
            `${showValue(issue.input)} is not a passage reference: expected "article-id/excerpt-id"`,
        }),
        describe("An article excerpt to select, instead of an event."),
      ),
    ),
  })
  .check(
    z.superRefine((view, context) => {
      for (const field of ["role", "window"] as const) {
        if (view[field] !== undefined && view.mode !== "aligned") {
          context.addIssue({
            code: "custom",
            path: [field],
            input: view[field],
            message: `a ${field} belongs to the aligned time axis: expected it left out with mode "${view.mode}"`,
          });
        }
      }
      if (view.event !== undefined && view.passage !== undefined) {
        context.addIssue({
          code: "custom",
          path: ["passage"],
          input: view.passage,
          message: "a stop selects an event or a passage: expected only one of them",
        });
      }
    }),
  );

export const lessonStopSchema = z.strictObject({
  id,
  title: text,
  text: describedText("What the class reads at this stop: a few short sentences."),
  question: describedText("A question for the class to discuss."),
  view: lessonViewSchema,
  evidence: z.array(eventRef).check(
    z.minLength(1, {
      error: "expected at least one event whose sources back what the stop says",
    }),
    describe("The events whose sources back every statement of the stop."),
  ),
});

const lessonShape = {
  ...fileHeader,
  id,
  title: text,
  summary: text,
};

export const lessonSchema = z.strictObject({
  ...lessonShape,
  stops: z.array(lessonStopSchema).check(z.minLength(1)),
});

const passageRef = z.string().check(
  z.regex(EVENT_REF_PATTERN, {
    error: (issue) =>
      `${showValue(issue.input)} is not a passage reference: expected "article-id/excerpt-id"`,
  }),
);

const dayDateSchema = historicalDateSchema.check(
  z.refine((date) => date.precision === "day", {
    error: (issue) =>
      `${showValue((issue.input as { text?: unknown } | undefined)?.text)} is not a day: expected a date written as YYYY-MM-DD`,
  }),
  z.meta({
    description: "The day the correction was made, written as YYYY-MM-DD.",
    pattern: "^\\d{4}-\\d{2}-\\d{2}$",
  }),
);

export const correctionSchema = z
  .strictObject({
    id,
    date: dayDateSchema,
    wrong: describedText("What the collection said before."),
    now: describedText("What it says now."),
    sources,
    events: z.array(eventRef).check(describe("The events the correction touches.")),
    passages: z.optional(
      z.array(passageRef).check(describe("The article passages the correction touches.")),
    ),
    roles: z.optional(z.array(id).check(describe("The analogy roles the correction touches."))),
  })
  .check(
    z.refine(
      (correction) =>
        correction.events.length > 0 ||
        (correction.passages?.length ?? 0) > 0 ||
        (correction.roles?.length ?? 0) > 0,
      {
        error: "expected at least one event, passage or role that the correction touches",
        path: ["events"],
      },
    ),
  );

const correctionsShape = { ...fileHeader };

export const correctionsSchema = z.strictObject({
  ...correctionsShape,
  corrections: z.array(correctionSchema),
});

const filePath = z.string().check(
  z.regex(JSON_FILE_PATH, {
    error: (issue) =>
      `${showValue(issue.input)} is not a JSON file path: expected a name ending in .json`,
  }),
  describe("A path relative to this manifest, or an absolute http(s) URL."),
);

const episodePath = z.string().check(
  z.regex(EPISODE_FILE_PATH, {
    error: (issue) =>
      `${showValue(issue.input)} is not an episode file path: expected a name ending in .json, or .csv for a spreadsheet`,
  }),
  describe(
    "A path relative to this manifest, or an absolute http(s) URL; an episode may be a spreadsheet saved as CSV.",
  ),
);

export const collectionSchema = z.strictObject({
  ...fileHeader,
  language: z.optional(languageTag),
  title: text,
  description: z.optional(text),
  episodes: z.array(episodePath).check(z.minLength(1)),
  analogies: z.optional(filePath),
  defaultRole: z.optional(
    id.check(
      describe("The role the timeline aligns on at first: the id of a role of the analogy map."),
    ),
  ),
  articles: z.optional(z.array(filePath)),
  lessons: z.optional(z.array(filePath)),
  corrections: z.optional(filePath),
});

/**
 * Each file with a list of items is checked item by item, so that one bad
 * event, role or excerpt is skipped without losing the rest of its file.
 */
export const headerSchemas = {
  episode: z.strictObject({
    ...episodeShape,
    events: z.array(z.unknown()).check(z.minLength(1)),
  }),
  analogies: z.strictObject({ ...analogiesShape, roles: z.array(z.unknown()) }),
  article: z.strictObject({ ...articleShape, excerpts: z.array(z.unknown()) }),
  lesson: z.strictObject({ ...lessonShape, stops: z.array(z.unknown()).check(z.minLength(1)) }),
  corrections: z.strictObject({ ...correctionsShape, corrections: z.array(z.unknown()) }),
};

export type Source = z.output<typeof sourceSchema>;
export type Figure = z.output<typeof figureSchema>;
export type Certainty = z.output<typeof certaintySchema>;
export type EpisodeEvent = z.output<typeof eventSchema>;
export type Episode = z.output<typeof episodeSchema>;
export type AnalogyMember = z.output<typeof memberSchema>;
export type AnalogyRole = z.output<typeof roleSchema>;
export type ClaimCheck = z.output<typeof claimCheckSchema>;
export type Excerpt = z.output<typeof excerptSchema>;
export type Article = z.output<typeof articleSchema>;
export type LessonView = z.output<typeof lessonViewSchema>;
export type LessonStop = z.output<typeof lessonStopSchema>;
export type Lesson = z.output<typeof lessonSchema>;
export type CollectionManifest = z.output<typeof collectionSchema>;
export type Correction = z.output<typeof correctionSchema>;
