import {
  type KeyboardEvent,
  type ReactNode,
  Suspense,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { retryableLazy } from "../components/ErrorBoundary/retryableLazy";
import { EMBED_TEXT } from "../i18n/embed";
import type { DrawnCollection } from "../store/drawnCollection";
import { useEchoesStoreApi } from "../store/EchoesProvider";
import { NARROW_EMBED_PX } from "./embedBox";
import { useMediaQuery } from "./useMediaQuery";

const ArticleReader = retryableLazy(async () => ({
  default: (await import("../components/Article/ArticleReader")).ArticleReader,
}));

const NARROW_EMBED = `(max-width: ${NARROW_EMBED_PX}px)`;

const PANES = ["timeline", "article"] as const;
type Pane = (typeof PANES)[number];

const TEXT = EMBED_TEXT.panes;

export interface EmbedWithArticleProps {
  readonly collection: DrawnCollection | undefined;
  /** The timeline with its controls and the details of the chosen event. */
  readonly children: ReactNode;
}

/**
 * The embed's timeline and article: side by side in a wide box, behind a
 * Timeline / Article switch in a narrow one. There, a passage chosen in the
 * article shows the timeline, its first event chosen and the others marked,
 * and "Show in the article" in an event's details shows the article.
 */
export function EmbedWithArticle({ collection, children }: EmbedWithArticleProps) {
  const narrow = useMediaQuery(NARROW_EMBED);
  const [shown, setShown] = useState<Pane>("timeline");
  const id = useId();
  const store = useEchoesStoreApi();
  const tabsRef = useRef<HTMLDivElement>(null);
  // The comparison comes first: the article loads once the page is idle.
  const [articleWanted, setArticleWanted] = useState(false);
  useEffect(() => {
    const whenIdle = "requestIdleCallback" in window ? requestIdleCallback : setTimeout;
    whenIdle(() => setArticleWanted(true));
  }, []);

  // Focus left in the pane going out of sight moves to the switch, before the browser drops it.
  useLayoutEffect(() => {
    const away = document.getElementById(`${id}-${shown === "timeline" ? "article" : "timeline"}`);
    if (away?.contains(document.activeElement)) {
      tabsRef.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
    }
  }, [id, shown]);

  if (!collection) return null;

  const moveWithKeys = (event: KeyboardEvent) => {
    const other = shown === "timeline" ? "article" : "timeline";
    const keys: Partial<Record<string, Pane>> = {
      ArrowLeft: other,
      ArrowRight: other,
      Home: "timeline",
      End: "article",
    };
    const next = keys[event.key];
    if (!next) return;
    event.preventDefault();
    setShown(next);
    document.getElementById(`${id}-${next}-tab`)?.focus();
  };
  // A passage pinned in the article (its `data-passage` hook, see Passage) is shown on the chart,
  // once its own handler has pinned it; a clicked passage that was pinned is let go instead.
  const afterPassage = (target: EventTarget) => {
    if ((target as Element).closest("[data-passage]") && store.getState().selectedPassage) {
      setShown("timeline");
    }
  };
  // The links from an event's details to its passages (see SelectedEventDetails).
  const afterDetails = (target: EventTarget) => {
    if ((target as Element).closest(".echoes-details__passages button")) setShown("article");
  };
  // Side by side, the panes are simply the timeline's and the article's own sections.
  const panelRole = (name: Pane) =>
    narrow ? { role: "tabpanel", "aria-labelledby": `${id}-${name}-tab` } : {};
  const pane = (name: Pane, content: ReactNode, onChoice: (target: EventTarget) => void) => (
    // biome-ignore lint/a11y/noStaticElementInteractions: it only follows what the passages and buttons inside it do
    <div
      id={`${id}-${name}`}
      className={`echoes-embed__pane echoes-embed__pane--${name}${narrow && shown !== name ? " is-away" : ""}`}
      {...panelRole(name)}
      onClick={(event) => onChoice(event.target)}
      onKeyDown={(event) => {
        if (event.key === "Enter" || event.key === " ") onChoice(event.target);
      }}
    >
      {content}
    </div>
  );

  return (
    <div className={`echoes-embed__panes ${narrow ? "is-switched" : "is-side-by-side"}`}>
      {narrow ? (
        <div
          ref={tabsRef}
          className="echoes-embed__switch"
          role="tablist"
          aria-label={TEXT.label}
          onKeyDown={moveWithKeys}
        >
          {PANES.map((name) => (
            <button
              key={name}
              id={`${id}-${name}-tab`}
              type="button"
              role="tab"
              aria-selected={shown === name}
              aria-controls={`${id}-${name}`}
              tabIndex={shown === name ? 0 : -1}
              onClick={() => setShown(name)}
            >
              {TEXT[name]}
            </button>
          ))}
        </div>
      ) : null}
      {pane("timeline", children, afterDetails)}
      {pane(
        "article",
        articleWanted ? (
          <Suspense fallback={null}>
            <ArticleReader collection={collection} />
          </Suspense>
        ) : null,
        afterPassage,
      )}
    </div>
  );
}
