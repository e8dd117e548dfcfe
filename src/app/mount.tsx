import { type ReactNode, StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { ErrorBoundary } from "../components/ErrorBoundary/ErrorBoundary";
import { APP_TEXT } from "../i18n/app";
import type { EchoesStore } from "../store/createEchoesStore";
import { EchoesProvider } from "../store/EchoesProvider";
import { LanguageScope } from "./LanguageScope";

/** Renders an Echoes view into root, on a store that may already be loading its collection. */
export function mount(root: HTMLElement, store: EchoesStore, view: ReactNode) {
  // What no boundary holds (an error in a boundary itself, or outside rendering) is still recorded.
  const reactRoot = createRoot(root, {
    onUncaughtError: (error, info) => console.error("Echoes:", error, info.componentStack),
  });
  // In a transition, which React splits into short tasks: the page answers input while it draws.
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <ErrorBoundary part={APP_TEXT.brand}>
          <EchoesProvider store={store}>
            <LanguageScope>{view}</LanguageScope>
          </EchoesProvider>
        </ErrorBoundary>
      </StrictMode>,
    );
  });
}
