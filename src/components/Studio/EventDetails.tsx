import type { Problem } from "../../data/format/problem";
import { STUDIO_EVENTS_TEXT as TEXT } from "../../i18n/studioEvents";
import { addItem, getField, removeItem, setField } from "../../studio/draft";
import { listOf } from "../../studio/jsonPath";
import { FigureValue } from "./FigureValue";
import { ListButton } from "./ListButton";
import { ListProblems } from "./ListProblems";
import { OtherProblems } from "./OtherProblems";
import type { PartProps } from "./partProps";
import { SignificanceField } from "./SignificanceField";
import { SourceListEditor } from "./SourceListEditor";
import { StudioField } from "./StudioField";

export interface EventDetailsProps extends PartProps {
  /** The event as the grid names it, e.g. "event 2, The strike". */
  readonly name: string;
  /** The event's problems that neither a cell nor a field of the details shows. */
  readonly other: readonly Problem[];
}

/** Everything of an event the grid has no column for, and all its sources. */
export function EventDetails({ name, other, ...props }: EventDetailsProps) {
  const { draft, onEdit, readOnly, file, path } = props;
  const actors = listOf(getField(draft, file, `${path}.actors`));
  const figures = listOf(getField(draft, file, `${path}.figures`));
  /** Removes an item, and the list with its last item: an optional list is left out rather than empty. */
  const removeFrom = (list: string, index: number, length: number) =>
    onEdit(
      length === 1 ? setField(draft, file, list, undefined) : removeItem(draft, file, list, index),
    );
  return (
    <fieldset aria-label={TEXT.detailsHeading(name)} className="echoes-event-grid__details">
      <OtherProblems
        className="echoes-event-grid__other"
        heading={TEXT.otherProblems}
        problems={other}
      />
      <div className="echoes-event-grid__fields">
        <SignificanceField {...props} path={`${path}.significance`} />
        <StudioField
          {...props}
          path={`${path}.certainty.note`}
          label={TEXT.certaintyNote}
          hint={TEXT.certaintyNoteHint}
          as="textarea"
          optional
        />
      </div>
      <fieldset className="echoes-event-grid__list">
        <legend>{TEXT.people}</legend>
        <span className="echoes-studio-field__hint">{TEXT.peopleHint}</span>
        <ListProblems {...props} path={`${path}.actors`} />
        {actors.map((_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a person is known only by their place in the list
          <div key={index} className="echoes-event-grid__person">
            <StudioField
              {...props}
              path={`${path}.actors[${index}]`}
              label={TEXT.person(index + 1)}
            />
            <ListButton
              readOnly={readOnly}
              onClick={() => removeFrom(`${path}.actors`, index, actors.length)}
            >
              {TEXT.removePerson(index + 1)}
            </ListButton>
          </div>
        ))}
        <ListButton
          readOnly={readOnly}
          onClick={() => onEdit(addItem(draft, file, `${path}.actors`, ""))}
        >
          {TEXT.addPerson}
        </ListButton>
      </fieldset>
      <fieldset className="echoes-event-grid__list">
        <legend>{TEXT.figures}</legend>
        <ListProblems {...props} path={`${path}.figures`} />
        {figures.map((_, index) => {
          const figure = `${path}.figures[${index}]`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a figure is known only by its place in the list
            <fieldset key={index} className="echoes-event-grid__item">
              <legend>{TEXT.figure(index + 1)}</legend>
              <StudioField {...props} path={`${figure}.label`} label={TEXT.figureLabel} />
              <FigureValue {...props} path={`${figure}.value`} />
              <StudioField {...props} path={`${figure}.unit`} label={TEXT.figureUnit} />
              <StudioField
                {...props}
                path={`${figure}.note`}
                label={TEXT.figureNote}
                as="textarea"
                optional
              />
              <SourceListEditor
                {...props}
                path={`${figure}.sources`}
                legend={TEXT.figureSources(index + 1)}
              />
              <ListButton
                readOnly={readOnly}
                onClick={() => removeFrom(`${path}.figures`, index, figures.length)}
              >
                {TEXT.removeFigure(index + 1)}
              </ListButton>
            </fieldset>
          );
        })}
        <ListButton
          readOnly={readOnly}
          onClick={() =>
            onEdit(
              addItem(draft, file, `${path}.figures`, {
                label: "",
                value: "",
                unit: "",
                sources: [],
              }),
            )
          }
        >
          {TEXT.addFigure}
        </ListButton>
      </fieldset>
      <SourceListEditor {...props} path={`${path}.sources`} legend={TEXT.sources} />
    </fieldset>
  );
}
