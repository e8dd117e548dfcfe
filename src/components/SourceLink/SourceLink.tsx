import "./sourceLink.css";
import type { Source } from "../../data/format/schema";
import { EVENT_TEXT } from "../../i18n/event";
import { writtenIn } from "../../i18n/languages";
import { useContentLanguage } from "../ContentLanguage/contentLanguage";
import { toSafeHref } from "./toSafeHref";

export interface SourceLinkProps {
  readonly source: Source;
}

/** A source as a link that opens in a new tab, so the reader keeps their place in Echoes. */
export function SourceLink({ source }: SourceLinkProps) {
  const href = toSafeHref(source.url);
  const locator = source.locator ? `, ${source.locator}` : "";
  // The citation is the collection's text: in its language, not the interface's.
  const citation = writtenIn(useContentLanguage());
  return (
    <span className="echoes-source">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          <span {...citation}>{source.title}</span>
          <span className="echoes-visually-hidden">{EVENT_TEXT.opensInNewTab}</span>
        </a>
      ) : (
        <span {...citation}>{source.title}</span>
      )}
      <span className="echoes-source__publisher" {...citation}>
        {" "}
        · {source.publisher}
        {locator}
      </span>
    </span>
  );
}

export interface SourceListProps {
  readonly sources: readonly Source[];
  readonly className: string;
  /** The list's accessible name, where the heading around it does not give one. */
  readonly label?: string;
}

/** An event's sources, one link each. */
export function SourceList({ sources, className, label }: SourceListProps) {
  return (
    <ul className={className} aria-label={label}>
      {sources.map((source) => (
        <li key={source.url}>
          <SourceLink source={source} />
        </li>
      ))}
    </ul>
  );
}
