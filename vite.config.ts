import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { viteStaticCopy } from "vite-plugin-static-copy";

// The curated collection lives in data/ for authors; it is served and shipped at /data/.
export default defineConfig({
  // Module workers, so that a worker too loads rarely needed code only when it needs it.
  worker: { format: "es" },
  plugins: [
    react(),
    viteStaticCopy({
      structured: true,
      targets: [{ src: "data/**/*.json", dest: "." }],
      watch: { reloadPageOnChange: true },
    }),
  ],
});
