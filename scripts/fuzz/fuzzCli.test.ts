import { rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateTarget } from "../../src/cli/validateTarget";
import { readFuzzInputs } from "./baseCollections";
import { checkInCli, writeCollection } from "./checkInCli";
import { MANIFEST, setSlot, slotsOf, writeFiles } from "./draft";
import { baseFiles, createFuzzCase, type FuzzCase, MUTATIONS, startDraft } from "./fuzzCase";
import { createRandom } from "./random";

const inputs = readFuzzInputs(join(import.meta.dirname, "..", ".."));
/** The full run is npm run fuzz; this many keeps npm test within its time. */
const CASES = 200;
const SEED = 43;

describe("the fuzzer", () => {
  it("starts from collections that npm run validate finds valid", async () => {
    for (const base of inputs.bases) {
      const dir = await writeCollection(baseFiles(base));
      try {
        expect((await validateTarget(join(dir, MANIFEST))).problems, base.name).toEqual([]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
  });

  it("makes the same case again from its seed and number", () => {
    const once = createFuzzCase(inputs, SEED, 7);
    const again = createFuzzCase(inputs, SEED, 7);
    expect(again.mutations).toEqual(once.mutations);
    expect(again.files).toEqual(once.files);
    expect(createFuzzCase(inputs, SEED, 8).files).not.toEqual(once.files);
  });

  it("never puts a value of its own in two cases, where a change to one would reach the other", () => {
    const sample = inputs.bases[0];
    if (!sample) throw new Error("no base collection");
    for (const mutation of MUTATIONS) {
      const mutated = () => {
        const draft = startDraft(sample, inputs.sheetTemplate);
        mutation.apply(draft, createRandom(SEED));
        return draft;
      };
      const first = mutated();
      const written = writeFiles(first);
      // As a later mutation of the same case might: every value in every file replaced.
      for (const file of first.json.keys()) {
        for (const slot of slotsOf(first, file)) {
          if (slot.parent !== undefined) setSlot(first, slot, null);
        }
      }
      expect(writeFiles(mutated()), mutation.name).toEqual(written);
    }
  });

  it("reports a missed problem, a false problem, a lost episode and a hang", async () => {
    const sample = inputs.bases[0];
    if (!sample) throw new Error("no base collection");
    const files = baseFiles(sample);
    const withoutPrague = new Map(files);
    withoutPrague.delete("episodes/prague-1968.json");
    const failureKinds = async (changes: Partial<FuzzCase>, timeLimitMs = 10_000) => {
      const fuzzCase: FuzzCase = {
        seed: SEED,
        index: 0,
        base: sample.name,
        mutations: [],
        expect: "valid",
        files,
        intactEpisodes: [],
        lessonId: undefined,
        ...changes,
      };
      return (await checkInCli(fuzzCase, timeLimitMs)).failures.map((failure) => failure.kind);
    };
    expect(await failureKinds({ expect: "invalid" })).toEqual(["missed problem"]);
    expect(await failureKinds({ files: withoutPrague })).toEqual(["false problem"]);
    const prague = { file: "episodes/prague-1968.json", id: "prague-1968", events: 2 };
    expect(
      await failureKinds({ files: withoutPrague, expect: "either", intactEpisodes: [prague] }),
    ).toEqual(["lost episode"]);
    expect(await failureKinds({ intactEpisodes: [prague] })).toEqual([]);
    expect(await failureKinds({}, 0)).toEqual(["hang"]);
  });

  it(`finds npm run validate sound in ${CASES} mutated collections, drawing every mutation`, async () => {
    const failed: string[] = [];
    const drawn = new Set<string>();
    const expected = new Set<string>();
    for (let index = 0; index < CASES; index += 1) {
      const fuzzCase = createFuzzCase(inputs, SEED, index);
      for (const line of fuzzCase.mutations) drawn.add(line.slice(0, line.indexOf(":")));
      expected.add(fuzzCase.expect);
      const { failures } = await checkInCli(fuzzCase, 10_000);
      for (const failure of failures) {
        failed.push(
          `case ${index}: ${fuzzCase.mutations.join("; ")}: ${failure.kind}: ${failure.detail}`,
        );
      }
    }
    expect(failed).toEqual([]);
    expect([...drawn].sort()).toEqual(MUTATIONS.map((mutation) => mutation.name).sort());
    expect([...expected].sort()).toEqual(["either", "invalid", "valid"]);
  }, 180_000);
});
