import { useEffect } from "react";
import { CollectionErrorPage } from "../components/CollectionError/CollectionErrorPage";
import { AllEventsList } from "../components/EpisodeOverview/AllEventsList";
import { LoadNotice } from "../components/LoadNotice/LoadNotice";
import { TimelineView } from "../components/Timeline/TimelineView";
import { useEchoes } from "../store/EchoesProvider";
import { selectLoad, selectLoadCollection } from "../store/selectors";

export interface AppProps {
  /** The collection manifest to load. */
  readonly collectionUrl: string;
  /** Link back to the curated collection, when collectionUrl is another one. */
  readonly curatedAppHref?: string;
}

export function App({ collectionUrl, curatedAppHref }: AppProps) {
  const load = useEchoes(selectLoad);
  const loadCollection = useEchoes(selectLoadCollection);

  useEffect(() => {
    void loadCollection(collectionUrl);
  }, [collectionUrl, loadCollection]);

  const collection = load.status === "loaded" ? load.collection : undefined;

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
      </header>
      <main className="echoes-main" aria-busy={load.status === "loading" || load.status === "idle"}>
        {load.status === "failed" ? (
          <CollectionErrorPage
            url={load.url}
            problems={load.problems}
            curatedAppHref={curatedAppHref}
          />
        ) : null}
        {load.status === "loading" || load.status === "idle" ? (
          <p className="echoes-loading" role="status">
            Loading the collection…
          </p>
        ) : null}
        {collection ? (
          <>
            <LoadNotice />
            <TimelineView collection={collection} />
            <AllEventsList episodes={collection.episodes} />
          </>
        ) : null}
      </main>
    </div>
  );
}
