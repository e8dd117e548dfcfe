import { render } from "@testing-library/react";
import { type ReactNode, useState } from "react";
import type { Problem } from "../../data/format/problem";
import type { Draft } from "../../studio/draft";
import type { EditorProps } from "./editorProps";

export interface EditorHarnessProps {
  /** Draws the editor under test from the props the Studio would give it. */
  readonly children: (props: EditorProps) => ReactNode;
  readonly start: Draft;
  readonly problems?: readonly Problem[];
  readonly readOnly?: boolean;
  /** Told of every edit, once the draft in state has taken it. */
  readonly onDraft: (draft: Draft) => void;
}

/** An editor on a draft kept in state, as the Studio keeps it, so that each edit is drawn. */
export function EditorHarness({
  children,
  start,
  problems = [],
  readOnly = false,
  onDraft,
}: EditorHarnessProps) {
  const [draft, setDraft] = useState(start);
  return children({
    draft,
    problems,
    readOnly,
    onEdit: (next) => {
      setDraft(next);
      onDraft(next);
    },
    onSettle: () => {},
  });
}

export interface EditorOptions {
  readonly problems?: readonly Problem[];
  readonly readOnly?: boolean;
}

/** Renders an editor in an `EditorHarness`; gives a way to read the draft as last edited. */
export function renderEditor(
  editor: (props: EditorProps) => ReactNode,
  start: Draft,
  options: EditorOptions = {},
): () => Draft {
  let latest = start;
  render(
    <EditorHarness
      start={start}
      {...options}
      onDraft={(draft) => {
        latest = draft;
      }}
    >
      {editor}
    </EditorHarness>,
  );
  return () => latest;
}
