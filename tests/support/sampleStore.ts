import { loadCollection } from "../../src/data/loadCollection";
import { createEchoesStore, type EchoesStore } from "../../src/store/createEchoesStore";
import { sampleReader } from "./fixtureReader";

/** A store that loads the sample collection from disk, with some files replaced (see sampleReader). */
export function createSampleStore(overrides: Record<string, unknown> = {}): EchoesStore {
  return createEchoesStore({
    loader: (url) => loadCollection(url, sampleReader(overrides)),
  });
}
