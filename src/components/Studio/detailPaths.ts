import { isJsonObject, type JsonValue, listOf } from "../../studio/jsonPath";

const sourcePaths = (listPath: string, list: JsonValue | undefined) => [
  listPath,
  ...listOf(list).flatMap((_, index) =>
    ["title", "publisher", "url", "locator"].map((field) => `${listPath}[${index}].${field}`),
  ),
];

/** The paths the details of an event, at `base` in its file, show problems beside. */
export function getDetailPaths(event: JsonValue | undefined, base: string): string[] {
  const fields = isJsonObject(event) ? event : {};
  const figures = listOf(fields.figures);
  return [
    `${base}.significance`,
    `${base}.certainty.note`,
    `${base}.actors`,
    ...listOf(fields.actors).map((_, index) => `${base}.actors[${index}]`),
    `${base}.figures`,
    ...figures.flatMap((figure, index) => {
      const path = `${base}.figures[${index}]`;
      return [
        ...["label", "value", "unit", "note"].map((field) => `${path}.${field}`),
        ...sourcePaths(`${path}.sources`, isJsonObject(figure) ? figure.sources : undefined),
      ];
    }),
    ...sourcePaths(`${base}.sources`, fields.sources),
  ];
}
