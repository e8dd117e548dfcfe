import { useEffect, useId, useRef, useState } from "react";
import { type ExcerptPlace, HEADLINE } from "../../data/format/excerptPlace";
import { VERDICTS, type Verdict } from "../../data/format/vocabulary";
import { STUDIO_ARTICLE_TEXT as TEXT } from "../../i18n/studioArticle";
import { VERDICT_LABELS } from "../../i18n/vocabulary";
import { checkNewId, listedFiles, removeFile, removeItem, setField } from "../../studio/draft";
import { addArticle, addExcerpt, paragraphsOf, setCheck } from "../../studio/editArticle";
import { isJsonObject, type JsonObject, type JsonValue, listOf } from "../../studio/jsonPath";
import { CardSourceList } from "./CardSourceList";
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
import { StudioField } from "./StudioField";
import { useNewItemForm } from "./useNewItemForm";
import "./studioEditors.css";

export type ArticleEditorProps = EditorProps;

/** Where selected or pasted words are in the article: the place and their span in its text. */
interface Span {
  readonly place: ExcerptPlace;
  readonly start: number;
  readonly end: number;
}

const PLACE_ATTRIBUTE = "data-excerpt-place";

const toPlace = (attribute: string | null): ExcerptPlace =>
  attribute === HEADLINE ? HEADLINE : Number(attribute);

/** The span without the spaces a selection by mouse often takes in at its ends. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end -= 1;
  return { ...span, start, end };
}

/**
 * The document's selection as a span of one place of the text shown in `container`: undefined
 * where it is elsewhere on the page (a click on a button), null where it is there but not words
 * of a single place.
 */
function selectedSpan(container: HTMLElement): Span | null | undefined {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const placeOf = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest(`[${PLACE_ATTRIBUTE}]`);
  const block = placeOf(range.startContainer);
  if (!block || !container.contains(block)) return undefined;
  if (range.collapsed || placeOf(range.endContainer) !== block) return null;
  const before = document.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const span = trimSpan(block.textContent ?? "", {
    place: toPlace(block.getAttribute(PLACE_ATTRIBUTE)),
    start,
    end: start + range.toString().length,
  });
  return span.start < span.end ? span : null;
}

const placeTitle = (place: JsonValue | undefined) =>
  place === HEADLINE ? TEXT.headline : typeof place === "number" ? TEXT.paragraph(place) : "";

/** Text split around the excerpts' quotes, so that what is already quoted is marked. */
function markedSegments(text: string, quotes: readonly string[]) {
  const spans = quotes
    .map((quote) => ({ start: quote === "" ? -1 : text.indexOf(quote), length: quote.length }))
    .filter((span) => span.start >= 0)
    .sort((a, b) => a.start - b.start);
  const segments: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, length } of spans) {
    if (start < at) continue;
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, start + length), marked: true });
    at = start + length;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

function Marked({ text, quotes }: { text: string; quotes: readonly string[] }) {
  return markedSegments(text, quotes).map((segment, index) =>
    segment.marked ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments are made anew from the text each time
      <mark key={index}>{segment.text}</mark>
    ) : (
      segment.text
    ),
  );
}

interface ExcerptProps extends EditorProps {
  readonly file: string;
  readonly index: number;
  readonly excerpt: JsonObject;
  readonly episodes: readonly EpisodeChoice[];
}

/** One excerpt: its quote as it stands, the events it speaks of, and the check of its claim. */
function ExcerptCard(props: ExcerptProps) {
  const { draft, problems, onEdit, readOnly, file, index, excerpt, episodes } = props;
  const headingId = useId();
  const quoteProblemsId = useId();
  const verdictProblemsId = useId();
  const path = `excerpts[${index}]`;
  const id = textOr(excerpt.id, String(index + 1));
  const check = isJsonObject(excerpt.check) ? excerpt.check : undefined;
  const verdictPath = `${path}.check.verdict`;
  // The check's own problems (a verdict that needs a source) go with its verdict.
  const verdictProblems = problemsBeside(problems, file, `${path}.check`).filter(
    (problem) => problem.path === `${path}.check` || problem.path === verdictPath,
  );
  const ownProblems = problemsBeside(problems, file, path, [
    `${path}.id`,
    `${path}.events`,
    `${path}.check`,
  ]);
  const chooseVerdict = (verdict: string) => {
    if (verdict === "") onEdit(setCheck(draft, file, index, undefined));
    else if (check) onEdit(setField(draft, file, verdictPath, verdict));
    else
      onEdit(setCheck(draft, file, index, { verdict: verdict as Verdict, note: "", sources: [] }));
  };
  const verdict = typeof check?.verdict === "string" ? check.verdict : "";
  return (
    <li className="echoes-studio-card echoes-studio-excerpt" aria-labelledby={headingId}>
      <h6 id={headingId}>{TEXT.excerptHeading(id)}</h6>
      <figure className="echoes-studio-excerpt__quote">
        <blockquote aria-describedby={ownProblems.length > 0 ? quoteProblemsId : undefined}>
          {typeof excerpt.quote === "string" ? excerpt.quote : ""}
        </blockquote>
        <figcaption>{TEXT.excerptPlace(placeTitle(excerpt.paragraph))}</figcaption>
      </figure>
      <FieldProblems id={quoteProblemsId} problems={ownProblems} />
      <StudioField {...props} file={file} path={`${path}.id`} label={TEXT.excerptId} />
      <EventsSelect
        id={fieldId(file, `${path}.events`)}
        label={TEXT.events}
        hint={TEXT.eventsHint}
        unknownEvent={TEXT.unknownEvent}
        value={textsOf(excerpt.events)}
        episodes={episodes}
        readOnly={readOnly}
        problems={problemsBeside(problems, file, `${path}.events`)}
        onChange={(refs) => onEdit(setField(draft, file, `${path}.events`, refs))}
      />
      <fieldset className="echoes-studio-check">
        <legend>{TEXT.check}</legend>
        <div className={`echoes-studio-field${verdictProblems.length > 0 ? " is-invalid" : ""}`}>
          <label htmlFor={fieldId(file, verdictPath)}>{TEXT.verdict}</label>
          <span id={`${verdictProblemsId}-hint`} className="echoes-studio-field__hint">
            {TEXT.verdictHint}
          </span>
          <select
            id={fieldId(file, verdictPath)}
            value={verdict}
            disabled={readOnly}
            aria-invalid={verdictProblems.length > 0 ? true : undefined}
            aria-describedby={`${verdictProblemsId}-hint${verdictProblems.length > 0 ? ` ${verdictProblemsId}` : ""}`}
            onChange={(event) => chooseVerdict(event.target.value)}
          >
            <option value="">{TEXT.noCheck}</option>
            {(VERDICTS as readonly string[]).includes(verdict) || verdict === "" ? null : (
              <option value={verdict}>{verdict}</option>
            )}
            {VERDICTS.map((choice) => (
              <option key={choice} value={choice}>
                {VERDICT_LABELS[choice]}
              </option>
            ))}
          </select>
          <FieldProblems id={verdictProblemsId} problems={verdictProblems} />
        </div>
        {check ? (
          <>
            <StudioField
              {...props}
              file={file}
              path={`${path}.check.note`}
              label={TEXT.note}
              hint={TEXT.noteHint}
              as="textarea"
            />
            <CardSourceList {...props} path={`${path}.check.sources`} text={TEXT} />
          </>
        ) : null}
      </fieldset>
      <button
        type="button"
        className="echoes-button echoes-studio-card__remove"
        disabled={readOnly}
        onClick={() => onEdit(removeItem(draft, file, "excerpts", index))}
      >
        {TEXT.removeExcerpt(id)}
      </button>
    </li>
  );
}

interface ArticleCardProps extends EditorProps {
  readonly file: string;
  readonly article: JsonObject;
  readonly episodes: readonly EpisodeChoice[];
}

function ArticleCard(props: ArticleCardProps) {
  const { draft, problems, onEdit, readOnly, file, article } = props;
  const headingId = useId();
  const textHeadingId = useId();
  const replaceId = useId();
  const textRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Span | null>(null);
  const headline = typeof article.title === "string" ? article.title : "";
  const paragraphs = listOf(article.paragraphs).map((paragraph) =>
    typeof paragraph === "string" ? paragraph : "",
  );
  const [replacement, setReplacement] = useState("");
  const excerpts = listOf(article.excerpts);
  const textAt = (place: ExcerptPlace) =>
    place === HEADLINE ? headline : (paragraphs[place] ?? "");
  const quotesAt = (place: ExcerptPlace) =>
    excerpts
      .filter(isJsonObject)
      .filter((excerpt) => excerpt.paragraph === place && typeof excerpt.quote === "string")
      .map((excerpt) => String(excerpt.quote));

  useEffect(() => {
    // The selection is read as it changes, since a click on the button may move it off the text.
    const follow = () => {
      const container = textRef.current;
      const span = container ? selectedSpan(container) : undefined;
      if (span !== undefined) setSelected(span);
    };
    document.addEventListener("selectionchange", follow);
    return () => document.removeEventListener("selectionchange", follow);
  }, []);

  const findQuote = (words: string): Span => {
    for (const place of [HEADLINE, ...paragraphs.keys()] as ExcerptPlace[]) {
      const start = textAt(place).indexOf(words);
      if (start >= 0) return { place, start, end: start + words.length };
    }
    throw new Error(TEXT.notFound(words));
  };

  const form = useNewItemForm({ quote: "", id: "" }, (fields) => {
    const words = fields.quote.trim();
    const span = words !== "" ? findQuote(words) : selected;
    if (!span) throw new Error(TEXT.nothingChosen);
    const taken = excerpts.filter(isJsonObject).map((excerpt) => String(excerpt.id ?? ""));
    const id =
      fields.id.trim() ||
      idFromWords(textAt(span.place).slice(span.start, span.end), taken, "excerpt");
    checkNewId("excerpt", id);
    onEdit(
      addExcerpt(draft, file, { id, paragraph: span.place, start: span.start, end: span.end }),
    );
    setSelected(null);
  });

  const title = textOr(article.title, textOr(article.id, file));
  const field = (path: string, label: string, hint?: string, type?: "url") => (
    <StudioField
      {...props}
      file={file}
      path={path}
      label={label}
      hint={hint}
      type={type}
      optional
    />
  );
  return (
    <article className="echoes-studio-card" aria-labelledby={headingId}>
      <h4 id={headingId}>{TEXT.articleHeading(title)}</h4>
      <div className="echoes-studio-card__fields">
        <StudioField {...props} file={file} path="id" label={TEXT.id} hint={TEXT.idHint} />
        <StudioField {...props} file={file} path="title" label={TEXT.title} hint={TEXT.titleHint} />
        {field("publisher", TEXT.publisher)}
        {field("author", TEXT.author)}
        {field("published", TEXT.published, TEXT.publishedHint)}
        {field("url", TEXT.url, TEXT.urlHint, "url")}
      </div>
      <StudioField
        {...props}
        file={file}
        path="editorialNote"
        label={TEXT.editorialNote}
        hint={TEXT.editorialNoteHint}
        as="textarea"
        optional
      />
      <div>
        <h5 id={textHeadingId}>{TEXT.theText}</h5>
        <p className="echoes-studio-field__hint">{TEXT.theTextHint}</p>
        <div ref={textRef} className="echoes-studio-text">
          <p className="echoes-studio-text__headline">
            <span className="echoes-studio-text__place">{TEXT.headline}</span>
            <span data-excerpt-place={HEADLINE}>
              <Marked text={headline} quotes={quotesAt(HEADLINE)} />
            </span>
          </p>
          {paragraphs.map((paragraph, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a paragraph is its place in the text
            <p key={index}>
              <span className="echoes-studio-text__place">{TEXT.paragraph(index)}</span>
              <span data-excerpt-place={index}>
                <Marked text={paragraph} quotes={quotesAt(index)} />
              </span>
            </p>
          ))}
        </div>
        <NewItemForm
          label={TEXT.makeExcerpt}
          className="echoes-studio-editor__new"
          onSubmit={form.submit}
          error={form.error}
          submitLabel={TEXT.makeExcerpt}
          disabled={readOnly}
        >
          <p aria-live="polite" className="echoes-studio-text__selected">
            {selected
              ? TEXT.selected(textAt(selected.place).slice(selected.start, selected.end))
              : TEXT.nothingSelected}
          </p>
          <div className="echoes-studio-card__fields">
            <FormField
              {...form.bind("quote")}
              label={TEXT.quote}
              hint={TEXT.quoteHint}
              readOnly={readOnly}
            />
            <FormField
              {...form.bind("id")}
              label={TEXT.excerptId}
              hint={TEXT.excerptIdHint}
              readOnly={readOnly}
            />
          </div>
        </NewItemForm>
        <details
          className="echoes-studio-text__replace"
          onToggle={(event) => {
            // Opened after an undo or another edit, it starts from the text as it now is.
            if (event.currentTarget.open) setReplacement(paragraphs.join("\n\n"));
          }}
        >
          <summary>{TEXT.replaceText}</summary>
          <div className="echoes-studio-field">
            <label htmlFor={fieldId(file, "paragraphs")}>{TEXT.text}</label>
            <span id={`${replaceId}-hint`} className="echoes-studio-field__hint">
              {TEXT.replaceTextHint}
            </span>
            <textarea
              id={fieldId(file, "paragraphs")}
              rows={8}
              value={replacement}
              readOnly={readOnly}
              aria-describedby={`${replaceId}-hint`}
              onChange={(event) => setReplacement(event.target.value)}
            />
            <FieldProblems
              id={`${replaceId}-problems`}
              problems={problemsBeside(problems, file, "paragraphs")}
            />
          </div>
          <button
            type="button"
            className="echoes-button"
            disabled={readOnly}
            onClick={() => onEdit(setField(draft, file, "paragraphs", paragraphsOf(replacement)))}
          >
            {TEXT.applyText}
          </button>
        </details>
      </div>
      <h5>{TEXT.excerpts}</h5>
      {excerpts.length === 0 ? (
        <p className="echoes-studio-editor__empty">{TEXT.noExcerpts}</p>
      ) : null}
      <ol className="echoes-studio-excerpts">
        {excerpts.map((excerpt, index) =>
          isJsonObject(excerpt) ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: an excerpt is named by its place while its id is typed
            <ExcerptCard key={index} {...props} index={index} excerpt={excerpt} />
          ) : null,
        )}
      </ol>
      <button
        type="button"
        className="echoes-button echoes-studio-card__remove"
        disabled={readOnly}
        onClick={() => onEdit(removeFile(draft, file))}
      >
        {TEXT.removeArticle(title)}
      </button>
    </article>
  );
}

const NO_ARTICLE = {
  id: "",
  title: "",
  publisher: "",
  author: "",
  published: "",
  url: "",
  text: "",
};

/** The collection's articles: paste one, select or quote its passages, link them to events and check their claims. */
export function ArticleEditor(props: ArticleEditorProps) {
  const { draft, onEdit, readOnly } = props;
  const headingId = useId();
  const form = useNewItemForm(NO_ARTICLE, (fields) => {
    const given = (value: string) => (value.trim() === "" ? undefined : value.trim());
    onEdit(
      addArticle(draft, {
        id: fields.id.trim(),
        title: fields.title.trim(),
        text: fields.text,
        publisher: given(fields.publisher),
        author: given(fields.author),
        published: given(fields.published),
        url: given(fields.url),
      }),
    );
  });
  const episodes = getDraftEpisodes(draft);
  const articles = listedFiles(draft, "article").filter((file) => Object.hasOwn(draft.files, file));
  const input = (name: keyof typeof NO_ARTICLE, label: string, hint?: string) => (
    <FormField
      {...form.bind(name)}
      label={label}
      hint={hint}
      readOnly={readOnly}
      rows={name === "text" ? 8 : undefined}
      type={name === "url" ? "url" : undefined}
      className={name === "text" ? "echoes-studio-card__wide" : undefined}
    />
  );
  return (
    <section className="echoes-studio-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{TEXT.heading}</h3>
      <p className="echoes-studio-editor__intro">{TEXT.intro}</p>
      {articles.length === 0 ? (
        <p className="echoes-studio-editor__empty">{TEXT.noArticles}</p>
      ) : null}
      {articles.map((file) => {
        const article = draft.files[file];
        return isJsonObject(article) ? (
          <ArticleCard key={file} {...props} file={file} article={article} episodes={episodes} />
        ) : null;
      })}
      <NewItemForm
        label={TEXT.newArticle}
        className="echoes-studio-card echoes-studio-editor__new"
        onSubmit={form.submit}
        error={form.error}
        submitLabel={TEXT.addArticle}
        disabled={readOnly}
      >
        <h4>{TEXT.newArticle}</h4>
        <div className="echoes-studio-card__fields">
          {input("id", TEXT.id, TEXT.idHint)}
          {input("title", TEXT.title, TEXT.titleHint)}
          {input("publisher", TEXT.publisher)}
          {input("author", TEXT.author)}
          {input("published", TEXT.published, TEXT.publishedHint)}
          {input("url", TEXT.url, TEXT.urlHint)}
          {input("text", TEXT.text, TEXT.textHint)}
        </div>
      </NewItemForm>
    </section>
  );
}
