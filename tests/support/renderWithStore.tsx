import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { loadCollection } from "../../src/data/loadCollection";
import { createEchoesStore, type EchoesStore } from "../../src/store/createEchoesStore";
import { EchoesProvider } from "../../src/store/EchoesProvider";
import { sampleReader } from "./fixtureReader";

/** A store that loads the sample collection from disk, with some files replaced (see sampleReader). */
export function createSampleStore(overrides: Record<string, unknown> = {}): EchoesStore {
  return createEchoesStore({
    loader: (url) => loadCollection(url, sampleReader(overrides)),
  });
}

/** Renders inside a fresh store, as the app does. */
export function renderWithStore(ui: ReactElement, store: EchoesStore = createSampleStore()) {
  return { store, ...render(<EchoesProvider store={store}>{ui}</EchoesProvider>) };
}
