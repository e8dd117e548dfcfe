import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { viteStaticCopy } from "vite-plugin-static-copy";

// The curated collection lives in data/ for authors; it is served and shipped at /data/.
export default defineConfig({
  plugins: [
    react(),
    viteStaticCopy({
      structured: true,
      targets: [{ src: "data/**/*.json", dest: "." }],
      watch: { reloadPageOnChange: true },
    }),
  ],
});
