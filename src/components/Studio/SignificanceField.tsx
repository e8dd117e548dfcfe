import { useId } from "react";
import { SIGNIFICANCE_RANGE } from "../../data/format/schema";
import { STUDIO_EVENTS_TEXT as TEXT } from "../../i18n/studioEvents";
import { getField, setField } from "../../studio/draft";
import { FieldProblems } from "./FieldProblems";
import { fieldId } from "./fieldId";
import { toFieldText, toNumber } from "./fieldText";
import type { PartProps } from "./partProps";
import { problemsOfField } from "./StudioField";

export type SignificanceFieldProps = PartProps;

/** Significance is a number in the file; the select shows it as text. */
export function SignificanceField(props: SignificanceFieldProps) {
  const { draft, problems, onEdit, onSettle, readOnly, file, path } = props;
  const problemsId = useId();
  const own = problemsOfField(problems, file, path);
  const value = toFieldText(getField(draft, file, path));
  const [lowest, highest] = SIGNIFICANCE_RANGE;
  const levels = Array.from({ length: highest - lowest + 1 }, (_, index) => String(lowest + index));
  return (
    <div className={`echoes-studio-field${own.length > 0 ? " is-invalid" : ""}`}>
      <label htmlFor={fieldId(file, path)}>{TEXT.significance}</label>
      <select
        id={fieldId(file, path)}
        value={value}
        disabled={readOnly}
        aria-invalid={own.length > 0 ? true : undefined}
        aria-describedby={own.length > 0 ? problemsId : undefined}
        onBlur={onSettle}
        onChange={(event) =>
          onEdit(
            setField(
              draft,
              file,
              path,
              event.target.value === "" ? undefined : toNumber(event.target.value),
            ),
          )
        }
      >
        <option value="">{TEXT.noSignificance}</option>
        {value === "" || levels.includes(value) ? null : <option value={value}>{value}</option>}
        {levels.map((level) => (
          <option key={level} value={level}>
            {TEXT.significanceChoice(Number(level))}
          </option>
        ))}
      </select>
      <FieldProblems id={problemsId} problems={own} />
    </div>
  );
}
