import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { EchoesStore } from "../../src/store/createEchoesStore";
import { EchoesProvider } from "../../src/store/EchoesProvider";
import { createSampleStore } from "./sampleStore";

/** Renders inside a fresh store, as the app does. */
export function renderWithStore(ui: ReactElement, store: EchoesStore = createSampleStore()) {
  return { store, ...render(<EchoesProvider store={store}>{ui}</EchoesProvider>) };
}
