import type { JsonValue } from "../../studio/jsonPath";

/** A value as a field shows it: text as it is, nothing as "", anything else as JSON. */
export const toFieldText = (value: JsonValue | undefined) =>
  value === undefined || value === null
    ? ""
    : typeof value === "string"
      ? value
      : JSON.stringify(value);

/** A number as typed; text that is not exactly a number stays text, so that its problem shows. */
export function toNumber(text: string): JsonValue {
  const number = Number(text);
  return text.trim() !== "" && Number.isFinite(number) && String(number) === text ? number : text;
}
