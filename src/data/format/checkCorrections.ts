import { eventRefsOf, passageRefsOf } from "./collection";
import type { Problem } from "./problem";
import type { AnalogyRole, Article, Correction, Episode } from "./schema";
import { showValue } from "./showValue";
import type { Located } from "./validateFiles";

export interface CorrectionReferenceInput {
  readonly episodes: readonly Episode[];
  /** The roles and articles as kept after their own checks. */
  readonly roles: readonly AnalogyRole[];
  readonly articles: readonly Article[];
  readonly corrections:
    | { readonly file: string; readonly corrections: readonly Located<Correction>[] }
    | undefined;
}

/**
 * Checks what each correction says it touches: events, passages and roles
 * must be in the collection. A broken link is dropped; the correction itself
 * is kept, since the log is the public record that something was changed.
 */
export function checkCorrections(input: CorrectionReferenceInput): {
  readonly corrections: readonly Correction[];
  readonly problems: readonly Problem[];
} {
  // Without a log, no set of every event's ref (some 10 ms at 10,000 events) before the first frame.
  if (input.corrections === undefined) return { corrections: [], problems: [] };
  const problems: Problem[] = [];
  const known = {
    events: new Set(input.episodes.flatMap((episode) => eventRefsOf(episode))),
    passages: new Set(input.articles.flatMap((article) => passageRefsOf(article))),
    roles: new Set(input.roles.map((role) => role.id)),
  };
  const what = { events: "event", passages: "article passage", roles: "analogy role" };
  const file = input.corrections?.file ?? "";

  const corrections = (input.corrections?.corrections ?? []).map(({ value, index }) => {
    const kept = (field: keyof typeof known) =>
      value[field]?.filter((ref, refIndex) => {
        if (known[field].has(ref)) return true;
        problems.push({
          file,
          path: `corrections[${index}].${field}[${refIndex}]`,
          message: `${showValue(ref)} names no ${what[field]} of this collection`,
          dropped: `the link to ${showValue(ref)}`,
        });
        return false;
      });
    return {
      ...value,
      events: kept("events") ?? [],
      passages: kept("passages"),
      roles: kept("roles"),
    };
  });
  return { corrections, problems };
}
