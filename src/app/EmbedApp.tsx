import { Suspense, useRef, useState } from "react";
import { CollectionOrigin } from "../components/CollectionOrigin/CollectionOrigin";
import { retryableLazy } from "../components/ErrorBoundary/retryableLazy";
import { LoadingStatus } from "../components/LoadNotice/LoadingStatus";
import { CollectionFailure, LoadNotices } from "../components/LoadNotice/LoadNotices";
import { OfflineNotice } from "../components/OfflineNotice/OfflineNotice";
import { TimelineView } from "../components/Timeline/TimelineView";
import { EMBED_TEXT } from "../i18n/embed";
import { EVENT_TEXT } from "../i18n/event";
import "./embed.css";
import { writtenIn } from "../i18n/languages";
import { SHORT_EMBED_PX } from "./embedBox";
import { useMediaQuery } from "./useMediaQuery";
import { usePostedHeight } from "./usePostedHeight";
import { useShownCollection } from "./useShownCollection";

// Loaded only by embeds that show the article, so that the others load less.
const EmbedWithArticle = retryableLazy(async () => ({
  default: (await import("./EmbedWithArticle")).EmbedWithArticle,
}));

export interface EmbedAppProps {
  readonly collectionUrl: string;
  readonly showArticle: boolean;
  /** For an article's column: without the buttons that copy the link and download the chart. */
  readonly compact: boolean;
}

const SHORT_EMBED = `(max-height: ${SHORT_EMBED_PX}px)`;

/** The view now shown, in the full app: the same address without the embed's own parameters. */
function fullAppAddress(): string {
  const address = new URL(window.location.href);
  address.searchParams.delete("embed");
  address.searchParams.delete("article");
  address.searchParams.delete("compact");
  return address.href;
}

/**
 * Echoes inside another page: the timeline with its details, the article if
 * asked for, a small title, and a link to the full app.
 */
export function EmbedApp({ collectionUrl, showArticle, compact }: EmbedAppProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [chartFrameWanted, setChartFrameWanted] = useState<number | undefined>(undefined);
  usePostedHeight(rootRef, chartFrameWanted);
  const { load, collection, loading, unrestored } = useShownCollection(collectionUrl);
  // A short box needs the compact controls as much as an article's column does.
  const short = useMediaQuery(SHORT_EMBED);
  const timeline = collection ? (
    <TimelineView collection={collection} embedded onChartNaturalHeight={setChartFrameWanted} />
  ) : null;

  return (
    <div
      ref={rootRef}
      className={`echoes-app echoes-embed${compact || short ? " echoes-embed--compact" : ""}`}
    >
      <header className="echoes-embed__header">
        <h1 {...writtenIn(collection?.language)}>
          {collection ? collection.title : EMBED_TEXT.heading}
        </h1>
        {collection ? <CollectionOrigin /> : null}
        <OfflineNotice />
        <LoadingStatus loading={loading} />
      </header>
      <main className="echoes-embed__main" aria-busy={loading}>
        {load.status === "failed" ? (
          <CollectionFailure url={load.url} problems={load.problems} />
        ) : null}
        {collection ? <LoadNotices unrestored={unrestored} /> : null}
        {/* Rendered before the collection arrives, so that its code loads meanwhile. */}
        {showArticle ? (
          <Suspense fallback={null}>
            <EmbedWithArticle collection={collection}>{timeline}</EmbedWithArticle>
          </Suspense>
        ) : (
          timeline
        )}
      </main>
      <footer className="echoes-embed__footer">
        <span>{EMBED_TEXT.attribution}</span>{" "}
        {/* The address follows the reader's changes to the view, so it is read as they reach for the link. */}
        <a
          href={fullAppAddress()}
          target="_blank"
          rel="noopener noreferrer"
          onPointerEnter={(event) => {
            event.currentTarget.href = fullAppAddress();
          }}
          onFocus={(event) => {
            event.currentTarget.href = fullAppAddress();
          }}
        >
          {EMBED_TEXT.openInEchoes}
          <span className="echoes-visually-hidden">{EVENT_TEXT.opensInNewTab}</span>
        </a>
      </footer>
    </div>
  );
}
