import { useEffect, useId, useRef, useState } from "react";
import { TIME_MODES, type TimeMode } from "../../data/format/vocabulary";
import { STUDIO_LESSONS_TEXT as TEXT } from "../../i18n/studioLessons";
import {
  checkNewId,
  type Draft,
  getField,
  listedFiles,
  moveItem,
  removeFile,
  removeItem,
  setField,
} from "../../studio/draft";
import { addLesson, addStop, type CurrentView, toStopView } from "../../studio/editLessons";
import { isJsonObject, type JsonObject, type JsonValue, listOf } from "../../studio/jsonPath";
import { type EpisodeChoice, getDraftEpisodes } from "./draftEpisodes";
import { EventsSelect } from "./EventsSelect";
import type { EditorProps } from "./editorProps";
import { FieldProblems } from "./FieldProblems";
import { FormField } from "./FormField";
import { fieldId } from "./fieldId";
import { idFromWords } from "./idFromWords";
import { problemsBeside } from "./itemProblems";
import { textOr, textsOf } from "./jsonValues";
import { NewItemForm } from "./NewItemForm";
import { problemsOfField, StudioField } from "./StudioField";
import { useNewItemForm } from "./useNewItemForm";
import "./studioEditors.css";

export interface LessonsEditorProps extends EditorProps {
  /** What the timeline beside the editor shows now; read when a stop is made or its view renewed. */
  readonly currentView: () => CurrentView;
}

/** Names of what a stop's view can refer to, as readers see them, by the refs the format uses. */
interface Names {
  readonly episodes: readonly EpisodeChoice[];
  readonly roles: ReadonlyMap<string, string>;
  readonly events: ReadonlyMap<string, string>;
  /** Passages as "article-id/excerpt-id", with their quotes. */
  readonly passages: ReadonlyMap<string, string>;
}

const filesOf = (draft: Draft, kind: "analogies" | "article") =>
  listedFiles(draft, kind).flatMap((path) => {
    const file = Object.hasOwn(draft.files, path) ? draft.files[path] : undefined;
    return isJsonObject(file) ? [file] : [];
  });

/** What the draft names, as far as it can be read while being typed. */
function namesOf(draft: Draft): Names {
  const episodes = getDraftEpisodes(draft);
  const roles = filesOf(draft, "analogies").flatMap((map) =>
    listOf(map.roles)
      .filter(isJsonObject)
      .map((role) => [String(role.id ?? ""), textOr(role.label, String(role.id ?? ""))] as const),
  );
  const passages = filesOf(draft, "article").flatMap((article) =>
    listOf(article.excerpts)
      .filter(isJsonObject)
      .map(
        (excerpt) =>
          [
            `${String(article.id ?? "")}/${String(excerpt.id ?? "")}`,
            textOr(excerpt.quote, String(excerpt.id ?? "")),
          ] as const,
      ),
  );
  return {
    episodes,
    roles: new Map(roles),
    events: new Map(
      episodes.flatMap((episode) =>
        episode.events.map(
          (event) => [`${episode.id}/${event.id}`, `${event.title} (${episode.label})`] as const,
        ),
      ),
    ),
    passages: new Map(passages),
  };
}

const isTimeMode = (mode: JsonValue | undefined): mode is TimeMode =>
  (TIME_MODES as readonly JsonValue[]).includes(mode ?? null);

function windowOf(value: JsonValue | undefined): readonly [number, number] | undefined {
  const [from, to] = listOf(value);
  return typeof from === "number" && typeof to === "number" ? [from, to] : undefined;
}

/** A stop's saved view in words: its mode, the role and days in view when aligned, and what is selected. */
function ViewInWords({ view, names }: { view: JsonValue | undefined; names: Names }) {
  const saved = isJsonObject(view) ? view : {};
  const mode = isTimeMode(saved.mode) ? TEXT.modes[saved.mode] : textOr(saved.mode, "");
  const role =
    typeof saved.role === "string" ? (names.roles.get(saved.role) ?? saved.role) : undefined;
  const days = windowOf(saved.window);
  const passage = typeof saved.passage === "string" ? saved.passage : undefined;
  const event = typeof saved.event === "string" ? saved.event : undefined;
  const selected =
    passage !== undefined
      ? TEXT.selectedPassage(names.passages.get(passage) ?? passage)
      : event !== undefined
        ? TEXT.selectedEvent(names.events.get(event) ?? event)
        : TEXT.nothingSelected;
  return (
    <dl className="echoes-studio-view">
      <dt>{TEXT.viewTerms.mode}</dt>
      <dd>{mode}</dd>
      {saved.mode === "aligned" ? (
        <>
          <dt>{TEXT.viewTerms.role}</dt>
          <dd>{role ?? TEXT.defaultRole}</dd>
        </>
      ) : null}
      {days ? (
        <>
          <dt>{TEXT.viewTerms.window}</dt>
          <dd>{TEXT.window(days[0], days[1])}</dd>
        </>
      ) : null}
      <dt>{TEXT.viewTerms.selected}</dt>
      <dd>{selected}</dd>
    </dl>
  );
}

interface StopProps extends LessonsEditorProps {
  readonly file: string;
  readonly index: number;
  readonly count: number;
  readonly stop: JsonObject;
  readonly names: Names;
  /** Asks for focus on a control once the list is drawn again, by its element id. */
  readonly focusAfter: (elementId: string) => void;
}

function StopCard(props: StopProps) {
  const { draft, problems, onEdit, readOnly, currentView, file, index, count, stop, names } = props;
  const headingId = useId();
  const passageProblemsId = useId();
  const path = `stops[${index}]`;
  const title = textOr(stop.title, textOr(stop.id, ""));
  const passagePath = `${path}.view.passage`;
  const passage = isJsonObject(stop.view) ? stop.view.passage : undefined;
  const passageProblems = problemsBeside(problems, file, passagePath);
  const moveButtonId = (to: number, direction: "up" | "down") =>
    `${fieldId(file, `stops[${to}]`)}-${direction}`;
  const move = (to: number, direction: "up" | "down") => {
    onEdit(moveItem(draft, file, "stops", index, to));
    // The control that moved the stop goes with it, so that pressing it again moves it further.
    props.focusAfter(
      (direction === "up" ? to > 0 : to < count - 1)
        ? moveButtonId(to, direction)
        : moveButtonId(to, direction === "up" ? "down" : "up"),
    );
  };
  // A view selects an event or a passage, not both.
  const choosePassage = (ref: string) =>
    onEdit(
      ref === ""
        ? setField(draft, file, passagePath, undefined)
        : setField(setField(draft, file, `${path}.view.event`, undefined), file, passagePath, ref),
    );
  return (
    <li className="echoes-studio-card echoes-studio-stop" aria-labelledby={headingId}>
      <h6 id={headingId}>{TEXT.stopHeading(index, title)}</h6>
      <FieldProblems
        id={`${headingId}-problems`}
        problems={problemsOfField(problems, file, path)}
      />
      <p className="echoes-studio-editor__label">{TEXT.view}</p>
      <ViewInWords view={stop.view} names={names} />
      <FieldProblems
        id={`${headingId}-view`}
        problems={problemsBeside(problems, file, `${path}.view`, [passagePath])}
      />
      <div className="echoes-studio-stop__actions">
        <button
          type="button"
          className="echoes-button"
          disabled={readOnly}
          onClick={() => onEdit(setField(draft, file, `${path}.view`, toStopView(currentView())))}
        >
          {TEXT.useCurrentView}
        </button>
      </div>
      <div className="echoes-studio-card__fields">
        <StudioField {...props} file={file} path={`${path}.id`} label={TEXT.stopId} />
        <StudioField {...props} file={file} path={`${path}.title`} label={TEXT.stopTitle} />
      </div>
      <StudioField
        {...props}
        file={file}
        path={`${path}.text`}
        label={TEXT.stopText}
        hint={TEXT.stopTextHint}
        as="textarea"
      />
      <StudioField
        {...props}
        file={file}
        path={`${path}.question`}
        label={TEXT.question}
        hint={TEXT.questionHint}
        as="textarea"
      />
      <EventsSelect
        id={fieldId(file, `${path}.evidence`)}
        label={TEXT.evidence}
        hint={TEXT.evidenceHint}
        unknownEvent={TEXT.unknownEvent}
        value={textsOf(stop.evidence)}
        episodes={names.episodes}
        readOnly={readOnly}
        problems={problemsBeside(problems, file, `${path}.evidence`)}
        onChange={(refs) => onEdit(setField(draft, file, `${path}.evidence`, refs))}
      />
      <div className={`echoes-studio-field${passageProblems.length > 0 ? " is-invalid" : ""}`}>
        <label htmlFor={fieldId(file, passagePath)}>{TEXT.passage}</label>
        <span id={`${passageProblemsId}-hint`} className="echoes-studio-field__hint">
          {TEXT.passageHint}
        </span>
        <select
          id={fieldId(file, passagePath)}
          value={typeof passage === "string" ? passage : ""}
          disabled={readOnly}
          aria-invalid={passageProblems.length > 0 ? true : undefined}
          aria-describedby={`${passageProblemsId}-hint${passageProblems.length > 0 ? ` ${passageProblemsId}` : ""}`}
          onChange={(event) => choosePassage(event.target.value)}
        >
          <option value="">{TEXT.noPassage}</option>
          {typeof passage === "string" && !names.passages.has(passage) ? (
            <option value={passage}>{passage}</option>
          ) : null}
          {[...names.passages].map(([ref, quote]) => (
            <option key={ref} value={ref}>
              {quote}
            </option>
          ))}
        </select>
        <FieldProblems id={passageProblemsId} problems={passageProblems} />
      </div>
      <div className="echoes-studio-stop__actions">
        <button
          type="button"
          id={moveButtonId(index, "up")}
          className="echoes-button"
          disabled={readOnly || index === 0}
          onClick={() => move(index - 1, "up")}
        >
          {TEXT.moveUp(index)}
        </button>
        <button
          type="button"
          id={moveButtonId(index, "down")}
          className="echoes-button"
          disabled={readOnly || index === count - 1}
          onClick={() => move(index + 1, "down")}
        >
          {TEXT.moveDown(index)}
        </button>
        <button
          type="button"
          className="echoes-button echoes-studio-card__remove"
          disabled={readOnly}
          onClick={() => onEdit(removeItem(draft, file, "stops", index))}
        >
          {TEXT.removeStop(index)}
        </button>
      </div>
    </li>
  );
}

const NO_STOP = { id: "", title: "", text: "", question: "" };

interface LessonCardProps extends LessonsEditorProps {
  readonly file: string;
  readonly lesson: JsonObject;
  readonly names: Names;
}

function LessonCard(props: LessonCardProps) {
  const { draft, problems, onEdit, readOnly, currentView, file, lesson, names } = props;
  const headingId = useId();
  const stopsHeadingId = useId();
  const [evidence, setEvidence] = useState<string[]>([]);
  const pendingFocus = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (pendingFocus.current === undefined) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = undefined;
  });
  const stops = listOf(getField(draft, file, "stops"));
  const title = textOr(lesson.title, textOr(lesson.id, file));
  const form = useNewItemForm(NO_STOP, (fields) => {
    const taken = stops.filter(isJsonObject).map((stop) => String(stop.id ?? ""));
    const id = fields.id.trim() || idFromWords(fields.title, taken, "stop");
    checkNewId("stop", id);
    onEdit(addStop(draft, file, { ...fields, id, view: currentView(), evidence }));
    setEvidence([]);
  });
  const input = (name: keyof typeof NO_STOP, label: string, hint?: string) => (
    <FormField
      {...form.bind(name)}
      label={label}
      hint={hint}
      readOnly={readOnly}
      rows={name === "text" || name === "question" ? 3 : undefined}
    />
  );
  return (
    <article className="echoes-studio-card" aria-labelledby={headingId}>
      <h4 id={headingId}>{TEXT.lessonHeading(title)}</h4>
      <div className="echoes-studio-card__fields">
        <StudioField {...props} file={file} path="id" label={TEXT.id} hint={TEXT.idHint} />
        <StudioField {...props} file={file} path="title" label={TEXT.title} />
      </div>
      <StudioField
        {...props}
        file={file}
        path="summary"
        label={TEXT.summary}
        hint={TEXT.summaryHint}
        as="textarea"
      />
      <div>
        <h5 id={stopsHeadingId}>{TEXT.stops}</h5>
        <FieldProblems
          id={`${stopsHeadingId}-problems`}
          problems={problemsOfField(problems, file, "stops")}
        />
        {stops.length === 0 ? <p className="echoes-studio-editor__empty">{TEXT.noStops}</p> : null}
        <ol className="echoes-studio-stops">
          {stops.map((stop, index) =>
            isJsonObject(stop) ? (
              <StopCard
                // biome-ignore lint/suspicious/noArrayIndexKey: a stop is named by its place while its id is typed
                key={index}
                {...props}
                index={index}
                count={stops.length}
                stop={stop}
                focusAfter={(elementId) => {
                  pendingFocus.current = elementId;
                }}
              />
            ) : null,
          )}
        </ol>
        <NewItemForm
          label={TEXT.newStop}
          className="echoes-studio-editor__new"
          onSubmit={form.submit}
          error={form.error}
          submitLabel={TEXT.addStop}
          disabled={readOnly}
        >
          <h6>{TEXT.newStop}</h6>
          <p className="echoes-studio-field__hint">{TEXT.newStopHint}</p>
          <div className="echoes-studio-card__fields">
            {input("title", TEXT.stopTitle)}
            {input("id", TEXT.stopId, TEXT.stopIdHint)}
          </div>
          {input("text", TEXT.stopText, TEXT.stopTextHint)}
          {input("question", TEXT.question, TEXT.questionHint)}
          <EventsSelect
            id={`${form.formId}-evidence`}
            label={TEXT.evidence}
            hint={TEXT.evidenceHint}
            unknownEvent={TEXT.unknownEvent}
            value={evidence}
            episodes={names.episodes}
            readOnly={readOnly}
            problems={[]}
            onChange={setEvidence}
          />
        </NewItemForm>
      </div>
      <button
        type="button"
        className="echoes-button echoes-studio-card__remove"
        disabled={readOnly}
        onClick={() => onEdit(removeFile(draft, file))}
      >
        {TEXT.removeLesson(title)}
      </button>
    </article>
  );
}

const NO_LESSON = { id: "", title: "", summary: "" };

/** The collection's lessons: stops made from the timeline's current view, with text, question and evidence, in order. */
export function LessonsEditor(props: LessonsEditorProps) {
  const { draft, onEdit, readOnly } = props;
  const headingId = useId();
  const form = useNewItemForm(NO_LESSON, (fields) =>
    onEdit(addLesson(draft, { ...fields, id: fields.id.trim() })),
  );
  const names = namesOf(draft);
  const lessons = listedFiles(draft, "lesson").filter((file) => Object.hasOwn(draft.files, file));
  return (
    <section className="echoes-studio-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{TEXT.heading}</h3>
      <p className="echoes-studio-editor__intro">{TEXT.intro}</p>
      {lessons.length === 0 ? (
        <p className="echoes-studio-editor__empty">{TEXT.noLessons}</p>
      ) : null}
      {lessons.map((file) => {
        const lesson = draft.files[file];
        return isJsonObject(lesson) ? (
          <LessonCard key={file} {...props} file={file} lesson={lesson} names={names} />
        ) : null;
      })}
      <NewItemForm
        label={TEXT.newLesson}
        className="echoes-studio-card echoes-studio-editor__new"
        onSubmit={form.submit}
        error={form.error}
        submitLabel={TEXT.addLesson}
        disabled={readOnly}
      >
        <h4>{TEXT.newLesson}</h4>
        <div className="echoes-studio-card__fields">
          <FormField {...form.bind("id")} label={TEXT.id} hint={TEXT.idHint} readOnly={readOnly} />
          <FormField {...form.bind("title")} label={TEXT.title} readOnly={readOnly} />
          <FormField
            {...form.bind("summary")}
            label={TEXT.summary}
            hint={TEXT.summaryHint}
            readOnly={readOnly}
          />
        </div>
      </NewItemForm>
    </section>
  );
}
