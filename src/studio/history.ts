import type { Draft } from "./draft";

/** Undo and redo over drafts; each state is a whole draft, which shares what did not change. */
export interface History {
  readonly past: readonly Draft[];
  readonly present: Draft;
  readonly future: readonly Draft[];
  /** The field the last edit typed into, while a run of typing in it goes on. */
  readonly typing?: string;
  /** How many steps back are kept. */
  readonly limit: number;
}

/** Enough for an afternoon's work, and bounded so that a long session's memory stays small. */
export const UNDO_LIMIT = 200;

export function createHistory(draft: Draft, limit = UNDO_LIMIT): History {
  return { past: [], present: draft, future: [], limit };
}

/** Names a field for typing runs: a file and the field's path in it. */
export const fieldKey = (path: string, fieldPath: string) => `${path}#${fieldPath}`;

/**
 * Records an edit. Typing into the same field as the edit before (the same
 * key) replaces that step rather than adding one, so that undo takes back
 * the run of typing, not one keystroke.
 */
export function record(history: History, draft: Draft, typingIn?: string): History {
  if (draft === history.present) return history;
  if (typingIn !== undefined && typingIn === history.typing) {
    return { ...history, present: draft, future: [] };
  }
  return {
    ...history,
    past: [...history.past, history.present].slice(-history.limit),
    present: draft,
    future: [],
    typing: typingIn,
  };
}

/** Ends a run of typing (a field left), so that the next edit of it is a step of its own. */
export const settle = (history: History): History => ({ ...history, typing: undefined });

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    ...history,
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    typing: undefined,
  };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return {
    ...history,
    past: [...history.past, history.present].slice(-history.limit),
    present: next,
    future: rest,
    typing: undefined,
  };
}

export const canUndo = (history: History) => history.past.length > 0;
export const canRedo = (history: History) => history.future.length > 0;
