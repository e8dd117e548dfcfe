// The whole test suite: unit, component and end-to-end in headless Chromium.
// Installs what is missing first, so that `npm test` works on a fresh clone.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { findChromium, INSTALL_HINT } from "./chromium.mjs";

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function dependenciesMissing() {
  const installed = "node_modules/.package-lock.json";
  return (
    !existsSync(installed) || statSync(installed).mtimeMs < statSync("package-lock.json").mtimeMs
  );
}

function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (canInstall) {
    console.log("No Chromium found; installing Debian's chromium package…");
    if (run("apt-get", ["update"]) === 0 && run("apt-get", ["install", "-y", "chromium"]) === 0) {
      const installed = findChromium();
      if (installed) return installed;
    }
  }
  console.error(INSTALL_HINT);
  process.exit(1);
}

if (dependenciesMissing()) {
  console.log("Installing dependencies (npm ci)…");
  if (run("npm", ["ci", "--no-audit", "--no-fund"]) !== 0) process.exit(1);
}

process.env.CHROMIUM_PATH = ensureChromium();

const report = ".vitest-report.json";
rmSync(report, { force: true });
const status = run("npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);

if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(
    readFileSync(report, "utf8"),
  );
  console.log(
    `Tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`,
  );
  rmSync(report);
}
process.exit(status);
