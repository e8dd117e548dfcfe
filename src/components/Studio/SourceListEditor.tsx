import { STUDIO_EVENTS_TEXT as TEXT } from "../../i18n/studioEvents";
import { addItem, getField, removeItem } from "../../studio/draft";
import { listOf } from "../../studio/jsonPath";
import { ListButton } from "./ListButton";
import { ListProblems } from "./ListProblems";
import type { PartProps } from "./partProps";
import { SourceFields } from "./SourceFields";

export interface SourceListEditorProps extends PartProps {
  readonly legend: string;
}

/** The sources of an event or of one of its figures, each in a box of its own. */
export function SourceListEditor({ legend, ...props }: SourceListEditorProps) {
  const { draft, onEdit, readOnly, file, path } = props;
  const sources = listOf(getField(draft, file, path));
  return (
    <fieldset className="echoes-event-grid__list">
      <legend>{legend}</legend>
      <ListProblems {...props} />
      {sources.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a source is known only by its place in the list
        <fieldset key={index} className="echoes-event-grid__item">
          <legend>{TEXT.source(index + 1)}</legend>
          <SourceFields {...props} path={`${path}[${index}]`} text={TEXT} />
          <ListButton
            readOnly={readOnly}
            onClick={() => onEdit(removeItem(draft, file, path, index))}
          >
            {TEXT.removeSource(index + 1)}
          </ListButton>
        </fieldset>
      ))}
      <ListButton
        readOnly={readOnly}
        onClick={() => onEdit(addItem(draft, file, path, { title: "", publisher: "", url: "" }))}
      >
        {TEXT.addSource}
      </ListButton>
    </fieldset>
  );
}
