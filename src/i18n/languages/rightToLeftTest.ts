import type { Catalog, CatalogSection } from "../catalog";
import { englishSection } from "../interfaceLanguage";
import { SECTIONS } from "./sections";

const RIGHT_TO_LEFT_OVERRIDE = "\u202e";
const POP_DIRECTIONAL_FORMATTING = "\u202c";

/**
 * A text as the right-to-left test shows it: every string drawn right to left, as Chromium's
 * ar-XB pseudo-locale does, through functions and nested sections alike.
 */
function mirrored<T>(value: T): T {
  if (typeof value === "string") {
    return `${RIGHT_TO_LEFT_OVERRIDE}${value}${POP_DIRECTIONAL_FORMATTING}` as T;
  }
  if (typeof value === "function") {
    return ((...args: unknown[]) => mirrored(value(...args))) as T;
  }
  if (Array.isArray(value)) return value.map(mirrored) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, mirrored(inner)]),
    ) as T;
  }
  return value;
}

/** The catalog of the right-to-left test, made from the English of every section. */
export function rightToLeftTest(): Catalog {
  const sections = Object.keys(SECTIONS) as CatalogSection[];
  // The modules' own English, whatever language is shown while this one loads.
  return Object.fromEntries(
    sections.map((section) => [section, mirrored(englishSection(section) ?? SECTIONS[section])]),
  ) as unknown as Catalog;
}
