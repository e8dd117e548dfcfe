export interface FormFieldProps {
  readonly id: string;
  readonly label: string;
  /** A line under the label; its element id is the field's with "-hint". */
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly readOnly: boolean;
  /** A textarea of this many rows; without it, a one-line input. */
  readonly rows?: number;
  readonly type?: "url";
  readonly className?: string;
}

/** A field of a form for something new, kept in the form's state until it is added to the draft. */
export function FormField({
  id,
  label,
  hint,
  value,
  onChange,
  readOnly,
  rows,
  type,
  className,
}: FormFieldProps) {
  const common = {
    id,
    value,
    readOnly,
    "aria-describedby": hint ? `${id}-hint` : undefined,
  };
  return (
    <div className={`echoes-studio-field${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="echoes-studio-field__hint">
          {hint}
        </span>
      ) : null}
      {rows === undefined ? (
        <input {...common} type={type} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}
