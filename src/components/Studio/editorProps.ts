import type { Problem } from "../../data/format/problem";
import type { Draft } from "../../studio/draft";

/** What every part of the Studio's editor is given: the draft, its problems, and how to change it. */
export interface EditorProps {
  readonly draft: Draft;
  /** Every problem of the draft, in the loader's words; each part shows those of its own fields. */
  readonly problems: readonly Problem[];
  /**
   * Applies an edit. `typingIn` names the field (file and path, see `fieldKey`) while a run of
   * typing in it goes on, so that undo takes back the run rather than one keystroke.
   */
  readonly onEdit: (next: Draft, typingIn?: string) => void;
  /** A field was left: the next edit of it is a step of its own. */
  readonly onSettle: () => void;
  /** A project from someone else, not yet copied: shown, not changed. */
  readonly readOnly: boolean;
}
