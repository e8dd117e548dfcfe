import { LOCALE } from "../components/labels";
import { prepareDateFormats } from "../data/formatHistoricalDate";
import { createEchoesStore } from "../store/createEchoesStore";
import "./app.css";

const CURATED_COLLECTION = `${import.meta.env.BASE_URL}data/collection.json`;

const params = new URLSearchParams(window.location.search);
const requested = params.get("collection");
const collectionUrl = requested ?? CURATED_COLLECTION;
const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element to render Echoes into.");

// The collection starts loading first; React and the interface load and start beside it.
const store = createEchoesStore();
void store.getState().loadCollection(collectionUrl);
const whenIdle = "requestIdleCallback" in window ? requestIdleCallback : setTimeout;
whenIdle(() => prepareDateFormats(LOCALE));

if (params.has("embed")) {
  const { renderEmbed } = await import("./renderEmbed");
  renderEmbed(root, store, { collectionUrl, showArticle: params.get("article") !== "off" });
} else {
  const { renderApp } = await import("./renderApp");
  renderApp(root, store, {
    collectionUrl,
    curatedAppHref: requested ? window.location.pathname : undefined,
  });
}
