import { prepareDateFormats } from "../data/formatHistoricalDate";
import { LOCALE } from "../i18n/locale";
import { createEchoesStore } from "../store/createEchoesStore";
import "./app.css";

const CURATED_COLLECTION = `${import.meta.env.BASE_URL}data/collection.json`;

const params = new URLSearchParams(window.location.search);
// Before anything renders. Without a known theme the style sheet follows the reader's system.
const theme = params.get("theme");
if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
const requested = params.get("collection");
const collectionUrl = requested ?? CURATED_COLLECTION;
const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element to render Echoes into.");

// The collection starts loading first; React and the interface load and start beside it.
const store = createEchoesStore();
const collectionSettled = store.getState().loadCollection(collectionUrl);
const whenIdle = "requestIdleCallback" in window ? requestIdleCallback : setTimeout;
whenIdle(() => prepareDateFormats(LOCALE));

// A copy for offline use (see vite.config.ts), saved once the first view is drawn so that it takes
// nothing from it. A browser that refuses service workers simply has no offline copy.
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  void collectionSettled.then(() =>
    whenIdle(() => {
      navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {});
    }),
  );
}

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
