import { createHash } from "node:crypto";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { viteStaticCopy } from "vite-plugin-static-copy";
import { darkPalette } from "./scripts/darkPalette";

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
      // The schemas are for authors; generated/ holds synthetic collections for speed tests.
      globIgnores: ["data/schema/**", "generated/**"],
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

/** The parts of src/ that load on their own: the shells, and what loads on demand. */
const LOADED_APART = [
  // The entry waits for a shell; inside the shared file it would wait for itself.
  "app/main.ts",
  "app/App.tsx",
  "app/renderApp.tsx",
  "app/EmbedApp.tsx",
  "app/EmbedWithArticle",
  "app/embed.css",
  "app/renderEmbed.tsx",
  "components/Article/",
  "components/OpenFiles/",
  "components/ThemeSwitch/",
  "components/ToolMenu/",
  // Not focusWhenShown: an event's details, in the embed too, use it to open the corrections log.
  "components/Views/ViewTabs",
  "components/Presenter/",
  "components/EpisodeOverview/",
  "components/AnalogyMatrix/",
  "components/EventTable/",
  "components/Corrections/",
  // Each statement's evidence: with the matrix, or with an event's details.
  "components/StatementList/",
  "corrections/",
  "components/EventFacts/",
  "components/Share/EmbedDialog",
  "components/Share/describeEmbed",
  "components/Share/exportImage",
  "components/Share/EmbedShareRow",
  "components/Share/CopyLinkButton",
  "components/Share/ExportButtons",
  "components/Print/",
  "components/Timeline/SelectedEventDetails",
  "components/Timeline/DetailsSheet",
  "components/Timeline/useSwipeDown",
  "components/LoadNotice/LoadNotice.tsx",
  "components/LoadNotice/LinkNotice",
  "components/LoadNotice/ProblemList",
  "components/CollectionError/",
  "app/usePostedHeight",
  "article/",
  "i18n/embed.ts",
  "i18n/filters",
  "i18n/lesson",
  "i18n/overview",
  "i18n/clusterList",
  "components/Timeline/OverviewStrip.tsx",
  "components/Timeline/ChartTooltip",
  "components/Timeline/ClusterList",
  "components/Timeline/portrait/",
  "timeline/portrait",
  "components/Timeline/EmptyViewNotice",
  "components/Timeline/RoleLegend",
  "components/Timeline/TimelineFilters",
  "timeline/overviewDensity",
  "timeline/overviewNearest",
  "timeline/findRevealZoom",
  "timeline/calendarTicks",
  "timeline/printLayout",
  "data/format/formatFigure",
  "data/loading/localFiles",
  "data/loading/readFiles",
  "data/loading/csvEpisode",
  "data/loading/decodeOtherEncodings",
  "data/loading/locateJsonError",
  "data/loading/parseJsonText",
  "data/format/validateFiles",
  "data/format/schema",
  "data/format/describeIssue",
  "data/format/excerptPlace",
  "data/loading/loadWorker",
  "matrix/",
  "table/",
  "i18n/matrix",
  "i18n/table",
  "i18n/corrections",
  "i18n/notices",
  "i18n/newVersion",
  "app/newVersion",
  "app/offerNewVersion",
  "i18n/statement",
  "i18n/embedDialog",
  "i18n/image",
  "i18n/print",
  "i18n/share",
  "i18n/theme",
  "i18n/article",
];

/**
 * What the entry needs to start loading the collection, in a file of its own that React does not
 * wait for, so that the collection's downloads start as soon as the page runs a script.
 */
const LOADING_FIRST = [
  "app/app.css",
  "app/portraitPhone",
  "components/Print/print.css",
  "data/loading/fetchCollection",
  "data/format/formatHistoricalDate",
  "data/format/historicalDate",
  "i18n/locale",
  "data/loading/fetchReader",
  "data/loading/readAhead",
  "data/loading/decodeText",
  "data/format/filePaths",
  "data/loading/loadCollection",
  "data/loading/workerFileLoader",
  "data/format/checkReferences",
  "data/format/checkLessons",
  "data/format/problem",
  "data/format/showValue",
];

/**
 * Whether a module of src/ loads apart. A style sheet does when its folder does, or when it is
 * named after a component that does (Timeline/OverviewStrip.css for Timeline/OverviewStrip.tsx):
 * then it comes with that component's code.
 */
function loadsApart(path: string): boolean {
  const named = path.endsWith(".css") ? [path, path.replace(/\.css$/, ".tsx")] : [path];
  return named.some((candidate) => LOADED_APART.some((apart) => candidate.startsWith(apart)));
}

/**
 * Every other style sheet goes with the page's own (app.css) into the one sheet of the first
 * load, after it, so that a feature's rules come after the base they build on.
 */
function loadingFirst(id: string): boolean {
  const [, path] = id.split("/src/");
  if (path === undefined) return false;
  if (LOADING_FIRST.some((file) => path.startsWith(file))) return true;
  return path.endsWith(".css") && !loadsApart(path);
}

/**
 * What both the app and the embed need before their first render, in one file: left to
 * themselves, the modules that lazily loaded parts share with it become a score of small files,
 * which compress worse and cost a request each.
 */
function loadedFirst(id: string): boolean {
  if (/\/node_modules\/(?:react|react-dom|scheduler|zustand)\//.test(id)) return true;
  const [, path] = id.split("/src/");
  return path !== undefined && !loadsApart(path) && !loadingFirst(id);
}

// The curated collection lives in data/ for authors; it is served and shipped at /data/.
export default defineConfig({
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The style sheet goes with it, under a name that says what it is.
            {
              name: (id) => (id.endsWith(".css") ? "app" : "loading"),
              debugName: "loading",
              test: loadingFirst,
            },
            { name: "shared", test: loadedFirst },
          ],
        },
      },
    },
  },
  // Module workers, so that a worker too loads rarely needed code only when it needs it.
  worker: { format: "es" },
  plugins: [
    darkPalette(),
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
