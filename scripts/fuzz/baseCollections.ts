import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FileKind } from "../../src/data/format/fileKinds";
import type { CollectionManifest } from "../../src/data/format/schema";
import { syntheticCollection } from "../syntheticCollection";
import { MANIFEST } from "./draft";
import type { BaseCollection, FuzzInputs } from "./fuzzCase";

/** Each file a manifest lists, with its kind. */
function kindsListedIn(manifest: CollectionManifest): Map<string, FileKind> {
  const kinds = new Map<string, FileKind>();
  for (const file of manifest.episodes) kinds.set(file, "episode");
  if (manifest.analogies) kinds.set(manifest.analogies, "analogies");
  for (const file of manifest.articles ?? []) kinds.set(file, "article");
  for (const file of manifest.lessons ?? []) kinds.set(file, "lesson");
  if (manifest.corrections) kinds.set(manifest.corrections, "corrections");
  return kinds;
}

function readCollection(name: string, dir: string): BaseCollection {
  const read = (file: string) => readFileSync(join(dir, file), "utf8");
  const manifest = JSON.parse(read(MANIFEST)) as CollectionManifest;
  const kinds = kindsListedIn(manifest);
  const files = new Map<string, unknown>([[MANIFEST, manifest]]);
  for (const file of kinds.keys()) {
    files.set(file, /\.csv$/i.test(file) ? read(file) : JSON.parse(read(file)));
  }
  return { name, files, kinds };
}

function syntheticBase(): BaseCollection {
  const files = syntheticCollection({ events: 300, lanes: 3 });
  return {
    name: "synthetic",
    files: new Map(Object.entries(files)),
    kinds: kindsListedIn(files[MANIFEST] as CollectionManifest),
  };
}

/** What the fuzzer starts from: three valid collections (small, generated, curated) and a spreadsheet. */
export function readFuzzInputs(root: string): FuzzInputs {
  return {
    bases: [
      readCollection("sample", join(root, "tests/fixtures/sample")),
      syntheticBase(),
      readCollection("curated", join(root, "data")),
    ],
    sheetTemplate: readFileSync(join(root, "public/episode-template.csv"), "utf8"),
  };
}
