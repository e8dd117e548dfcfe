import { accessSync, constants } from "node:fs";

/** Where Chromium or Chrome usually lives, after the path in CHROMIUM_PATH. */
const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** Flags for a quiet headless browser on a machine without a display or network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to test with: CHROMIUM_PATH if set, else the first system path that exists.
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (!isExecutable(fromEnvironment)) {
      throw new Error(`CHROMIUM_PATH is ${fromEnvironment}, which is not an executable file.`);
    }
    return fromEnvironment;
  }
  return SYSTEM_PATHS.find(isExecutable);
}

export const INSTALL_HINT =
  "No Chromium found. Install one (on Debian or Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.";
