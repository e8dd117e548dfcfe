import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { EchoesStore } from "../store/createEchoesStore";
import { EchoesProvider } from "../store/EchoesProvider";
import { App } from "./App";

/** Renders the app into root, on a store that may already be loading its collection. */
export function renderApp(
  root: HTMLElement,
  store: EchoesStore,
  collectionUrl: string,
  curatedAppHref: string | undefined,
) {
  createRoot(root).render(
    <StrictMode>
      <EchoesProvider store={store}>
        <App collectionUrl={collectionUrl} curatedAppHref={curatedAppHref} />
      </EchoesProvider>
    </StrictMode>,
  );
}
