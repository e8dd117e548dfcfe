import { type LazyPart, retryableLazy } from "../components/ErrorBoundary/retryableLazy";
import "./masthead.css";
import "./views.css";
import { Suspense, useEffect, useState } from "react";
import { CollectionOrigin } from "../components/CollectionOrigin/CollectionOrigin";
import { ContentLanguageNotice } from "../components/ContentLanguage/ContentLanguageNotice";
import { AllEventsList } from "../components/EpisodeOverview/AllEventsList";
import { ErrorBoundary } from "../components/ErrorBoundary/ErrorBoundary";
import { LoadingStatus } from "../components/LoadNotice/LoadingStatus";
import { CollectionFailure, LoadNotices } from "../components/LoadNotice/LoadNotices";
import { OfflineNotice } from "../components/OfflineNotice/OfflineNotice";
import { TimelineView } from "../components/Timeline/TimelineView";
import { MAIN_ID, SkipToTable, StudioButton, ViewTabs } from "../components/Views/ViewTabs";
import { APP_TEXT } from "../i18n/app";
import { writtenIn } from "../i18n/languages";
import { SHARE_TEXT } from "../i18n/share";
import type { DrawnCollection } from "../store/drawnCollection";
import { useEchoes } from "../store/EchoesProvider";
import { selectPage, selectPresenting } from "../store/selectors";
import type { Page } from "../store/slices/viewSlice";
import { ownPage } from "./ownAddress";
import { usePhoneScreen } from "./useMediaQuery";
import { useShownCollection } from "./useShownCollection";

// The views other than the timeline load when first shown, or when the reader points at or
// focuses their tab; the matrix and the table, the views most often opened next, also once the
// chart is drawn and the page is idle, so that either is drawn without waiting for its code.
const VIEW_PARTS = {
  matrix: retryableLazy(async () => ({
    default: (await import("../components/AnalogyMatrix/AnalogyMatrix")).AnalogyMatrix,
  })),
  table: retryableLazy(async () => ({
    default: (await import("../components/EventTable/EventTable")).EventTable,
  })),
  corrections: retryableLazy(async () => ({
    default: (await import("../components/Corrections/CorrectionsLog")).CorrectionsLog,
  })),
} satisfies Record<Exclude<Page, "timeline" | "studio">, LazyPart<{ collection: DrawnCollection }>>;
// Authoring, apart from reading: loaded only when opened, so that a reader's first load does not grow.
const Studio = retryableLazy(async () => ({
  default: (await import("../components/Studio/Studio")).Studio,
}));

// A view that fails to load ahead of time says so, with Try again, when it is opened.
function preloadView(page: Page) {
  const part = page === "timeline" ? undefined : page === "studio" ? Studio : VIEW_PARTS[page];
  part?.preload().catch(() => {});
}

function useViewsLoadedWhenIdle(chartDrawn: boolean) {
  useEffect(() => {
    if (!chartDrawn) return;
    const whenIdle = "requestIdleCallback" in window ? requestIdleCallback : setTimeout;
    whenIdle(() => {
      preloadView("matrix");
      preloadView("table");
    });
  }, [chartDrawn]);
}
// Beside the chart, drawn once the chart is (see TimelineView).
const ArticleReader = retryableLazy(async () => ({
  default: (await import("../components/Article/ArticleReader")).ArticleReader,
}));
// The page's tools, loaded once the chart is drawn (or at once on the other views): the comparison comes first.
const ThemeSwitch = retryableLazy(async () => ({
  default: (await import("../components/ThemeSwitch/ThemeSwitch")).ThemeSwitch,
}));
const LanguageSwitch = retryableLazy(async () => ({
  default: (await import("../components/LanguageSwitch/LanguageSwitch")).LanguageSwitch,
}));
const LessonLauncher = retryableLazy(async () => ({
  default: (await import("../components/Presenter/LessonLauncher")).LessonLauncher,
}));
const OpenFiles = retryableLazy(async () => ({
  default: (await import("../components/OpenFiles/OpenFiles")).OpenFiles,
}));
const ToolMenu = retryableLazy(async () => ({
  default: (await import("../components/ToolMenu/ToolMenu")).ToolMenu,
}));
const Presenter = retryableLazy(async () => ({
  default: (await import("../components/Presenter/Presenter")).Presenter,
}));

function ViewLoading() {
  return (
    <p className="echoes-loading" role="status">
      {APP_TEXT.loadingView}
    </p>
  );
}

/**
 * The room the phone's menu takes until it arrives after the chart: where a language's view names
 * leave it no room beside them, it takes a row of its own, and that row is there from the start.
 */
function PhoneMenuRoom() {
  return (
    <span className="echoes-button echoes-tool-menu__room" aria-hidden="true">
      ☰ {SHARE_TEXT.phoneMenu}
    </span>
  );
}

/** Whether this page has drawn its chart: the tools that wait for it need not wait again. */
let chartDrawnOnce = false;

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
  const phone = usePhoneScreen();
  // Once drawn, the chart counts as drawn when the page is drawn again in another language, so
  // that the page's tools stay where they are instead of waiting for it again.
  const [chartDrawn, setChartDrawn] = useState(() => chartDrawnOnce);
  useViewsLoadedWhenIdle(chartDrawn);
  const toolsShown = chartDrawn || page !== "timeline";
  const ViewPart = page === "timeline" || page === "studio" ? null : VIEW_PARTS[page];

  if (collection && presenting) {
    return (
      <div className="echoes-app">
        <Suspense fallback={<ViewLoading />}>
          <Presenter collection={collection} notices={<LoadNotices unrestored={unrestored} />} />
        </Suspense>
      </div>
    );
  }

  return (
    <div className={`echoes-app${phone ? " is-phone" : ""}`}>
      {collection ? <SkipToTable onChoosing={preloadView} /> : null}
      <header className="echoes-masthead">
        <div className="echoes-masthead__top">
          <p className="echoes-brand">{APP_TEXT.brand}</p>
          {/* On a phone the theme and the file picker are in the menu; the picker's input stays here for drops. */}
          <div className="echoes-masthead__tools">
            {phone ? null : <StudioButton onChoosing={preloadView} />}
            {toolsShown ? (
              <Suspense fallback={null}>
                {phone ? null : (
                  <>
                    <LanguageSwitch />
                    <ThemeSwitch />
                  </>
                )}
                <OpenFiles curatedHref={ownPage(window.location.href)} />
              </Suspense>
            ) : null}
          </div>
        </div>
        {collection ? (
          <>
            <h1 {...writtenIn(collection.language)}>{collection.title}</h1>
            <CollectionOrigin />
            <ContentLanguageNotice />
            {collection.description ? (
              <p className="echoes-masthead__description" {...writtenIn(collection.language)}>
                {collection.description}
              </p>
            ) : null}
          </>
        ) : (
          <h1>{APP_TEXT.heading}</h1>
        )}
        <OfflineNotice />
        {/* Said in the header, so that nothing below moves when the collection arrives. */}
        <LoadingStatus loading={loading} />
      </header>
      {/* There before the collection, so that nothing below moves when it arrives. */}
      <nav className="echoes-viewbar" aria-label={APP_TEXT.views}>
        <ViewTabs short={phone} onChoosing={preloadView} />
        {collection && toolsShown ? (
          <Suspense fallback={phone ? <PhoneMenuRoom /> : null}>
            {phone ? (
              <ToolMenu variant="phone" collection={collection} />
            ) : (
              <LessonLauncher lessons={collection.lessons} />
            )}
          </Suspense>
        ) : collection && phone ? (
          <PhoneMenuRoom />
        ) : null}
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
            {page === "studio" ? (
              <ErrorBoundary key={page} part={APP_TEXT.pages.studio}>
                <Suspense fallback={<ViewLoading />}>
                  <Studio collectionUrl={collectionUrl} collectionTitle={collection.title} />
                </Suspense>
              </ErrorBoundary>
            ) : ViewPart === null ? (
              <ErrorBoundary key={page} part={APP_TEXT.pages.timeline}>
                <TimelineView
                  collection={collection}
                  shareMenu={
                    toolsShown ? (
                      <Suspense fallback={null}>
                        <ToolMenu variant="share" collection={collection} />
                      </Suspense>
                    ) : null
                  }
                  onFirstDraw={() => {
                    chartDrawnOnce = true;
                    setChartDrawn(true);
                  }}
                  article={
                    <ErrorBoundary part={APP_TEXT.article}>
                      <ArticleReader collection={collection} />
                    </ErrorBoundary>
                  }
                />
                <AllEventsList episodes={collection.episodes} />
              </ErrorBoundary>
            ) : (
              <ErrorBoundary key={page} part={APP_TEXT.pages[page]}>
                <Suspense fallback={<ViewLoading />}>
                  <ViewPart collection={collection} />
                </Suspense>
              </ErrorBoundary>
            )}
          </>
        ) : null}
      </main>
    </div>
  );
}
