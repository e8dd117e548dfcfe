import { type FormEvent, useId, useState } from "react";
import { errorMessage } from "../../data/format/problem";

/**
 * The state of a form for something new: what is typed, and why adding it failed. `add` throws
 * to refuse; the form is emptied only once it has not.
 */
export function useNewItemForm<Fields extends Record<string, string>>(
  empty: Fields,
  add: (fields: Fields) => void,
) {
  const formId = useId();
  const [fields, setFields] = useState(empty);
  const [error, setError] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      add(fields);
      setFields(empty);
      setError("");
    } catch (thrown) {
      setError(errorMessage(thrown));
    }
  };
  /** The id, value and change of one of the form's fields, as a `FormField` takes them. */
  const bind = (name: keyof Fields & string) => ({
    id: `${formId}-${name}`,
    value: fields[name],
    onChange: (value: string) => setFields((now) => ({ ...now, [name]: value })),
  });
  return { formId, error, submit, bind };
}
