import { type FormEvent, useId, useState } from "react";
import { STUDIO_ANALOGY_TEXT as TEXT } from "../../i18n/studioAnalogy";
import { getField, listedFiles, removeItem, setField } from "../../studio/draft";
import { addRole, addStatement, removeRoleMember, setRoleMember } from "../../studio/editRoles";
import { isJsonObject, type JsonObject, type JsonValue, listOf } from "../../studio/jsonPath";
import { CardSourceList } from "./CardSourceList";
import { type EpisodeChoice, getDraftEpisodes } from "./draftEpisodes";
import { EventsSelect } from "./EventsSelect";
import type { EditorProps } from "./editorProps";
import { FieldProblems } from "./FieldProblems";
import { FormField } from "./FormField";
import { fieldId } from "./fieldId";
import { problemsBeside } from "./itemProblems";
import { textOr, textsOf } from "./jsonValues";
import { NewItemForm } from "./NewItemForm";
import { problemsOfField, StudioField } from "./StudioField";
import { useNewItemForm } from "./useNewItemForm";
import "./studioEditors.css";

export type RolesEditorProps = EditorProps;

interface MemberProps extends EditorProps {
  readonly file: string;
  readonly roleIndex: number;
  readonly episode: EpisodeChoice;
  readonly members: readonly JsonValue[];
}

/** One episode's member of a role: its events, picked by title, its day 0 and its note. */
function MemberPicker(props: MemberProps) {
  const { draft, problems, onEdit, readOnly, file, roleIndex, episode, members } = props;
  const problemsId = useId();
  const at = members.findIndex((member) => isJsonObject(member) && member.episode === episode.id);
  const member = at < 0 ? undefined : (members[at] as JsonObject);
  const memberPath = `roles[${roleIndex}].members[${at < 0 ? members.length : at}]`;
  const chosen = textsOf(member?.events);
  const titleOf = (id: string) =>
    episode.events.find((event) => event.id === id)?.title ?? TEXT.unknownEvent(id);
  const write = (events: readonly string[]) => {
    const anchor = typeof member?.anchor === "string" ? member.anchor : undefined;
    const note = typeof member?.note === "string" ? member.note : undefined;
    onEdit(
      setRoleMember(draft, roleIndex, {
        episode: episode.id,
        events,
        anchor: anchor !== undefined && events.includes(anchor) ? anchor : undefined,
        note,
      }),
    );
  };
  const own = problemsBeside(problems, file, memberPath, [
    `${memberPath}.anchor`,
    `${memberPath}.note`,
  ]);
  const selectId = fieldId(file, `${memberPath}.events`);
  return (
    <fieldset className="echoes-studio-member">
      <legend>{episode.label}</legend>
      {chosen.length === 0 ? (
        <p className="echoes-studio-editor__empty">{TEXT.noMember}</p>
      ) : (
        <ul className="echoes-studio-member__events">
          {chosen.map((id) => (
            <li key={id}>
              <span>{titleOf(id)}</span>
              <button
                type="button"
                className="echoes-icon-button"
                disabled={readOnly}
                aria-label={TEXT.removeEvent(titleOf(id), episode.label)}
                onClick={() => write(chosen.filter((other) => other !== id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="echoes-studio-field">
        <label htmlFor={selectId}>{TEXT.addMember(episode.label)}</label>
        <select
          id={selectId}
          value=""
          disabled={readOnly}
          aria-invalid={own.length > 0 ? true : undefined}
          aria-describedby={own.length > 0 ? problemsId : undefined}
          onChange={(event) => {
            if (event.target.value !== "") write([...chosen, event.target.value]);
          }}
        >
          <option value="">{TEXT.chooseEvent}</option>
          {episode.events
            .filter((event) => !chosen.includes(event.id))
            .map((event) => (
              <option key={event.id} value={event.id}>
                {event.title}
              </option>
            ))}
        </select>
        <FieldProblems id={problemsId} problems={own} />
      </div>
      {member ? (
        <>
          <StudioField
            {...props}
            file={file}
            path={`${memberPath}.anchor`}
            label={TEXT.anchor}
            hint={TEXT.anchorHint}
            as="select"
            optional
            choices={[
              { value: "", label: TEXT.anchorNone },
              ...chosen.map((id) => ({ value: id, label: titleOf(id) })),
            ]}
          />
          <StudioField
            {...props}
            file={file}
            path={`${memberPath}.note`}
            label={TEXT.note}
            hint={TEXT.noteHint}
            as="textarea"
            optional
          />
          <button
            type="button"
            className="echoes-button"
            disabled={readOnly}
            onClick={() => onEdit(removeRoleMember(draft, roleIndex, episode.id))}
          >
            {TEXT.removeMember(episode.label)}
          </button>
        </>
      ) : null}
    </fieldset>
  );
}

interface StatementsProps extends EditorProps {
  readonly file: string;
  readonly roleIndex: number;
  readonly list: "alike" | "differs";
  readonly episodes: readonly EpisodeChoice[];
}

/** One of a role's two lists of statements, each plain text or text with its evidence. */
function StatementColumn(props: StatementsProps) {
  const { draft, problems, onEdit, readOnly, file, roleIndex, list, episodes } = props;
  const [text, setText] = useState("");
  const [evidence, setEvidence] = useState<string[]>([]);
  const headingId = useId();
  const listProblemsId = useId();
  const newTextId = useId();
  const listPath = `roles[${roleIndex}].${list}`;
  const name = list === "alike" ? TEXT.alike : TEXT.differs;
  const statements = listOf(getField(draft, file, listPath));
  const listProblems = problemsOfField(problems, file, listPath);
  const add = (event: FormEvent) => {
    event.preventDefault();
    onEdit(addStatement(draft, roleIndex, list, text, evidence));
    setText("");
    setEvidence([]);
  };
  return (
    <div className={`echoes-studio-statements__column is-${list}`}>
      <h5 id={headingId}>{name}</h5>
      <p className="echoes-studio-field__hint">
        {list === "alike" ? TEXT.alikeHint : TEXT.differsHint}
      </p>
      <FieldProblems id={listProblemsId} problems={listProblems} />
      {statements.length === 0 ? (
        <p className="echoes-studio-editor__empty">{TEXT.noStatements}</p>
      ) : null}
      <ol className="echoes-studio-statements__list">
        {statements.map((statement, index) => {
          const path = `${listPath}[${index}]`;
          const plain = !isJsonObject(statement);
          const textPath = plain ? path : `${path}.text`;
          const refs = plain ? [] : textsOf(statement.evidence);
          const label = TEXT.statement(name, index);
          return (
            // Statements have no ids; their place is what the file and its problems name them by.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index} className="echoes-studio-statement">
              <StudioField {...props} file={file} path={textPath} label={label} as="textarea" />
              <EventsSelect
                id={fieldId(file, `${path}.evidence`)}
                label={TEXT.evidence}
                hint={TEXT.evidenceHint}
                unknownEvent={TEXT.unknownEvent}
                value={refs}
                episodes={episodes}
                readOnly={readOnly}
                problems={problemsBeside(problems, file, path, [textPath])}
                onChange={(chosen) => {
                  const words = plain ? String(statement ?? "") : textOr(statement.text, "");
                  onEdit(
                    setField(
                      draft,
                      file,
                      path,
                      chosen.length === 0 ? words : { text: words, evidence: chosen },
                    ),
                  );
                }}
              />
              <button
                type="button"
                className="echoes-button"
                disabled={readOnly}
                onClick={() => onEdit(removeItem(draft, file, listPath, index))}
              >
                {TEXT.removeStatement(name, index)}
              </button>
            </li>
          );
        })}
      </ol>
      <NewItemForm
        className="echoes-studio-editor__new"
        onSubmit={add}
        submitLabel={TEXT.addStatement(name)}
        disabled={readOnly || text.trim() === ""}
      >
        <FormField
          id={newTextId}
          label={TEXT.newStatement(name)}
          rows={3}
          value={text}
          readOnly={readOnly}
          onChange={setText}
        />
        <EventsSelect
          id={`${newTextId}-evidence`}
          label={TEXT.evidence}
          hint={TEXT.evidenceHint}
          unknownEvent={TEXT.unknownEvent}
          value={evidence}
          episodes={episodes}
          readOnly={readOnly}
          problems={[]}
          onChange={setEvidence}
        />
      </NewItemForm>
    </div>
  );
}

interface RoleCardProps extends EditorProps {
  readonly file: string;
  readonly index: number;
  readonly role: JsonObject;
  readonly episodes: readonly EpisodeChoice[];
}

function RoleCard(props: RoleCardProps) {
  const { draft, problems, onEdit, readOnly, file, index, role, episodes } = props;
  const headingId = useId();
  const label = textOr(role.label, textOr(role.id, String(index + 1)));
  const members = listOf(role.members);
  const listed = new Set(episodes.map((episode) => episode.id));
  // A member of an episode the collection no longer lists stays in view, with its problem, to be removed.
  const strays: EpisodeChoice[] = members
    .filter(isJsonObject)
    .map((member) => String(member.episode ?? ""))
    .filter((id) => !listed.has(id))
    .map((id) => ({ id, label: id, events: [] }));
  return (
    <article className="echoes-studio-card" aria-labelledby={headingId}>
      <h4 id={headingId}>{TEXT.roleHeading(label)}</h4>
      <FieldProblems
        id={`${headingId}-problems`}
        problems={problemsOfField(problems, file, `roles[${index}]`)}
      />
      <div className="echoes-studio-card__fields">
        <StudioField
          {...props}
          file={file}
          path={`roles[${index}].id`}
          label={TEXT.id}
          hint={TEXT.idHint}
        />
        <StudioField {...props} file={file} path={`roles[${index}].label`} label={TEXT.label} />
        <StudioField
          {...props}
          file={file}
          path={`roles[${index}].description`}
          label={TEXT.description}
          as="textarea"
          className="echoes-studio-card__wide"
        />
      </div>
      <h5>{TEXT.members}</h5>
      <p className="echoes-studio-field__hint">{TEXT.membersHint}</p>
      <FieldProblems
        id={`${headingId}-members`}
        problems={problemsOfField(problems, file, `roles[${index}].members`)}
      />
      <div className="echoes-studio-members">
        {[...episodes, ...strays].map((episode) => (
          <MemberPicker
            key={episode.id}
            {...props}
            roleIndex={index}
            episode={episode}
            members={members}
          />
        ))}
      </div>
      <div className="echoes-studio-statements">
        <StatementColumn {...props} roleIndex={index} list="alike" />
        <StatementColumn {...props} roleIndex={index} list="differs" />
      </div>
      <CardSourceList {...props} path={`roles[${index}].sources`} text={TEXT} optional />
      <button
        type="button"
        className="echoes-button echoes-studio-card__remove"
        disabled={readOnly}
        onClick={() => onEdit(removeItem(draft, file, "roles", index))}
      >
        {TEXT.removeRole(label)}
      </button>
    </article>
  );
}

/** The analogy map's roles: each episode's member events, and what is alike and what differs, side by side. */
export function RolesEditor(props: RolesEditorProps) {
  const { draft, onEdit, readOnly } = props;
  const headingId = useId();
  const form = useNewItemForm({ id: "", label: "", description: "" }, (fields) =>
    onEdit(addRole(draft, fields)),
  );
  const episodes = getDraftEpisodes(draft);
  const [file] = listedFiles(draft, "analogies");
  const roles =
    file !== undefined && Object.hasOwn(draft.files, file)
      ? listOf(getField(draft, file, "roles"))
      : [];
  return (
    <section className="echoes-studio-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{TEXT.heading}</h3>
      <p className="echoes-studio-editor__intro">{TEXT.intro}</p>
      {episodes.length === 0 ? (
        <p className="echoes-studio-editor__empty">{TEXT.noEpisodes}</p>
      ) : null}
      {roles.length === 0 ? <p className="echoes-studio-editor__empty">{TEXT.noRoles}</p> : null}
      {file !== undefined
        ? roles.map((role, index) =>
            isJsonObject(role) ? (
              <RoleCard
                // biome-ignore lint/suspicious/noArrayIndexKey: a role is named by its place while its id is typed
                key={index}
                {...props}
                file={file}
                index={index}
                role={role}
                episodes={episodes}
              />
            ) : null,
          )
        : null}
      <NewItemForm
        label={TEXT.newRole}
        className="echoes-studio-card echoes-studio-editor__new"
        onSubmit={form.submit}
        error={form.error}
        submitLabel={TEXT.addRole}
        disabled={readOnly}
      >
        <h4>{TEXT.newRole}</h4>
        <div className="echoes-studio-card__fields">
          <FormField {...form.bind("id")} label={TEXT.id} hint={TEXT.idHint} readOnly={readOnly} />
          <FormField
            {...form.bind("label")}
            label={TEXT.label}
            hint={TEXT.labelHint}
            readOnly={readOnly}
          />
          <FormField
            {...form.bind("description")}
            label={TEXT.description}
            hint={TEXT.descriptionHint}
            readOnly={readOnly}
          />
        </div>
      </NewItemForm>
    </section>
  );
}
