import { join } from "node:path";
import type { Collection } from "../../src/data/format/collection";
import { loadCollection } from "../../src/data/loading/loadCollection";
import { readAndValidate } from "../../src/data/loading/readFiles";
import { createEchoesStore, type EchoesStore } from "../../src/store/createEchoesStore";
import { selectCollection } from "../../src/store/selectors";
import { FIXTURES_DIR, fixtureReader, sampleReader } from "./fixtureReader";

/** A store that loads the sample collection from disk, with some files replaced (see sampleReader). */
export function createSampleStore(overrides: Record<string, unknown> = {}): EchoesStore {
  return createEchoesStore({
    loader: (url) => loadCollection(url, readAndValidate(sampleReader(overrides))),
  });
}

/** A store that loads the collection in tests/fixtures/<name>/. */
export function createFixtureStore(name: string): EchoesStore {
  return createEchoesStore({
    loader: (url) => loadCollection(url, readAndValidate(fixtureReader(join(FIXTURES_DIR, name)))),
  });
}

/** The store of tests/fixtures/<name>/ with its collection loaded, and the collection. */
export async function loadFixture(
  name: string,
): Promise<{ readonly store: EchoesStore; readonly collection: Collection }> {
  const store = createFixtureStore(name);
  await store.getState().loadCollection("collection.json");
  const collection = selectCollection(store.getState());
  if (!collection) throw new Error(`the ${name} fixture did not load`);
  return { store, collection };
}

/** The sample collection, loaded and validated as the app loads it. */
export async function loadSampleCollection(): Promise<Collection> {
  const result = await loadCollection("collection.json", readAndValidate(sampleReader()));
  if (!result.ok) throw new Error("the sample collection did not load");
  return result.collection;
}
