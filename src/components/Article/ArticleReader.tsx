import "./article.css";
import { useEffect, useId, useRef, useState } from "react";
import { segmentParagraph } from "../../article/segmentParagraph";
import { toPassageRef } from "../../data/format/collection";
import { type ExcerptPlace, HEADLINE } from "../../data/format/excerptPlace";
import { formatHistoricalDate } from "../../data/format/formatHistoricalDate";
import { ARTICLE_TEXT } from "../../i18n/article";
import { writtenIn } from "../../i18n/languages";
import { currentLocale } from "../../i18n/locale";
import type { DrawnCollection } from "../../store/drawnCollection";
import { useEchoes } from "../../store/EchoesProvider";
import { selectSelectedPassage, selectSelectedRef } from "../../store/selectors";
import { toSafeHref } from "../SourceLink/toSafeHref";
import { Passage } from "./Passage";

export interface ArticleReaderProps {
  readonly collection: DrawnCollection;
}

/** The nearest box around the element that scrolls on its own; none where the page itself scrolls. */
function scrollingAncestor(element: HTMLElement): HTMLElement | undefined {
  for (let box = element.parentElement; box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === "auto" || overflowY === "scroll") && box.scrollHeight > box.clientHeight) {
      return box;
    }
  }
  return undefined;
}

/**
 * The article that drew the analogy, its paragraphs as written, with the
 * passages linked both ways to the timeline and each claim's check.
 */
export function ArticleReader({ collection }: ArticleReaderProps) {
  const { articles, episodes } = collection;
  const contentLanguage = collection.language;
  const [articleId, setArticleId] = useState(articles[0]?.id);
  const [claimsOnly, setClaimsOnly] = useState(false);
  const selectedRef = useEchoes(selectSelectedRef);
  const selectedPassage = useEchoes(selectSelectedPassage);
  const headingId = useId();
  const pickerId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const article = articles.find((candidate) => candidate.id === articleId) ?? articles[0];

  // Bring the pinned passage, or the first passage about the selected event, into view inside the reader.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || (!selectedRef && !selectedPassage)) return;
    const target =
      body.querySelector<HTMLElement>(".echoes-passage.is-pinned") ??
      body.querySelector<HTMLElement>(".echoes-passage.is-linked");
    const scroller = scrollingAncestor(body);
    if (!target || !scroller) return;
    const offset = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    if (offset < 0 || offset > scroller.clientHeight - 40) {
      scroller.scrollTop += offset - scroller.clientHeight / 3;
    }
  }, [selectedRef, selectedPassage]);

  if (!article) return null;
  const checked = article.excerpts.filter((excerpt) => excerpt.check);
  const href = article.url ? toSafeHref(article.url) : undefined;
  const passage = (
    excerpt: (typeof article.excerpts)[number],
    text: string,
    key: string,
    checkOpen = false,
  ) => {
    const id = toPassageRef(article.id, excerpt.id);
    return (
      <Passage
        key={key}
        articleId={article.id}
        excerpt={excerpt}
        text={text}
        episodes={episodes}
        linked={selectedRef !== undefined && excerpt.events.includes(selectedRef)}
        pinned={selectedPassage === id}
        checkOpen={checkOpen}
      />
    );
  };

  // The headline and each paragraph: its passages linked, the stretches between them plain.
  const segmented = (text: string, place: ExcerptPlace) =>
    segmentParagraph(
      text,
      article.excerpts.filter((excerpt) => excerpt.paragraph === place),
    ).map((segment, segmentIndex) =>
      segment.excerpt ? (
        passage(segment.excerpt, segment.text, `${segment.excerpt.id}-${segmentIndex}`)
      ) : (
        // biome-ignore lint/suspicious/noArrayIndexKey: plain stretches between passages have no other identity
        <span key={segmentIndex}>{segment.text}</span>
      ),
    );

  const articleLanguage = article.language ?? contentLanguage;
  return (
    <section className="echoes-reader" aria-labelledby={headingId}>
      <div className="echoes-reader__header">
        <h2 id={headingId} className="echoes-reader__kicker">
          {ARTICLE_TEXT.heading}
        </h2>
        {articles.length > 1 ? (
          <div className="echoes-reader__picker">
            <label htmlFor={pickerId}>{ARTICLE_TEXT.picker}</label>
            <select
              id={pickerId}
              value={article.id}
              onChange={(event) => setArticleId(event.target.value)}
            >
              {articles.map((candidate) => (
                <option
                  key={candidate.id}
                  value={candidate.id}
                  lang={candidate.language ?? contentLanguage}
                >
                  {candidate.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <h3 className="echoes-reader__headline" {...writtenIn(articleLanguage)}>
        {segmented(article.title, HEADLINE)}
      </h3>
      {article.subtitle ? (
        <p className="echoes-reader__subtitle" {...writtenIn(articleLanguage)}>
          {article.subtitle}
        </p>
      ) : null}
      <p className="echoes-reader__source">
        {ARTICLE_TEXT.sourceLine(
          article.author,
          article.publisher,
          article.published ? formatHistoricalDate(article.published, currentLocale()) : undefined,
        )}
        {href ? (
          <>
            {" · "}
            <a href={href} target="_blank" rel="noopener noreferrer">
              {ARTICLE_TEXT.original}
            </a>
          </>
        ) : null}
      </p>
      {article.editorialNote ? (
        <p className="echoes-reader__note" {...writtenIn(contentLanguage)}>
          {article.editorialNote}
        </p>
      ) : null}
      <label className="echoes-check-toggle">
        <input
          type="checkbox"
          checked={claimsOnly}
          onChange={(event) => setClaimsOnly(event.target.checked)}
        />
        {ARTICLE_TEXT.claimsOnly(checked.length)}
      </label>
      <div ref={bodyRef} className="echoes-reader__body" {...writtenIn(articleLanguage)}>
        {claimsOnly ? (
          <ol className="echoes-claims">
            {checked.map((excerpt) => (
              <li key={excerpt.id}>{passage(excerpt, excerpt.quote, excerpt.id, true)}</li>
            ))}
          </ol>
        ) : (
          article.paragraphs.map((paragraph, index) => (
            // Paragraphs are fixed text in a fixed order; their position is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <p key={index}>{segmented(paragraph, index)}</p>
          ))
        )}
      </div>
    </section>
  );
}
