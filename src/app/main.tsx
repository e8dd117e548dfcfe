import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EchoesProvider } from "../store/EchoesProvider";
import { App } from "./App";
import "./app.css";

const CURATED_COLLECTION = `${import.meta.env.BASE_URL}data/collection.json`;

const requested = new URLSearchParams(window.location.search).get("collection");
const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element to render Echoes into.");

createRoot(root).render(
  <StrictMode>
    <EchoesProvider>
      <App
        collectionUrl={requested ?? CURATED_COLLECTION}
        curatedAppHref={requested ? window.location.pathname : undefined}
      />
    </EchoesProvider>
  </StrictMode>,
);
