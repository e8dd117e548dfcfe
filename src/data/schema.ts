import { z } from "zod";
import {
  HISTORICAL_DATE_FORMATS,
  HISTORICAL_DATE_PATTERN,
  parseHistoricalDate,
  periodStartMs,
} from "./historicalDate";
import { showValue } from "./showValue";

/**
 * The data format, version 1. These schemas are the one definition: the
 * loader validates with them, and `npm run schema` writes the published JSON
 * Schemas in data/schema/ from them.
 */
export const FORMAT_VERSION = 1;

export const EVENT_KINDS = [
  "trigger",
  "protest",
  "reform",
  "declaration",
  "negotiation",
  "request-for-intervention",
  "intervention",
  "withdrawal",
  "crackdown",
  "leadership-change",
  "casualties",
  "aftermath",
  "international-reaction",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const CERTAINTY_LEVELS = ["confirmed", "approximate", "disputed"] as const;
export type CertaintyLevel = (typeof CERTAINTY_LEVELS)[number];

export const VERDICTS = ["consistent", "imprecise", "contradicted", "unverifiable"] as const;
export type Verdict = (typeof VERDICTS)[number];

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EVENT_REF_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WEB_URL_PATTERN = /^https?:\/\/\S+$/i;

const text = z
  .string()
  .regex(/\S/, { error: "must not be empty" })
  .meta({ description: "Plain text; shown as written, never as HTML." });

const id = z.string().regex(ID_PATTERN, {
  error: (issue) =>
    `${showValue(issue.input)} is not an id: expected lowercase letters and digits joined by single hyphens, e.g. "troops-arrive"`,
});

const webUrl = z
  .string()
  .regex(WEB_URL_PATTERN, {
    error: (issue) =>
      `${showValue(issue.input)} is not a web address: expected a URL starting with http:// or https://`,
    abort: true,
  })
  .refine((value) => URL.canParse(value), {
    error: (issue) => `${showValue(issue.input)} is not a valid web address`,
  })
  .meta({ description: "An http:// or https:// address." });

export const historicalDateSchema = z
  .string()
  .regex(new RegExp(HISTORICAL_DATE_PATTERN), {
    error: (issue) =>
      `${showValue(issue.input)} is not a date: expected ${HISTORICAL_DATE_FORMATS}`,
    abort: true,
  })
  .transform((value, context) => {
    const result = parseHistoricalDate(value);
    if (result.ok) return result.date;
    context.issues.push({ code: "custom", input: value, message: `"${value}" ${result.reason}` });
    return z.NEVER;
  })
  .meta({
    description: `A calendar date written as ${HISTORICAL_DATE_FORMATS} (local time at the place); how much is written is its precision.`,
  });

const sourceSchema = z
  .strictObject({
    title: text,
    publisher: text,
    url: webUrl,
    locator: text.optional().meta({ description: 'Where in the source, e.g. "p. 213".' }),
  })
  .meta({ description: "A source a reader can open." });

const sources = z.array(sourceSchema).min(1);

const figureValueSchema = z.union(
  [
    z.number().nonnegative(),
    z
      .tuple([z.number().nonnegative(), z.number().nonnegative()])
      .refine(([min, max]) => min <= max, {
        error: (issue) =>
          `${JSON.stringify(issue.input)} is not a range: expected [min, max] with min <= max`,
      }),
  ],
  {
    error: (issue) =>
      `${showValue(issue.input)} is not a figure: expected a number or a [min, max] range of numbers`,
  },
);

const figureSchema = z.strictObject({
  label: text.meta({ description: 'What is counted, e.g. "Soviet troops".' }),
  value: figureValueSchema,
  unit: text.meta({ description: 'e.g. "soldiers", "people", "tanks".' }),
  note: text.optional(),
  sources,
});

const certaintySchema = z
  .strictObject({
    level: z.enum(CERTAINTY_LEVELS),
    note: text.optional(),
  })
  .refine((certainty) => certainty.level === "confirmed" || certainty.note !== undefined, {
    error: (issue) => {
      const level = (issue.input as { level?: unknown } | undefined)?.level;
      return `an event whose certainty is ${showValue(level)} needs a note saying what is uncertain or disputed`;
    },
    path: ["note"],
  });

export const eventSchema = z
  .strictObject({
    id,
    date: historicalDateSchema,
    endDate: historicalDateSchema.optional(),
    title: text,
    summary: text,
    kind: z.enum(EVENT_KINDS),
    actors: z.array(text).optional(),
    place: text.optional(),
    figures: z.array(figureSchema).optional(),
    certainty: certaintySchema,
    sources,
  })
  .superRefine((event, context) => {
    if (event.endDate && periodStartMs(event.endDate) < periodStartMs(event.date)) {
      context.addIssue({
        code: "custom",
        path: ["endDate"],
        input: event.endDate.text,
        message: `"${event.endDate.text}" is before the event's date "${event.date.text}": expected an end date on or after it`,
      });
    }
  });

const fileHeader = {
  $schema: z.string().optional(),
  formatVersion: z.literal(FORMAT_VERSION),
};

const episodeShape = {
  ...fileHeader,
  id,
  title: text,
  label: text.meta({ description: 'A short place and period label, e.g. "Hungary, 1956".' }),
  summary: text,
};

export const episodeSchema = z.strictObject({
  ...episodeShape,
  events: z.array(eventSchema).min(1),
});

const memberSchema = z
  .strictObject({
    episode: id,
    events: z.array(id).meta({ description: "The events that play the role; empty if none does." }),
    note: text.optional(),
  })
  .refine((member) => member.events.length > 0 || member.note !== undefined, {
    error: "an episode with no event in this role needs a note saying why",
    path: ["note"],
  });

export const roleSchema = z.strictObject({
  id,
  label: text,
  description: text,
  members: z.array(memberSchema).min(1),
  alike: z.array(text),
  differs: z
    .array(text)
    .min(1, { error: "expected at least one way in which the episodes differ in this role" }),
  sources: sources.optional(),
});

const analogiesShape = { ...fileHeader };

export const analogiesSchema = z.strictObject({ ...analogiesShape, roles: z.array(roleSchema) });

const eventRef = z.string().regex(EVENT_REF_PATTERN, {
  error: (issue) =>
    `${showValue(issue.input)} is not an event reference: expected "episode-id/event-id"`,
});

const claimCheckSchema = z
  .strictObject({
    verdict: z.enum(VERDICTS),
    note: text,
    sources: z.array(sourceSchema),
  })
  .refine((check) => check.verdict === "unverifiable" || check.sources.length > 0, {
    error: "a verdict other than unverifiable needs at least one source",
    path: ["sources"],
  });

export const excerptSchema = z
  .strictObject({
    id,
    paragraph: z
      .int()
      .nonnegative()
      .meta({ description: "Index into paragraphs; 0 is the first paragraph." }),
    quote: text.meta({ description: "Exact words from that paragraph." }),
    events: z.array(eventRef),
    check: claimCheckSchema.optional(),
  })
  .refine((excerpt) => excerpt.events.length > 0 || excerpt.check !== undefined, {
    error: "an excerpt needs at least one linked event or a claim check",
    path: ["events"],
  });

const articleShape = {
  ...fileHeader,
  id,
  title: text,
  subtitle: text.optional(),
  publisher: text.optional(),
  author: text.optional(),
  published: historicalDateSchema.optional(),
  url: webUrl.optional(),
  editorialNote: text.optional().meta({
    description: "What was left out of the original page, and anything else a reader should know.",
  }),
  paragraphs: z.array(text).min(1),
};

export const articleSchema = z.strictObject({ ...articleShape, excerpts: z.array(excerptSchema) });

const filePath = z
  .string()
  .regex(/\.json$/i, {
    error: (issue) =>
      `${showValue(issue.input)} is not a JSON file path: expected a name ending in .json`,
  })
  .meta({ description: "A path relative to this manifest, or an absolute http(s) URL." });

export const collectionSchema = z.strictObject({
  ...fileHeader,
  title: text,
  description: text.optional(),
  episodes: z.array(filePath).min(1),
  analogies: filePath.optional(),
  articles: z.array(filePath).optional(),
});

/**
 * Each file with a list of items is checked item by item, so that one bad
 * event, role or excerpt is skipped without losing the rest of its file.
 */
export const headerSchemas = {
  episode: z.strictObject({ ...episodeShape, events: z.array(z.unknown()).min(1) }),
  analogies: z.strictObject({ ...analogiesShape, roles: z.array(z.unknown()) }),
  article: z.strictObject({ ...articleShape, excerpts: z.array(z.unknown()) }),
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
export type CollectionManifest = z.output<typeof collectionSchema>;
