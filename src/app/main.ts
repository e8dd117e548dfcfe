import { prepareDateFormats } from "../data/format/formatHistoricalDate";
import { fetchCollection } from "../data/loading/fetchCollection";
import type { LoadResult } from "../data/loading/loadCollection";
import { chooseLanguage, ENGLISH } from "../i18n/languages";
import { currentLocale, formatNumber } from "../i18n/locale";
import type { EchoesStore } from "../store/createEchoesStore";
import type { CollectionLoader } from "../store/slices/collectionSlice";
import { CURATED_COLLECTION_URL } from "./curatedCollection";
import { ownPage } from "./ownAddress";
import { markPageLanguage } from "./pageLanguage";
import { PORTRAIT_PHONE } from "./portraitPhone";
import "./app.css";
// With the page's own styles, so that paper is styled whichever view is printed and however soon.
import "../components/Print/print.css";

const params = new URLSearchParams(window.location.search);
// Before anything renders. Without a known theme the style sheet follows the reader's system.
const theme = params.get("theme");
if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
// The interface's language: the address's, else the browser's (see Languages in the README).
const language = chooseLanguage(params.get("lang"), navigator.languages ?? []);
// English's words are in the page; another language's load beside the collection. Should they
// not load, the page is shown in English rather than not at all.
const languageShown =
  language === ENGLISH
    ? undefined
    : import("../i18n/interfaceLanguage")
        .then(({ showLanguage }) => showLanguage(language))
        .catch(() => undefined);
markPageLanguage(document.documentElement, language);
const requested = params.get("collection");
const collectionUrl = requested ?? CURATED_COLLECTION_URL;
const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element to render Echoes into.");

// The collection starts loading first, before React and the interface have loaded: this file
// imports only the loader and the formats below, so that its downloads and the worker that
// validates them start as soon as the page runs a script.
const firstLoad = fetchCollection(collectionUrl);
let unclaimed: Promise<LoadResult> | undefined = firstLoad;
const loader: CollectionLoader = (url) => {
  const started = url === collectionUrl ? unclaimed : undefined;
  unclaimed = undefined;
  return started ?? fetchCollection(url);
};
const whenIdle = "requestIdleCallback" in window ? requestIdleCallback : setTimeout;

// A copy for offline use (see vite.config.ts), saved once the first view is drawn so that it takes
// nothing from it. A browser that refuses service workers simply has no offline copy.
// A new version waits until the reader chooses to reload into it (see newVersion.ts).
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  const { serviceWorker } = navigator;
  void firstLoad.then(() =>
    whenIdle(() => {
      serviceWorker
        .register(`${import.meta.env.BASE_URL}sw.js`)
        .then(async (registration) => {
          const { watchForNewVersion } = await import("./newVersion");
          watchForNewVersion(
            registration,
            () => serviceWorker.controller !== null,
            (worker) => {
              void import("./offerNewVersion").then(({ offerNewVersion }) =>
                offerNewVersion(worker),
              );
            },
            (check) =>
              document.addEventListener("visibilitychange", () => {
                if (document.visibilityState === "visible") check();
              }),
          );
        })
        .catch(() => {});
    }),
  );
}

// An upright phone draws the time-down chart: its code starts loading beside the collection.
if (window.matchMedia?.(PORTRAIT_PHONE).matches) {
  void import("../components/Timeline/portrait/PortraitChart");
}

async function start(root: HTMLElement) {
  const shell = params.has("embed")
    ? import("./renderEmbed").then(
        ({ renderEmbed }) =>
          (store: EchoesStore) =>
            renderEmbed(root, store, {
              collectionUrl,
              showArticle: params.get("article") !== "off",
              compact: params.has("compact"),
            }),
      )
    : import("./renderApp").then(
        ({ renderApp }) =>
          (store: EchoesStore) =>
            renderApp(root, store, {
              collectionUrl,
              curatedAppHref: requested ? ownPage(window.location.href) : undefined,
            }),
      );
  const [{ createEchoesStore }, render] = await Promise.all([
    import("../store/createEchoesStore"),
    shell,
    languageShown,
  ]);
  const store = createEchoesStore({ loader });
  void store.getState().loadCollection(collectionUrl);
  // The browser's first number and date formats load its locale data: a pause better taken
  // before the first paint, once the collection's files have been asked for, than in the
  // drawing of the collection.
  formatNumber(0);
  prepareDateFormats(currentLocale());
  render(store);
}

void start(root);
