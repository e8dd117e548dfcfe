import { useId } from "react";
import { formatProblem, type Problem } from "../../data/format/problem";
import { getField, setField } from "../../studio/draft";
import { fieldKey } from "../../studio/history";
import type { EditorProps } from "./editorProps";
import { fieldId } from "./fieldId";

export interface FieldChoice {
  readonly value: string;
  readonly label: string;
}

export interface StudioFieldProps extends EditorProps {
  /** The file, as the manifest names it, and the field's path in it ("events[2].date"). */
  readonly file: string;
  readonly path: string;
  readonly label: string;
  /** A line under the label: what to type, e.g. the forms a date may take. */
  readonly hint?: string;
  readonly as?: "input" | "textarea" | "select";
  readonly type?: "text" | "url";
  /** For a select: the choices, the first of which may be a blank one. */
  readonly choices?: readonly FieldChoice[];
  /** Left out of the file when emptied, rather than kept as "". */
  readonly optional?: boolean;
  readonly className?: string;
}

/** The field's own problems: its path exactly, not those of the fields inside it. */
export const problemsOfField = (problems: readonly Problem[], file: string, path: string) =>
  problems.filter((problem) => problem.file === file && problem.path === path && !problem.note);

const shown = (value: unknown) =>
  value === undefined || value === null
    ? ""
    : typeof value === "string"
      ? value
      : JSON.stringify(value);

/**
 * One field of a file, kept as typed: its problems, in the loader's words,
 * are beside it and read out with it, and a field that is wrong keeps what
 * was typed until it is right.
 */
export function StudioField({
  draft,
  problems,
  onEdit,
  onSettle,
  readOnly,
  file,
  path,
  label,
  hint,
  as = "input",
  type = "text",
  choices = [],
  optional = false,
  className,
}: StudioFieldProps) {
  const hintId = useId();
  const problemsId = useId();
  const own = problemsOfField(problems, file, path);
  const value = shown(getField(draft, file, path));
  const change = (text: string) =>
    onEdit(
      setField(draft, file, path, optional && text === "" ? undefined : text),
      as === "select" ? undefined : fieldKey(file, path),
    );
  const describedBy = [hint ? hintId : "", own.length > 0 ? problemsId : ""].filter(Boolean);
  const common = {
    id: fieldId(file, path),
    value,
    readOnly,
    "aria-invalid": own.length > 0 ? true : undefined,
    "aria-describedby": describedBy.length > 0 ? describedBy.join(" ") : undefined,
    onBlur: onSettle,
  } as const;
  return (
    <div
      className={`echoes-studio-field${own.length > 0 ? " is-invalid" : ""}${className ? ` ${className}` : ""}`}
    >
      <label htmlFor={common.id}>{label}</label>
      {as === "textarea" ? (
        <textarea {...common} rows={3} onChange={(event) => change(event.target.value)} />
      ) : as === "select" ? (
        <select {...common} disabled={readOnly} onChange={(event) => change(event.target.value)}>
          {choices.some((choice) => choice.value === value) ? null : (
            <option value={value}>{value}</option>
          )}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type={type} onChange={(event) => change(event.target.value)} />
      )}
      {hint ? (
        <span id={hintId} className="echoes-studio-field__hint">
          {hint}
        </span>
      ) : null}
      {own.length > 0 ? (
        <ul id={problemsId} className="echoes-studio-field__problems">
          {own.map((problem) => (
            <li key={problem.message}>{formatProblem(problem)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
