import { createHash } from "node:crypto";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { viteStaticCopy } from "vite-plugin-static-copy";
import { darkPalette } from "./scripts/darkPalette";
import { firstLoadChunks } from "./scripts/firstLoadChunks";

/**
 * A frame sandboxed without allow-same-origin has no origin of its own, so the app's modules and
 * data cannot load in it: this says so in place of a blank frame. Written into the page, so that
 * it runs where nothing else can; the policy allows it by its hash alone.
 */
const FRAME_CHECK = `if (window.origin === "null") {
  var message = document.createElement("p");
  message.className = "echoes-no-app";
  message.textContent = "Echoes cannot run in this frame: its sandbox needs allow-same-origin beside allow-scripts (see Embedding in Echoes' README).";
  document.getElementById("root").append(message);
}`;
const FRAME_CHECK_HASH = `'sha256-${createHash("sha256").update(FRAME_CHECK).digest("base64")}'`;

/**
 * What the built app may load: its own files, and collections from web
 * addresses (fetched with CORS). No inline script (but the frame check below) or style, no eval, no
 * third party. The dev server's live reload needs inline scripts, so only the
 * build carries it.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${FRAME_CHECK_HASH}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "worker-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

function frameCheck(): Plugin {
  return {
    name: "echoes-frame-check",
    transformIndexHtml: () => [{ tag: "script", children: FRAME_CHECK, injectTo: "body" }],
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: "echoes-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

/**
 * A service worker that keeps the app and the curated collection for offline use: every file is
 * precached with a revision, so that a new build replaces them once no tab runs the old one, or
 * when the reader accepts the offer to reload into it.
 * Any navigation, whatever its query, gets the saved page. The page registers the worker itself
 * (src/app/main.ts), so nothing is written into the page, whose policy allows no inline script;
 * the Workbox runtime is inlined in the worker, so nothing comes from another origin.
 */
function offlineCopy(): Plugin[] {
  return VitePWA({
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ["**/*.{html,js,css,svg,csv}", "data/**/*.json"],
      // The schemas are for authors; generated/ holds synthetic collections for speed tests; the
      // browser's missing date and number data is kept once a page that needs it has fetched it.
      globIgnores: ["data/schema/**", "generated/**", `assets/${INTL_DATA_PREFIX}*`],
      runtimeCaching: [
        {
          urlPattern: ({ url }) => url.pathname.includes(`/assets/${INTL_DATA_PREFIX}`),
          handler: "CacheFirst",
          options: { cacheName: "echoes-intl-data" },
        },
      ],
      navigateFallback: "index.html",
      // A file opened on its own (a data file, say) is that file, not the app.
      navigateFallbackDenylist: [/^[^?]*\/[^/?]*\.[^/?]*(?:\?|$)/],
      // A new build waits while tabs of the old one are open, so that they keep the files they
      // were built with; the page offers to reload into it (src/app/newVersion.ts).
      skipWaiting: false,
      clientsClaim: true,
      inlineWorkboxRuntime: true,
    },
  });
}

const firstLoad = firstLoadChunks();

/**
 * The name every chunk of FormatJS's Intl implementations and data starts with: only a browser
 * without a language's data fetches them (src/i18n/intlData.ts), so the offline copy leaves them
 * out until then.
 */
const INTL_DATA_PREFIX = "intl-data-";

// The curated collection lives in data/ for authors; it is served and shipped at /data/.
export default defineConfig({
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: { groups: firstLoad.groups },
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes("/@formatjs/"))
            ? `assets/${INTL_DATA_PREFIX}[name]-[hash].js`
            : "assets/[name]-[hash].js",
      },
    },
  },
  // Module workers, so that a worker too loads rarely needed code only when it needs it.
  worker: { format: "es" },
  plugins: [
    darkPalette(),
    firstLoad.plugin,
    react(),
    frameCheck(),
    contentSecurityPolicy(),
    viteStaticCopy({
      structured: true,
      targets: [{ src: "data/**/*.json", dest: "." }],
      watch: { reloadPageOnChange: true },
    }),
    offlineCopy(),
  ],
});
