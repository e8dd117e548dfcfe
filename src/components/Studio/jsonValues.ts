import { type JsonValue, listOf } from "../../studio/jsonPath";

/** Readers of a draft's values as they are while being typed, when any of them may be of the wrong type. */

/** The value if it is text with something in it, else the fallback. */
export const textOr = (value: JsonValue | undefined, fallback: string) =>
  typeof value === "string" && value !== "" ? value : fallback;

/** The texts of a list, leaving out what is not text. */
export const textsOf = (value: JsonValue | undefined): string[] =>
  listOf(value).filter((item): item is string => typeof item === "string");
