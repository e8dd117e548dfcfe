import { useId } from "react";
import { STUDIO_EVENTS_TEXT as TEXT } from "../../i18n/studioEvents";
import { getField, setField } from "../../studio/draft";
import { fieldKey } from "../../studio/history";
import type { JsonValue } from "../../studio/jsonPath";
import { FieldProblems } from "./FieldProblems";
import { fieldId } from "./fieldId";
import { toFieldText, toNumber } from "./fieldText";
import type { PartProps } from "./partProps";
import { problemsOfField } from "./StudioField";

export type FigureValueProps = PartProps;

/** A figure's value: one number, or a range when the highest is given. */
export function FigureValue(props: FigureValueProps) {
  const { draft, problems, onEdit, onSettle, readOnly, file, path } = props;
  const hintId = useId();
  const problemsId = useId();
  const highId = useId();
  const value = getField(draft, file, path);
  const [low, high] = Array.isArray(value)
    ? [
        toFieldText((value as readonly JsonValue[])[0]),
        toFieldText((value as readonly JsonValue[])[1]),
      ]
    : [toFieldText(value), ""];
  const own = problemsOfField(problems, file, path);
  const change = (nextLow: string, nextHigh: string) =>
    onEdit(
      setField(
        draft,
        file,
        path,
        nextHigh === "" ? toNumber(nextLow) : [toNumber(nextLow), toNumber(nextHigh)],
      ),
      fieldKey(file, path),
    );
  const common = {
    readOnly,
    inputMode: "decimal",
    "aria-invalid": own.length > 0 ? true : undefined,
    "aria-describedby": own.length > 0 ? `${hintId} ${problemsId}` : hintId,
    onBlur: onSettle,
  } as const;
  return (
    <div
      className={`echoes-studio-field echoes-event-grid__range${own.length > 0 ? " is-invalid" : ""}`}
    >
      <div className="echoes-event-grid__bound">
        <label htmlFor={fieldId(file, path)}>{TEXT.figureFrom}</label>
        <input
          {...common}
          id={fieldId(file, path)}
          value={low}
          onChange={(event) => change(event.target.value, high)}
        />
      </div>
      <div className="echoes-event-grid__bound">
        <label htmlFor={highId}>{TEXT.figureTo}</label>
        <input
          {...common}
          id={highId}
          value={high}
          onChange={(event) => change(low, event.target.value)}
        />
      </div>
      <span id={hintId} className="echoes-studio-field__hint">
        {TEXT.figureValueHint}
      </span>
      <FieldProblems id={problemsId} problems={own} />
    </div>
  );
}
