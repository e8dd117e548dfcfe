// Starts the app with the curated collection, installing dependencies first on a fresh clone.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("node_modules/.package-lock.json")) {
  console.log("Installing dependencies (npm ci)…");
  const install = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

const server = spawnSync("npx", ["vite", "--port", "5173", ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(server.status ?? 0);
