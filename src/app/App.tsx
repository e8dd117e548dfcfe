import "./views.css";
import { lazy, Suspense } from "react";
import { AllEventsList } from "../components/EpisodeOverview/AllEventsList";
import { LoadingStatus } from "../components/LoadNotice/LoadingStatus";
import { CollectionFailure, LoadNotices } from "../components/LoadNotice/LoadNotices";
import { OfflineNotice } from "../components/OfflineNotice/OfflineNotice";
import { OpenFiles } from "../components/OpenFiles/OpenFiles";
import { LessonLauncher } from "../components/Presenter/LessonLauncher";
import { TimelineView } from "../components/Timeline/TimelineView";
import { MAIN_ID, SkipToTable, ViewTabs } from "../components/Views/ViewTabs";
import { APP_TEXT } from "../i18n/app";
import { useEchoes } from "../store/EchoesProvider";
import { selectPage, selectPresenting } from "../store/selectors";
import { useShownCollection } from "./useShownCollection";

// The views other than the timeline load when first shown.
const AnalogyMatrix = lazy(async () => ({
  default: (await import("../components/AnalogyMatrix/AnalogyMatrix")).AnalogyMatrix,
}));
const EventTable = lazy(async () => ({
  default: (await import("../components/EventTable/EventTable")).EventTable,
}));
// Beside the chart, drawn once the chart is (see TimelineView).
const ArticleReader = lazy(async () => ({
  default: (await import("../components/Article/ArticleReader")).ArticleReader,
}));
const Presenter = lazy(async () => ({
  default: (await import("../components/Presenter/Presenter")).Presenter,
}));

const viewLoading = (
  <p className="echoes-loading" role="status">
    {APP_TEXT.loadingView}
  </p>
);

export interface AppProps {
  /** The collection manifest to load. */
  readonly collectionUrl: string;
  /** Link back to the curated collection, when collectionUrl is another one. */
  readonly curatedAppHref?: string;
}

export function App({ collectionUrl, curatedAppHref }: AppProps) {
  const { load, collection, loading, unrestored } = useShownCollection(collectionUrl);
  const page = useEchoes(selectPage);
  const presenting = useEchoes(selectPresenting);

  if (collection && presenting) {
    return (
      <div className="echoes-app">
        <Suspense fallback={viewLoading}>
          <Presenter collection={collection} />
        </Suspense>
      </div>
    );
  }

  return (
    <div className="echoes-app">
      {collection ? <SkipToTable /> : null}
      <header className="echoes-masthead">
        <p className="echoes-brand">{APP_TEXT.brand}</p>
        {collection ? (
          <>
            <h1>{collection.title}</h1>
            {collection.description ? (
              <p className="echoes-masthead__description">{collection.description}</p>
            ) : null}
          </>
        ) : (
          <h1>{APP_TEXT.heading}</h1>
        )}
        <OpenFiles curatedHref={window.location.pathname} />
        <OfflineNotice />
        {/* Said in the header, so that nothing below moves when the collection arrives. */}
        <LoadingStatus loading={loading} />
      </header>
      {/* There before the collection, so that nothing below moves when it arrives. */}
      <nav className="echoes-viewbar" aria-label={APP_TEXT.views}>
        <ViewTabs />
        {collection ? <LessonLauncher lessons={collection.lessons} /> : null}
      </nav>
      <main
        id={MAIN_ID}
        tabIndex={-1}
        className={`echoes-main${loading ? " is-loading" : ""}`}
        aria-busy={loading}
      >
        {load.status === "failed" ? (
          <CollectionFailure
            url={load.url}
            problems={load.problems}
            curatedAppHref={curatedAppHref}
          />
        ) : null}
        {collection ? (
          <>
            <LoadNotices unrestored={unrestored} />
            {page === "timeline" ? (
              <>
                <TimelineView
                  collection={collection}
                  article={<ArticleReader collection={collection} />}
                />
                <AllEventsList episodes={collection.episodes} />
              </>
            ) : (
              <Suspense fallback={viewLoading}>
                {page === "matrix" ? (
                  <AnalogyMatrix collection={collection} />
                ) : (
                  <EventTable collection={collection} />
                )}
              </Suspense>
            )}
          </>
        ) : null}
      </main>
    </div>
  );
}
