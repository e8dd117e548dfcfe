import { useState } from "react";
import type { Collection } from "../../data/format/collection";
import { findEvent, toPassageRef } from "../../data/format/collection";
import type { Excerpt } from "../../data/format/schema";
import { ARTICLE_TEXT } from "../../i18n/article";
import { VERDICT_LABELS, VERDICT_SIGNS } from "../../i18n/vocabulary";
import { useEchoesActions } from "../../store/EchoesProvider";

import { ClaimCheck } from "./ClaimCheck";

export interface PassageProps {
  readonly articleId: string;
  readonly excerpt: Excerpt;
  /** The passage's text as it stands in the paragraph. */
  readonly text: string;
  readonly episodes: Collection["episodes"];
  /** Linked to the selected event. */
  readonly linked: boolean;
  readonly pinned: boolean;
  /** Show the claim check open, as the claims-only view does. */
  readonly checkOpen?: boolean;
}

/** The events a passage is linked to, by title and episode. */
function linksOf(excerpt: Excerpt, episodes: Collection["episodes"]) {
  return excerpt.events.flatMap((ref) => {
    const found = findEvent(episodes, ref);
    return found ? [{ event: found.event.title, episode: found.episode.label }] : [];
  });
}

/**
 * A linked passage: pointing at it lights up its events in the timeline,
 * choosing it pins the selection there; its verdict opens the claim check.
 */
export function Passage({
  articleId,
  excerpt,
  text,
  episodes,
  linked,
  pinned,
  checkOpen = false,
}: PassageProps) {
  const { selectPassage, hoverPassage } = useEchoesActions();
  const [open, setOpen] = useState(checkOpen);
  const id = toPassageRef(articleId, excerpt.id);
  const checkId = `echoes-check-${articleId}-${excerpt.id}`;
  const choose = () => selectPassage(pinned ? undefined : id, excerpt.events[0]);
  const classes = ["echoes-passage", linked ? "is-linked" : "", pinned ? "is-pinned" : ""]
    .join(" ")
    .trim();
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: a <button> cannot wrap across lines in running text, so the passage is a span with a button's role and keys */}
      <span
        role="button"
        tabIndex={0}
        className={classes}
        data-passage={id}
        aria-pressed={pinned}
        aria-label={ARTICLE_TEXT.passage(text, linksOf(excerpt, episodes))}
        onMouseEnter={() => hoverPassage(id)}
        onMouseLeave={() => hoverPassage(undefined)}
        onFocus={() => hoverPassage(id)}
        onBlur={() => hoverPassage(undefined)}
        onClick={choose}
        onKeyDown={(event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            choose();
          }
        }}
      >
        {text}
      </span>
      {excerpt.check ? (
        <>
          {" "}
          <button
            type="button"
            className={`echoes-verdict echoes-verdict--${excerpt.check.verdict}`}
            aria-expanded={open}
            aria-controls={open ? checkId : undefined}
            onClick={() => setOpen(!open)}
            aria-label={ARTICLE_TEXT.verdictButton(VERDICT_LABELS[excerpt.check.verdict], open)}
          >
            {VERDICT_SIGNS[excerpt.check.verdict]} {VERDICT_LABELS[excerpt.check.verdict]}
          </button>
          {open ? <ClaimCheck id={checkId} check={excerpt.check} /> : null}
        </>
      ) : null}
    </>
  );
}
