import { lazy, Suspense, useRef } from "react";
import { CollectionErrorPage } from "../components/CollectionError/CollectionErrorPage";
import { LinkNotice } from "../components/LoadNotice/LinkNotice";
import { LoadNotice } from "../components/LoadNotice/LoadNotice";
import { TimelineView } from "../components/Timeline/TimelineView";
import { usePostedHeight } from "./usePostedHeight";
import { useShownCollection } from "./useShownCollection";

// Loaded only by embeds that show the article, so that the others load less.
const ArticleReader = lazy(async () => ({
  default: (await import("../components/Article/ArticleReader")).ArticleReader,
}));

export interface EmbedAppProps {
  readonly collectionUrl: string;
  /** The same collection in the full app, for "Open in Echoes". */
  readonly fullAppHref: string;
  readonly showArticle: boolean;
}

/**
 * Echoes inside another page: the timeline with its details, the article if
 * asked for, a small title, and a link to the full app.
 */
export function EmbedApp({ collectionUrl, fullAppHref, showArticle }: EmbedAppProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  usePostedHeight(rootRef);
  const { load, collection, loading, unrestored } = useShownCollection(collectionUrl);

  return (
    <div ref={rootRef} className="echoes-app echoes-embed">
      <header className="echoes-embed__header">
        <h1>{collection ? collection.title : "Echoes"}</h1>
        {loading ? (
          <p className="echoes-loading" role="status">
            Loading the collection…
          </p>
        ) : null}
      </header>
      <main className="echoes-embed__main" aria-busy={loading}>
        {load.status === "failed" ? (
          <CollectionErrorPage url={load.url} problems={load.problems} />
        ) : null}
        {collection ? (
          <>
            <LoadNotice />
            <LinkNotice unrestored={unrestored} />
            <TimelineView
              collection={collection}
              embedded
              article={
                showArticle ? (
                  <Suspense fallback={null}>
                    <ArticleReader collection={collection} />
                  </Suspense>
                ) : undefined
              }
            />
          </>
        ) : null}
      </main>
      <footer className="echoes-embed__footer">
        <span>Echoes: historical episodes side by side, every event with its sources.</span>{" "}
        <a href={fullAppHref} target="_blank" rel="noopener noreferrer">
          Open in Echoes<span className="echoes-visually-hidden"> (opens in a new tab)</span>
        </a>
      </footer>
    </div>
  );
}
