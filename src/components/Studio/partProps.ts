import type { EditorProps } from "./editorProps";

/** What a part of an event's details is given: the editor's props and where the part is. */
export interface PartProps extends EditorProps {
  readonly file: string;
  /** Where the part is in the file, e.g. "events[2].sources". */
  readonly path: string;
}
