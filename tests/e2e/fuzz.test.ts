import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFuzzInputs } from "../../scripts/fuzz/baseCollections";
import { checkInApp } from "../../scripts/fuzz/checkInApp";
import { createFuzzCase } from "../../scripts/fuzz/fuzzCase";
import { baseUrl, launchBrowser } from "./browser";

/** The full run is npm run fuzz; these keep npm test within its time. */
const CASES = 8;
/** Broken, valid and odd cases of each base collection, one presented as a lesson; none of the heaviest. */
const SEED = 70;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("mutated collections in the app", () => {
  it(`shows each of ${CASES} without an uncaught error or a blank page, a broken one with its problems`, async () => {
    const inputs = readFuzzInputs(join(import.meta.dirname, "..", ".."));
    const failed: string[] = [];
    for (let index = 0; index < CASES; index += 1) {
      const fuzzCase = createFuzzCase(inputs, SEED, index);
      for (const failure of await checkInApp(browser, baseUrl(), fuzzCase, 20_000)) {
        failed.push(
          `case ${index}: ${fuzzCase.mutations.join("; ")}: ${failure.kind}: ${failure.detail}`,
        );
      }
    }
    expect(failed).toEqual([]);
  }, 180_000);
});
