import { ArticleReader } from "../components/Article/ArticleReader";
import { CollectionErrorPage } from "../components/CollectionError/CollectionErrorPage";
import { AllEventsList } from "../components/EpisodeOverview/AllEventsList";
import { LinkNotice } from "../components/LoadNotice/LinkNotice";
import { LoadNotice } from "../components/LoadNotice/LoadNotice";
import { OpenFiles } from "../components/OpenFiles/OpenFiles";
import { TimelineView } from "../components/Timeline/TimelineView";
import { useShownCollection } from "./useShownCollection";

export interface AppProps {
  /** The collection manifest to load. */
  readonly collectionUrl: string;
  /** Link back to the curated collection, when collectionUrl is another one. */
  readonly curatedAppHref?: string;
}

export function App({ collectionUrl, curatedAppHref }: AppProps) {
  const { load, collection, loading, unrestored } = useShownCollection(collectionUrl);

  return (
    <div className="echoes-app">
      <header className="echoes-masthead">
        <p className="echoes-brand">Echoes</p>
        {collection ? (
          <>
            <h1>{collection.title}</h1>
            {collection.description ? (
              <p className="echoes-masthead__description">{collection.description}</p>
            ) : null}
          </>
        ) : (
          <h1>Historical episodes side by side</h1>
        )}
        <OpenFiles curatedHref={window.location.pathname} />
        {/* Said in the header, so that nothing below moves when the collection arrives. */}
        {loading ? (
          <p className="echoes-loading" role="status">
            Loading the collection…
          </p>
        ) : null}
      </header>
      <main className={`echoes-main${loading ? " is-loading" : ""}`} aria-busy={loading}>
        {load.status === "failed" ? (
          <CollectionErrorPage
            url={load.url}
            problems={load.problems}
            curatedAppHref={curatedAppHref}
          />
        ) : null}
        {collection ? (
          <>
            <LoadNotice />
            <LinkNotice unrestored={unrestored} />
            <TimelineView
              collection={collection}
              article={<ArticleReader collection={collection} />}
            />
            <AllEventsList episodes={collection.episodes} />
          </>
        ) : null}
      </main>
    </div>
  );
}
