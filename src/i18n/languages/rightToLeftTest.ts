import type { Catalog, CatalogSection } from "../catalog";
import { englishSection } from "../localized";

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

/**
 * The catalog of the right-to-left test, made from each section's English when it is first read:
 * a section is read only from its own module, which has given its English by then.
 */
export function rightToLeftTest(): Catalog {
  const sections = new Map<CatalogSection, unknown>();
  return new Proxy({} as Catalog, {
    get(_, section: CatalogSection) {
      if (!sections.has(section)) sections.set(section, mirrored(englishSection(section)));
      return sections.get(section);
    },
  });
}
