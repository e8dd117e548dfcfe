import { useId } from "react";
import { addItem, getField, removeItem, setField } from "../../studio/draft";
import { listOf } from "../../studio/jsonPath";
import type { EditorProps } from "./editorProps";
import { FieldProblems } from "./FieldProblems";
import { SourceFields, type SourceFieldsText } from "./SourceFields";
import { problemsOfField } from "./StudioField";

export interface CardSourceListText extends SourceFieldsText {
  readonly sources: string;
  readonly sourcesHint: string;
  /** Counted from 0, as the list's places are. */
  readonly source: (index: number) => string;
  readonly addSource: string;
  readonly removeSource: (index: number) => string;
}

export interface CardSourceListProps extends EditorProps {
  readonly file: string;
  /** The list's path in the file, e.g. "roles[0].sources". */
  readonly path: string;
  readonly text: CardSourceListText;
  /** The list is optional: removing its last source leaves it out rather than empty. */
  readonly optional?: boolean;
}

/** The sources of a role or of a check: each to fill in or remove, and a button for another. */
export function CardSourceList({ path, text, optional = false, ...props }: CardSourceListProps) {
  const { draft, problems, onEdit, readOnly, file } = props;
  const labelId = useId();
  const sources = listOf(getField(draft, file, path));
  return (
    <>
      <p id={labelId} className="echoes-studio-editor__label">
        {text.sources}
      </p>
      <p className="echoes-studio-field__hint">{text.sourcesHint}</p>
      <FieldProblems id={`${labelId}-problems`} problems={problemsOfField(problems, file, path)} />
      <ol className="echoes-studio-sources" aria-labelledby={labelId}>
        {sources.map((_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: sources have no ids; the file names them by place
          <li key={index} aria-label={text.source(index)}>
            <SourceFields {...props} path={`${path}[${index}]`} text={text} />
            <button
              type="button"
              className="echoes-button"
              disabled={readOnly}
              onClick={() =>
                onEdit(
                  optional && sources.length === 1
                    ? setField(draft, file, path, undefined)
                    : removeItem(draft, file, path, index),
                )
              }
            >
              {text.removeSource(index)}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="echoes-button"
        disabled={readOnly}
        onClick={() => onEdit(addItem(draft, file, path, { title: "", publisher: "", url: "" }))}
      >
        {text.addSource}
      </button>
    </>
  );
}
