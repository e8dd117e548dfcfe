import * as z from "zod/mini";
import {
  analogiesSchema,
  articleSchema,
  collectionSchema,
  correctionsSchema,
  episodeSchema,
  lessonSchema,
} from "./schema";

const fileSchemas = {
  collection: { schema: collectionSchema, title: "Echoes collection manifest" },
  episode: { schema: episodeSchema, title: "Echoes episode" },
  analogies: { schema: analogiesSchema, title: "Echoes analogy map" },
  article: { schema: articleSchema, title: "Echoes article" },
  lesson: { schema: lessonSchema, title: "Echoes lesson" },
  corrections: { schema: correctionsSchema, title: "Echoes corrections log" },
};

export type SchemaName = keyof typeof fileSchemas;

/**
 * The published JSON Schema of each file kind, generated from the runtime
 * schemas. Rules that JSON Schema cannot state (real calendar dates, quotes
 * found in their paragraph, links between files) are checked by
 * `npm run validate` only.
 */
export function buildJsonSchemas(): Record<SchemaName, Record<string, unknown>> {
  const entries = Object.entries(fileSchemas).map(([name, { schema, title }]) => {
    const generated = z.toJSONSchema(schema, {
      io: "input",
      target: "draft-2020-12",
      unrepresentable: "throw",
    });
    return [name, { ...generated, $id: `${name}.schema.json`, title }];
  });
  return Object.fromEntries(entries) as Record<SchemaName, Record<string, unknown>>;
}
