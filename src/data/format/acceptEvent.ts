import { parseHistoricalDate, periodStartMs } from "./historicalDate";
import {
  CERTAINTY_LEVELS,
  type EpisodeEvent,
  EVENT_KINDS,
  ID_PATTERN,
  NOT_BLANK,
  SIGNIFICANCE_RANGE,
  WEB_URL_PATTERN,
} from "./schema";

/** A value as its schema gives it back, or undefined when it is not plainly valid. */
type Accept<T> = (value: unknown) => T | undefined;

interface Field {
  readonly accept: Accept<unknown>;
  readonly optional?: boolean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const text: Accept<string> = (value) =>
  typeof value === "string" && NOT_BLANK.test(value) ? value : undefined;

const id: Accept<string> = (value) =>
  typeof value === "string" && ID_PATTERN.test(value) ? value : undefined;

const webUrl: Accept<string> = (value) =>
  typeof value === "string" && WEB_URL_PATTERN.test(value) && URL.canParse(value)
    ? value
    : undefined;

const date = (value: unknown) => {
  if (typeof value !== "string") return undefined;
  const parsed = parseHistoricalDate(value);
  return parsed.ok ? parsed.date : undefined;
};

const count: Accept<number> = (value) =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;

const oneOf =
  <T extends string>(values: readonly T[]): Accept<T> =>
  (value) =>
    values.includes(value as T) ? (value as T) : undefined;

const significance: Accept<number> = (value) =>
  Number.isSafeInteger(value) &&
  (value as number) >= SIGNIFICANCE_RANGE[0] &&
  (value as number) <= SIGNIFICANCE_RANGE[1]
    ? (value as number)
    : undefined;

function arrayOf<T>(accept: Accept<T>, minLength = 0): Accept<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length < minLength) return undefined;
    const accepted: T[] = [];
    for (const item of value) {
      const one = accept(item);
      if (one === undefined) return undefined;
      accepted.push(one);
    }
    return accepted;
  };
}

/** A strict object, built field by field in the schema's order, as zod builds it. */
function strictObject(fields: Readonly<Record<string, Field>>): Accept<Record<string, unknown>> {
  const known = new Set(Object.keys(fields));
  const entries = Object.entries(fields);
  return (value) => {
    if (!isPlainObject(value)) return undefined;
    for (const key in value) if (!known.has(key)) return undefined;
    const accepted: Record<string, unknown> = {};
    for (const [name, field] of entries) {
      const given = value[name];
      // A field present but undefined is not plain JSON: the schema decides.
      if (given === undefined) {
        if (field.optional && !(name in value)) continue;
        return undefined;
      }
      const one = field.accept(given);
      if (one === undefined) return undefined;
      accepted[name] = one;
    }
    return accepted;
  };
}

const optional = (accept: Accept<unknown>): Field => ({ accept, optional: true });

const source = strictObject({
  title: { accept: text },
  publisher: { accept: text },
  url: { accept: webUrl },
  locator: optional(text),
});
const sources = arrayOf(source, 1);

const figureValue: Accept<number | number[]> = (value) => {
  if (!Array.isArray(value)) return count(value);
  if (value.length !== 2) return undefined;
  const [min, max] = [count(value[0]), count(value[1])];
  return min !== undefined && max !== undefined && min <= max ? [min, max] : undefined;
};

const figure = strictObject({
  label: { accept: text },
  value: { accept: figureValue },
  unit: { accept: text },
  note: optional(text),
  sources: { accept: sources },
});

const certaintyFields = strictObject({
  level: { accept: oneOf(CERTAINTY_LEVELS) },
  note: optional(text),
});
const certainty: Accept<Record<string, unknown>> = (value) => {
  const accepted = certaintyFields(value);
  return accepted && (accepted.level === "confirmed" || accepted.note !== undefined)
    ? accepted
    : undefined;
};

const eventFields = strictObject({
  id: { accept: id },
  date: { accept: date },
  endDate: optional(date),
  title: { accept: text },
  summary: { accept: text },
  kind: { accept: oneOf(EVENT_KINDS) },
  significance: optional(significance),
  actors: optional(arrayOf(text)),
  place: optional(text),
  figures: optional(arrayOf(figure)),
  certainty: { accept: certainty },
  sources: { accept: sources },
});

/**
 * An event as eventSchema would give it back, when it is plainly valid; undefined
 * otherwise, for the schema to decide and word the problems. It accepts no more
 * than the schema does, and checks a large episode's events many times faster.
 */
export function acceptEvent(value: unknown): EpisodeEvent | undefined {
  const event = eventFields(value) as EpisodeEvent | undefined;
  if (!event) return undefined;
  if (event.endDate && periodStartMs(event.endDate) < periodStartMs(event.date)) return undefined;
  return event;
}
