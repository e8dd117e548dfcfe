import { useEffect, useState } from "react";
import type { Problem } from "../../data/format/problem";
import { checkDraft, type DraftCheck } from "../../studio/checkDraft";
import type { Draft } from "../../studio/draft";

/** A pause in typing long enough to check once, short enough to feel live. */
const CHECK_DELAY_MS = 150;

export interface DraftCheckState {
  readonly problems: readonly Problem[];
  readonly collection: DraftCheck["collection"];
  /** A check of the latest edit is under way; what is shown is the last one's. */
  readonly checking: boolean;
}

/** The draft checked as the loader checks a collection, again after each pause in editing. */
export function useDraftCheck(draft: Draft | undefined): DraftCheckState {
  const [checked, setChecked] = useState<{ draft?: Draft; result: DraftCheck }>({
    result: { problems: [] },
  });
  useEffect(() => {
    if (!draft) return;
    let current = true;
    const timer = setTimeout(() => {
      checkDraft(draft).then(
        (result) => {
          if (current) setChecked({ draft, result });
        },
        (error: unknown) => {
          if (current) {
            const message = error instanceof Error ? error.message : String(error);
            setChecked({
              draft,
              result: { problems: [{ file: "", path: "", message, dropped: "the collection" }] },
            });
          }
        },
      );
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [draft]);
  return {
    problems: checked.result.problems,
    collection: checked.result.collection,
    checking: draft !== undefined && checked.draft !== draft,
  };
}
