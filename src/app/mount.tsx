import { type ReactNode, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { EchoesStore } from "../store/createEchoesStore";
import { EchoesProvider } from "../store/EchoesProvider";

/** Renders an Echoes view into root, on a store that may already be loading its collection. */
export function mount(root: HTMLElement, store: EchoesStore, view: ReactNode) {
  createRoot(root).render(
    <StrictMode>
      <EchoesProvider store={store}>{view}</EchoesProvider>
    </StrictMode>,
  );
}
