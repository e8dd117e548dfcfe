import { type ReactNode, StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import type { EchoesStore } from "../store/createEchoesStore";
import { EchoesProvider } from "../store/EchoesProvider";

/** Renders an Echoes view into root, on a store that may already be loading its collection. */
export function mount(root: HTMLElement, store: EchoesStore, view: ReactNode) {
  const reactRoot = createRoot(root);
  // In a transition, which React splits into short tasks: the page answers input while it draws.
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <EchoesProvider store={store}>{view}</EchoesProvider>
      </StrictMode>,
    );
  });
}
