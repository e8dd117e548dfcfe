import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createEchoesStore } from "../store/createEchoesStore";
import { EchoesProvider } from "../store/EchoesProvider";
import { App } from "./App";
import "./app.css";

const CURATED_COLLECTION = `${import.meta.env.BASE_URL}data/collection.json`;

const requested = new URLSearchParams(window.location.search).get("collection");
const collectionUrl = requested ?? CURATED_COLLECTION;
const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element to render Echoes into.");

// The collection starts loading before React's first render, not after it.
const store = createEchoesStore();
void store.getState().loadCollection(collectionUrl);

createRoot(root).render(
  <StrictMode>
    <EchoesProvider store={store}>
      <App
        collectionUrl={collectionUrl}
        curatedAppHref={requested ? window.location.pathname : undefined}
      />
    </EchoesProvider>
  </StrictMode>,
);
