import type { FormEvent, ReactNode } from "react";

export interface NewItemFormProps {
  /**
   * What the form adds, as a screen reader names the form (a landmark then, so one of a kind on
   * the page); left out for a form repeated in each item.
   */
  readonly label?: string;
  readonly className: string;
  readonly onSubmit: (event: FormEvent) => void;
  /** Why the last try to add failed, read out as it appears; empty when it did not. */
  readonly error?: string;
  readonly submitLabel: string;
  readonly disabled: boolean;
  readonly children: ReactNode;
}

/** A form for something new: its fields, why it was refused, and the button that adds it. */
export function NewItemForm({
  label,
  className,
  onSubmit,
  error,
  submitLabel,
  disabled,
  children,
}: NewItemFormProps) {
  return (
    <form className={className} aria-label={label} onSubmit={onSubmit}>
      {children}
      {error ? (
        <p role="alert" className="echoes-studio-editor__error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="echoes-button" disabled={disabled}>
        {submitLabel}
      </button>
    </form>
  );
}
