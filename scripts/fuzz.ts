// The fuzzer: seeded, mutated collections through npm run validate's own function and through the
// built app in headless Chromium. See "Fuzzing" in the README.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { plural } from "../src/data/format/showValue";
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from "./chromium.mjs";
import { readFuzzInputs } from "./fuzz/baseCollections";
import { checkInApp } from "./fuzz/checkInApp";
import { checkInCli, writeCollection } from "./fuzz/checkInCli";
import { APP_FAILURE_KINDS, CLI_FAILURE_KINDS, countByKind, type Failure } from "./fuzz/failure";
import { createFuzzCase, type FuzzCase } from "./fuzz/fuzzCase";
import { startWatchdog } from "./fuzz/watchdog";
import { buildAndServe } from "./serveBuild";

const root = join(import.meta.dirname, "..");
const CLI_TIME_LIMIT_MS = 10_000;
const APP_TIME_LIMIT_MS = 30_000;
/** A case that has not yielded for this long is taken for an endless loop, and the run is stopped. */
const WATCHDOG_MS = 60_000;

const { values } = parseArgs({
  options: {
    seed: { type: "string" },
    cases: { type: "string", default: "1000" },
    "app-cases": { type: "string", default: "50" },
    case: { type: "string" },
    out: { type: "string" },
  },
});
const numbers = [values.seed ?? "0", values.cases, values["app-cases"], values.case ?? "0"];
if (!numbers.every((value) => /^\d+$/.test(value)) || (values.out && values.case === undefined)) {
  console.error(
    "Usage: npm run fuzz -- [--seed S] [--cases N] [--app-cases M] | --seed S --case K [--out DIR] [--app-cases 0]",
  );
  process.exit(1);
}
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
const only = values.case === undefined ? undefined : Number(values.case);
const indices = (count: number) =>
  only === undefined ? Array.from({ length: count }, (_, index) => index) : [only];
const inputs = readFuzzInputs(root);

const EXPECTED = { invalid: "broken", valid: "valid", either: "either" } as const;
const again = (index: number) => `npm run fuzz -- --seed ${seed} --case ${index}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function describeCase(fuzzCase: FuzzCase): string {
  return [
    `case ${fuzzCase.index} of seed ${seed}: the ${fuzzCase.base} collection, ${EXPECTED[fuzzCase.expect]} once mutated by`,
    ...fuzzCase.mutations.map((mutation) => `    ${mutation}`),
  ].join("\n");
}

function reportFailure(fuzzCase: FuzzCase, failures: readonly Failure[]) {
  console.error(`\n✗ ${describeCase(fuzzCase)}`);
  for (const failure of failures) console.error(`  ${failure.kind}: ${failure.detail}`);
  console.error(`  again: ${again(fuzzCase.index)}`);
}

async function fuzzCli(cases: readonly number[]): Promise<number> {
  const watchdog = startWatchdog(WATCHDOG_MS);
  const failed: (readonly Failure[])[] = [];
  const byExpectation = { invalid: 0, valid: 0, either: 0 };
  const started = performance.now();
  let slowestMs = 0;
  for (const index of cases) {
    watchdog.start(again(index));
    const fuzzCase = createFuzzCase(inputs, seed, index);
    const { problems, failures, ms } = await checkInCli(fuzzCase, CLI_TIME_LIMIT_MS);
    watchdog.end();
    byExpectation[fuzzCase.expect] += 1;
    slowestMs = Math.max(slowestMs, ms);
    if (failures.length > 0) {
      failed.push(failures);
      reportFailure(fuzzCase, failures);
    }
    if (only !== undefined) {
      console.log(describeCase(fuzzCase));
      console.log(`Reported ${plural(problems.length, "problem")}:`);
      for (const problem of problems.slice(0, 20)) {
        console.log(`  ${problem.file}: ${problem.path}: ${problem.message.slice(0, 200)}`);
      }
    }
    if ((index + 1) % 100 === 0) process.stderr.write(`  CLI: ${index + 1} of ${cases.length}\n`);
  }
  await watchdog.stop();
  const { invalid, valid, either } = byExpectation;
  console.log(
    `CLI: ${plural(cases.length, "case")} (${invalid} broken, ${valid} valid, ${either} either) in ${seconds(performance.now() - started)}, the slowest ${Math.round(slowestMs)} ms: ${countByKind(failed, CLI_FAILURE_KINDS)}`,
  );
  return failed.length;
}

async function fuzzApp(cases: readonly number[]): Promise<number> {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(INSTALL_HINT);
  console.log("Building the app…");
  const served = await buildAndServe(root);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const failed: (readonly Failure[])[] = [];
  const started = performance.now();
  try {
    for (const index of cases) {
      const fuzzCase = createFuzzCase(inputs, seed, index);
      const failures = await checkInApp(browser, served.baseUrl, fuzzCase, APP_TIME_LIMIT_MS);
      if (failures.length > 0) {
        failed.push(failures);
        reportFailure(fuzzCase, failures);
      }
      if ((index + 1) % 10 === 0) process.stderr.write(`  App: ${index + 1} of ${cases.length}\n`);
    }
  } finally {
    await browser.close();
    await served.close();
  }
  console.log(
    `App: ${plural(cases.length, "case")} in ${seconds(performance.now() - started)}: ${countByKind(failed, APP_FAILURE_KINDS)}`,
  );
  return failed.length;
}

console.log(`Fuzzing with seed ${seed} (again: npm run fuzz -- --seed ${seed})`);
if (only !== undefined && values.out) {
  await writeCollection(createFuzzCase(inputs, seed, only).files, values.out);
  console.log(
    `Wrote case ${only} to ${values.out}/ (npm run validate -- ${values.out}/collection.json)`,
  );
}
const cliFailed = await fuzzCli(indices(Number(values.cases)));
const appCases = Number(values["app-cases"]);
const appFailed = appCases > 0 ? await fuzzApp(indices(appCases)) : 0;
process.exitCode = cliFailed + appFailed > 0 ? 1 : 0;
