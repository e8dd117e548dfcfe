/**
 * The fixed words of the data format, version 1: what the app needs to know
 * of the format without its validator, which stays out of the first load.
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

/** The time axes a view can use; lessons name them too. */
export const TIME_MODES = ["aligned", "calendar", "sequence"] as const;
export type TimeMode = (typeof TIME_MODES)[number];
